// bench/story_cost: what keeping stories current costs while coding a corpus
// into SQLite. Codes CORPUS the way `dyad code --db` does (the pipeline on N
// threads, a transaction per 1024 documents or 50,000 events) into a new
// store without stories, then into a new one with them, ROUNDS times in
// turn, and prints a JSON report of the fastest run of each: wall and CPU
// seconds (CPU: all threads of the process), the wall seconds of their store
// writes, and the overhead of stories over the coding time without them.
// The fastest of several runs is the one least disturbed by other load on a
// shared machine. Dictionary load is excluded.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "dyad/engine.h"
#include "dyad/ingest.h"
#include "dyad/lexicon.h"
#include "dyad/pipeline.h"
#include "dyad/store.h"

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// User and system CPU seconds of the process so far.
double cpu_seconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Run {
  double seconds = 0, cpu_seconds = 0, write_seconds = 0;
  size_t documents = 0, events = 0, stories = 0;
};

void remove_store(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

// Codes the corpus into a new store at `path`; exits on a store error.
Run code_into(const std::string& corpus, const std::string& path, const dyad::Engine& engine,
              int threads, bool keep_stories) {
  remove_store(path);
  auto store = dyad::open_store(path, dyad::StoreOptions{.keep_stories = keep_stories});
  if (!store.ok()) {
    std::cerr << "story_cost: " << store.status().message() << "\n";
    std::exit(1);
  }
  Run run;
  std::vector<dyad::StoredDocument> batch;
  size_t batch_events = 0;
  auto flush = [&] {
    if (batch.empty()) return;
    auto start = std::chrono::steady_clock::now();
    dyad::Status st = store.value()->write(batch);
    run.write_seconds += seconds_since(start);
    if (!st.ok()) {
      std::cerr << "story_cost: " << st.message() << "\n";
      std::exit(1);
    }
    batch.clear();
    batch_events = 0;
  };
  auto source = dyad::open_inputs({corpus}, dyad::IngestOptions{});
  auto sink = [&](dyad::InputItem& item, dyad::CodedDocument* coded, std::string&) {
    if (!coded) return;
    batch.push_back(dyad::to_stored_document(std::get<dyad::Document>(item), *coded));
    ++run.documents;
    run.events += coded->events.size();
    batch_events += coded->events.size();
    if (batch.size() >= 1024 || batch_events >= 50000) flush();
  };
  auto start = std::chrono::steady_clock::now();
  const double cpu_start = cpu_seconds();
  dyad::code_stream(*source, engine, dyad::PipelineOptions{.threads = threads}, {}, sink);
  flush();
  run.seconds = seconds_since(start);
  run.cpu_seconds = cpu_seconds() - cpu_start;
  return run;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: story_cost CORPUS STORE_DIR [THREADS [ROUNDS]]\n";
    return 2;
  }
  const std::string corpus = argv[1], dir = argv[2];
  const int threads = argc > 3 ? std::atoi(argv[3]) : 2;
  auto lexicon = dyad::load_lexicon(dyad::LexiconOptions{});
  if (!lexicon.ok()) {
    std::cerr << "story_cost: " << lexicon.status().message() << "\n";
    return 1;
  }
  dyad::Engine engine(lexicon.value());
  const int rounds = argc > 4 ? std::atoi(argv[4]) : 1;
  Run without, with;
  for (int round = 0; round < rounds; ++round) {
    Run a = code_into(corpus, dir + "/story-cost-without.sqlite", engine, threads, false);
    Run b = code_into(corpus, dir + "/story-cost-with.sqlite", engine, threads, true);
    if (round == 0 || a.seconds < without.seconds) without = a;
    if (round == 0 || b.seconds < with.seconds) with = b;
  }
  std::printf(
      "{\"corpus\":\"%s\",\"threads\":%d,\"rounds\":%d,\"documents\":%zu,\"events\":%zu,"
      "\"seconds_without_stories\":%.3f,\"seconds_with_stories\":%.3f,"
      "\"cpu_seconds_without_stories\":%.3f,\"cpu_seconds_with_stories\":%.3f,"
      "\"write_seconds_without_stories\":%.3f,\"write_seconds_with_stories\":%.3f,"
      "\"story_overhead\":%.4f,\"story_overhead_cpu\":%.4f}\n",
      corpus.c_str(), threads, rounds, with.documents, with.events, without.seconds, with.seconds,
      without.cpu_seconds, with.cpu_seconds, without.write_seconds, with.write_seconds,
      (with.seconds - without.seconds) / without.seconds,
      (with.cpu_seconds - without.cpu_seconds) / without.cpu_seconds);
  remove_store(dir + "/story-cost-without.sqlite");
  return 0;
}
