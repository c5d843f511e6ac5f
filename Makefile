# dyad: two commands do all set-up on a fresh Debian machine.
#   make run   installs what is missing, builds (the dashboard too), codes the sample corpus,
#              prints a summary and how to serve it
#   make test  installs, builds and runs every test with CTest
BUILD ?= build
JOBS ?= $(shell nproc)
FUZZ_SECONDS ?= 300

.PHONY: all deps build web run test bench fuzz clean

all: build

deps:
	@scripts/install-deps

build: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

web:
	@scripts/build-web

run: build web
	@mkdir -p out
	@$(BUILD)/dyad code data/sample --out out/events.jsonl --failed out/failed.jsonl --db out/dyad.sqlite --summary
	@echo
	@echo "Serve the store and its dashboard:  $(BUILD)/dyad serve --db out/dyad.sqlite"
	@echo "then open http://127.0.0.1:8080/"

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	@bench/run

# Every libFuzzer target for FUZZ_SECONDS seconds, one after the other, in a
# build of its own with clang and the sanitizers (tests/fuzz/README.md).
fuzz: deps
	@tests/fuzz/run-fuzz --seconds $(FUZZ_SECONDS) . $(BUILD)-fuzz

clean:
	@rm -rf $(BUILD) $(BUILD)-fuzz out
