// Micro-benchmarks of each pipeline stage over the sample corpus's text.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "coder/analysis.h"
#include "coder/event_finder.h"
#include "coder/modality.h"
#include "dyad/engine.h"
#include "dyad/output.h"
#include "dyad/text.h"

namespace {

// All plain-text sample articles, joined by blank lines.
const std::string& sample_text() {
  static const std::string text = [] {
    std::string all;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(DYAD_SOURCE_DIR "/data/sample"))
      if (entry.path().extension() == ".txt") {
        std::ifstream in(entry.path());
        std::stringstream buffer;
        buffer << in.rdbuf();
        all += buffer.str() + "\n\n";
      }
    return all;
  }();
  return text;
}

const dyad::Lexicon& lexicon() {
  static const auto lex = dyad::load_lexicon(dyad::LexiconOptions{}).value();
  return *lex;
}

std::vector<dyad::coder::Sentence> analysed_sentences() {
  std::vector<dyad::coder::Sentence> out;
  const auto& lex = lexicon().compiled();
  for (dyad::Span span : dyad::split_sentences(sample_text())) {
    dyad::coder::Sentence s;
    s.text = sample_text();
    s.tokens = dyad::tokenize(sample_text(), span);
    out.push_back(std::move(s));
  }
  for (auto& s : out) {  // words point into tokens: build them after the vector is final
    dyad::coder::match_words(s, lex);
    dyad::coder::find_actor_phrases(s, lex, "2024-11-20");
    dyad::coder::find_verb_groups(s, lex);
  }
  return out;
}

void set_counters(benchmark::State& state, size_t sentences) {
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(sentences), benchmark::Counter::kIsIterationInvariantRate);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * sample_text().size()));
}

void BM_Segment(benchmark::State& state) {
  size_t n = 0;
  for (auto _ : state) {
    auto spans = dyad::split_sentences(sample_text());
    n = spans.size();
    benchmark::DoNotOptimize(spans);
  }
  set_counters(state, n);
}
BENCHMARK(BM_Segment);

void BM_Tokenize(benchmark::State& state) {
  auto spans = dyad::split_sentences(sample_text());
  for (auto _ : state)
    for (dyad::Span span : spans) benchmark::DoNotOptimize(dyad::tokenize(sample_text(), span));
  set_counters(state, spans.size());
}
BENCHMARK(BM_Tokenize);

void BM_Match(benchmark::State& state) {
  auto sentences = analysed_sentences();
  const auto& lex = lexicon().compiled();
  for (auto _ : state)
    for (auto& s : sentences) dyad::coder::match_words(s, lex);
  set_counters(state, sentences.size());
}
BENCHMARK(BM_Match);

void BM_ClauseAnalysis(benchmark::State& state) {
  auto sentences = analysed_sentences();
  const auto& lex = lexicon().compiled();
  for (auto _ : state)
    for (auto& s : sentences) {
      dyad::coder::find_actor_phrases(s, lex, "2024-11-20");
      dyad::coder::find_verb_groups(s, lex);
    }
  set_counters(state, sentences.size());
}
BENCHMARK(BM_ClauseAnalysis);

void BM_Events(benchmark::State& state) {
  auto sentences = analysed_sentences();
  const auto& lex = lexicon().compiled();
  for (auto _ : state)
    for (const auto& s : sentences) benchmark::DoNotOptimize(dyad::coder::find_events(s, lex));
  set_counters(state, sentences.size());
}
BENCHMARK(BM_Events);

void BM_ModalityCues(benchmark::State& state) {
  auto sentences = analysed_sentences();
  for (auto _ : state)
    for (const auto& s : sentences) benchmark::DoNotOptimize(dyad::coder::find_sentence_cues(s));
  set_counters(state, sentences.size());
}
BENCHMARK(BM_ModalityCues);

void BM_EngineEndToEnd(benchmark::State& state) {
  dyad::Engine engine(dyad::load_lexicon(dyad::LexiconOptions{}).value());
  dyad::Document doc;
  doc.id = "bench";
  doc.date = "2024-11-20";
  doc.text = sample_text();
  size_t n = 0;
  for (auto _ : state) {
    auto coded = engine.code(doc);
    n = coded.sentences.size();
    benchmark::DoNotOptimize(coded);
  }
  set_counters(state, n);
}
BENCHMARK(BM_EngineEndToEnd);

void BM_JsonWriter(benchmark::State& state) {
  dyad::Engine engine(dyad::load_lexicon(dyad::LexiconOptions{}).value());
  dyad::Document doc;
  doc.id = "bench";
  doc.date = "2024-11-20";
  doc.text = sample_text();
  auto events = engine.code(doc).events;
  std::string out;
  for (auto _ : state) {
    out.clear();
    for (const auto& e : events) dyad::append_event_jsonl(out, e);
    benchmark::DoNotOptimize(out);
  }
  state.counters["events/s"] =
      benchmark::Counter(static_cast<double>(events.size()), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_JsonWriter);

void BM_LexiconLoad(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(dyad::load_lexicon(dyad::LexiconOptions{}));
}
BENCHMARK(BM_LexiconLoad)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
