// bench/throughput: codes a corpus end to end (ingest -> events -> JSON Lines)
// and prints a JSON report: documents/s, sentences/s, MB/s, events/s, peak
// RSS and dictionary load time. Dictionary load is timed on its own and not
// counted in the throughput.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "dyad/engine.h"
#include "dyad/ingest.h"
#include "dyad/output.h"
#include "dyad/pipeline.h"

namespace {

struct Args {
  std::string corpus;
  int threads = 1;
  std::string out = "/dev/null";
  std::vector<std::string> dicts;
};

bool parse_args(int argc, char** argv, Args& args) {
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--threads") args.threads = std::atoi(value().c_str());
    else if (a == "--out") args.out = value();
    else if (a == "--dict") args.dicts.push_back(value());
    else if (a == "--help" || a == "-h") return false;
    else args.corpus = a;
  }
  return !args.corpus.empty() && args.threads > 0;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

long peak_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  Args args;
  if (!parse_args(argc, argv, args)) {
    std::cerr << "usage: throughput CORPUS [--threads N] [--out FILE] [--dict SOURCE]\n"
                 "Codes CORPUS (a file or folder dyad code accepts) and prints a JSON report.\n";
    return 2;
  }
  auto load_start = std::chrono::steady_clock::now();
  dyad::LexiconOptions lexicon_options;
  lexicon_options.dict_sources = args.dicts;
  auto lexicon = dyad::load_lexicon(lexicon_options);
  if (!lexicon.ok()) {
    std::cerr << "throughput: " << lexicon.status().message() << "\n";
    return 1;
  }
  double load_seconds = seconds_since(load_start);
  dyad::Engine engine(lexicon.value());

  std::ofstream out(args.out, std::ios::binary);
  auto source = dyad::open_inputs({args.corpus}, dyad::IngestOptions{});
  size_t documents = 0, failed = 0, sentences = 0, events = 0, bytes = 0;
  auto start = std::chrono::steady_clock::now();
  dyad::PipelineOptions pipeline;
  pipeline.threads = args.threads;
  auto render = [](const dyad::Document&, const dyad::CodedDocument& coded, std::string& out) {
    for (const dyad::Event& e : coded.events) dyad::append_event_jsonl(out, e);
  };
  auto sink = [&](dyad::InputItem& item, dyad::CodedDocument* coded, std::string& rendered) {
    if (!coded) {
      ++failed;
      return;
    }
    ++documents;
    bytes += std::get<dyad::Document>(item).text.size();
    sentences += coded->sentences.size();
    events += coded->events.size();
    out << rendered;
  };
  dyad::code_stream(*source, engine, pipeline, render, sink);
  out.flush();
  double elapsed = seconds_since(start);
  std::printf(
      "{\"corpus\":\"%s\",\"threads\":%d,\"documents\":%zu,\"failed\":%zu,\"sentences\":%zu,"
      "\"events\":%zu,\"megabytes\":%.2f,\"seconds\":%.3f,\"documents_per_s\":%.0f,"
      "\"sentences_per_s\":%.0f,\"mb_per_s\":%.2f,\"events_per_s\":%.0f,\"peak_rss_mb\":%.1f,"
      "\"dictionary_load_ms\":%.1f}\n",
      args.corpus.c_str(), args.threads, documents, failed, sentences, events, bytes / 1e6, elapsed,
      documents / elapsed, sentences / elapsed, bytes / 1e6 / elapsed, events / elapsed,
      peak_rss_kb() / 1024.0, load_seconds * 1000);
  return 0;
}
