// Segmenter and tokenizer over clean text: sentences are ordered, disjoint,
// trimmed, within the length limit; tokens lie inside their sentence in
// order; the count of cut sentences is found again from the spans.
#include <cstddef>
#include <cstdint>

#include "dyad/ingest.h"
#include "dyad/text.h"
#include "fuzz_support.h"
#include "text/sentence_limit.h"

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

size_t content_bytes(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += !is_space(c);
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad;
  auto clean = clean_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!clean.ok()) return 0;
  const std::string& text = clean.value();
  Segmentation segmentation = segment(text);
  uint32_t previous_end = 0;
  for (Span s : segmentation.sentences) {
    DYAD_FUZZ_CHECK(s.begin < s.end && s.end <= text.size(), "a sentence is a non-empty range");
    DYAD_FUZZ_CHECK(s.begin >= previous_end, "sentences in order, disjoint");
    DYAD_FUZZ_CHECK(!is_space(text[s.begin]) && !is_space(text[s.end - 1]), "sentences are trimmed");
    std::string_view sentence = std::string_view(text).substr(s.begin, s.size());
    DYAD_FUZZ_CHECK(content_bytes(sentence) <= kMaxSentenceBytes, "within the byte limit");
    DYAD_FUZZ_CHECK(text::count_tokens(text, s.begin, s.end) <= kMaxSentenceTokens,
                    "within the token limit");
    previous_end = s.end;
    uint32_t token_end = s.begin;
    for (const Token& t : tokenize(text, s)) {
      DYAD_FUZZ_CHECK(t.span.begin >= token_end && t.span.begin < t.span.end && t.span.end <= s.end,
                      "tokens in order inside their sentence");
      DYAD_FUZZ_CHECK(!t.folded.empty() || t.span.size() > 0, "a token has a form");
      token_end = t.span.end;
    }
  }
  DYAD_FUZZ_CHECK(split_sentences(text).size() == segmentation.sentences.size(), "one segmentation");
  DYAD_FUZZ_CHECK(count_cut_sentences(text, segmentation.sentences) == segmentation.cut,
                  "cut sentences are found again from the spans");
  return 0;
}
