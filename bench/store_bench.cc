// Store insert throughput (events/s): documents with their sentences and
// events written in one transaction per batch, as `dyad code --db` does.
// SQLite always (a file in $TMPDIR); PostgreSQL too when DYAD_TEST_PG names a
// server (scripts/pg-test-cluster build/bench/dyad_store_bench runs both).
//   insert:  new document ids (the first coding of a corpus)
//   replace: the same ids again (re-coding: delete, then insert)
#include <benchmark/benchmark.h>
#include <fmt/format.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace {

constexpr int kSentencesPerDocument = 5;
constexpr int kEventsPerDocument = 10;

dyad::Event bench_event(int i) {
  dyad::Event e;
  e.date = fmt::format("2024-{:02}-{:02}", i % 12 + 1, i % 28 + 1);
  e.date_source = dyad::DateSource::kText;
  e.date_precision = "day";
  e.source = dyad::Actor{"Russian President Vladimir Putin", "RUSGOV", "RUS", "", "GOV"};
  e.target = dyad::Actor{"North Korean leader Kim Jong Un", "PRKGOV", "PRK", "", "GOV"};
  e.code = i % 3 ? "057" : "0874";
  e.root = e.code.substr(0, 2);
  e.quad_class = 1;
  e.goldstein = 8.0;
  e.modality = static_cast<dyad::Modality>(i % 6);
  e.verb = "signed";
  e.confidence = 0.85;
  return e;
}

// `documents` documents of 5 sentences and 10 events, ids prefixed by `run`.
std::vector<dyad::StoredDocument> bench_batch(int documents, const std::string& run) {
  std::vector<dyad::StoredDocument> batch(static_cast<size_t>(documents));
  for (int d = 0; d < documents; ++d) {
    dyad::StoredDocument& doc = batch[static_cast<size_t>(d)];
    doc.id = fmt::format("{}-{}", run, d);
    doc.url = "https://example.org/" + doc.id;
    doc.title = "Putin and Kim sign mutual defence treaty";
    doc.date = "2024-06-19";
    doc.content_hash = "fnv1a64:0123456789abcdef";
    for (int s = 0; s < kSentencesPerDocument; ++s) {
      std::string text = fmt::format(
          "Sentence {}: a treaty was signed by Russian President Vladimir Putin and North Korean "
          "leader Kim Jong Un in Pyongyang on Wednesday.",
          s);
      uint32_t begin = static_cast<uint32_t>(s * 200);
      doc.sentences.push_back(
          {dyad::Span{begin, begin + static_cast<uint32_t>(text.size())}, text});
    }
    for (int e = 0; e < kEventsPerDocument; ++e) {
      dyad::Event event = bench_event(d * kEventsPerDocument + e);
      event.doc_id = doc.id;
      event.sentence = e % kSentencesPerDocument;
      event.span = doc.sentences[static_cast<size_t>(event.sentence)].span;
      doc.events.push_back(event);
    }
  }
  return batch;
}

std::unique_ptr<dyad::Store> open_or_die(const std::string& location) {
  auto store = dyad::open_store(location);
  if (!store.ok()) {
    fmt::print(stderr, "store_bench: {}\n", store.status().message());
    std::exit(1);
  }
  return std::move(store).value();
}

// Writes state.range(0) documents per transaction; replace: the same ids each time.
void write_batches(benchmark::State& state, const std::string& location, bool replace) {
  auto store = open_or_die(location);
  const int documents = static_cast<int>(state.range(0));
  int run = 0;
  std::vector<dyad::StoredDocument> batch = bench_batch(documents, "warm");
  for (auto _ : state) {
    if (!replace) {
      state.PauseTiming();
      batch = bench_batch(documents, fmt::format("run{}", run++));
      state.ResumeTiming();
    }
    dyad::Status status = store->write(batch);
    if (!status.ok()) {
      state.SkipWithError(status.message().c_str());
      break;
    }
  }
  state.SetItemsProcessed(state.iterations() * documents * kEventsPerDocument);
  state.counters["events_per_batch"] = documents * kEventsPerDocument;
}

std::string sqlite_location() {
  static const std::filesystem::path folder = [] {
    auto path =
        std::filesystem::temp_directory_path() / fmt::format("dyad-store-bench-{}", getpid());
    std::filesystem::create_directories(path);
    return path;
  }();
  static int stores = 0;
  return (folder / fmt::format("bench-{}.sqlite", stores++)).string();
}

// A fresh schema on the DYAD_TEST_PG server for each benchmark.
std::string postgres_location(const std::string& server) {
  static int schemas = 0;
  std::string schema = fmt::format("dyad_bench_{}_{}", getpid(), schemas++);
  PGconn* conn = PQconnectdb(server.c_str());
  PQclear(PQexec(conn, ("CREATE SCHEMA " + schema).c_str()));
  PQfinish(conn);
  char separator = server.find('?') == std::string::npos ? '?' : '&';
  return fmt::format("{}{}options=-csearch_path%3D{}", server, separator, schema);
}

// One transaction of state.range(0) documents into a new, empty store.
void write_one_batch(benchmark::State& state, const std::function<std::string()>& location) {
  const int documents = static_cast<int>(state.range(0));
  std::vector<dyad::StoredDocument> batch = bench_batch(documents, "doc");
  for (auto _ : state) {
    state.PauseTiming();
    auto store = open_or_die(location());
    state.ResumeTiming();
    dyad::Status status = store->write(batch);
    if (!status.ok()) {
      state.SkipWithError(status.message().c_str());
      break;
    }
  }
  state.SetItemsProcessed(state.iterations() * documents * kEventsPerDocument);
  state.counters["events_per_batch"] = documents * kEventsPerDocument;
}

void register_backend(const std::string& name, const std::function<std::string()>& location) {
  for (bool replace : {false, true}) {
    std::string title = fmt::format("{}/{}", name, replace ? "replace" : "insert");
    benchmark::RegisterBenchmark(
        title.c_str(),
        [location, replace](benchmark::State& state) { write_batches(state, location(), replace); })
        ->Arg(100)
        ->Arg(1000)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
  }
  std::string title = name + "/fresh";
  benchmark::RegisterBenchmark(
      title.c_str(), [location](benchmark::State& state) { write_one_batch(state, location); })
      ->Arg(100)
      ->Arg(1000)
      ->Arg(10000)
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
}

}  // namespace

int main(int argc, char** argv) {
  register_backend("sqlite", sqlite_location);
  if (const char* pg = std::getenv("DYAD_TEST_PG"); pg && *pg) {
    std::string server = pg;
    register_backend("postgres", [server] { return postgres_location(server); });
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 2;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  std::filesystem::remove_all(std::filesystem::temp_directory_path() /
                              fmt::format("dyad-store-bench-{}", getpid()));
  return 0;
}
