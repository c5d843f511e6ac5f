// The hard limit on a sentence's length: a stretch with no sentence end is
// cut into pieces at token boundaries, and the cut is counted.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/ingest.h"
#include "repeated_text.h"
#include "dyad/text.h"

namespace dyad {
namespace {

using testing::repeat;

// Every piece within the limits, in order, covering all non-space text.
void expect_pieces_cover(std::string_view text, const std::vector<Span>& spans) {
  std::string joined, original;
  uint32_t previous_end = 0;
  for (Span span : spans) {
    EXPECT_GE(span.begin, previous_end);
    EXPECT_LE(span.end, text.size());
    EXPECT_LE(tokenize(text, span).size(), kMaxSentenceTokens + 2) << "tokens counted loosely";
    previous_end = span.end;
    size_t content = 0;
    for (char c : text.substr(span.begin, span.size()))
      if (c != ' ') joined += c, ++content;
    EXPECT_LE(content, kMaxSentenceBytes);
  }
  for (char c : text)
    if (c != ' ' && c != '\n') original += c;
  EXPECT_EQ(joined, original);
}

TEST(SentenceLimit, AHalfMegabyteSentenceIsCutIntoPieces) {
  std::string text = repeat("Russia said that China warned that ", 15000);  // 525 KB, no full stop
  Segmentation result = segment(text);
  EXPECT_EQ(result.cut, 1u);
  ASSERT_GT(result.sentences.size(), 100u);
  for (size_t i = 0; i + 1 < result.sentences.size(); ++i)
    EXPECT_EQ(tokenize(text, result.sentences[i]).size(), kMaxSentenceTokens) << "piece " << i;
  expect_pieces_cover(text, result.sentences);
  EXPECT_EQ(count_cut_sentences(text, result.sentences), 1u);
}

TEST(SentenceLimit, ASentenceAtTheLimitIsKeptWhole) {
  std::string at_limit = repeat("word ", kMaxSentenceTokens - 2) + "end.";  // the stop is a token
  ASSERT_EQ(tokenize(at_limit, Span{0, static_cast<uint32_t>(at_limit.size())}).size(),
            kMaxSentenceTokens);
  std::string text = at_limit + " Next one.";
  Segmentation whole = segment(text);
  ASSERT_EQ(whole.sentences.size(), 2u);
  EXPECT_EQ(whole.cut, 0u);
  EXPECT_EQ(count_cut_sentences(text, whole.sentences), 0u);

  std::string over = repeat("word ", kMaxSentenceTokens - 1) + "end. Next one.";
  Segmentation cut = segment(over);
  EXPECT_EQ(cut.cut, 1u);
  EXPECT_EQ(cut.sentences.size(), 3u);
}

TEST(SentenceLimit, TextWithoutSpacesIsCutAtCharacterBoundaries) {
  std::string text = repeat("\u00e9", 20000);  // 40,000 bytes of one "word"
  Segmentation result = segment(text);
  EXPECT_EQ(result.cut, 1u);
  ASSERT_GE(result.sentences.size(), 20u);
  for (Span span : result.sentences) {
    EXPECT_TRUE(clean_utf8(std::string_view(text).substr(span.begin, span.size())).ok())
        << "a piece starts or ends inside a character";
  }
  expect_pieces_cover(text, result.sentences);
  EXPECT_EQ(count_cut_sentences(text, result.sentences), 1u);
}

TEST(SentenceLimit, PunctuationRunsCountAsTokens) {
  std::string text = "Russia " + repeat(", ", 5000) + "warned.";
  Segmentation result = segment(text);
  EXPECT_EQ(result.cut, 1u);
  for (Span span : result.sentences) EXPECT_LE(tokenize(text, span).size(), kMaxSentenceTokens);
}

// White space does not count towards the byte limit, so a long run of
// spaces forces no cut...
TEST(SentenceLimit, SpaceRunsAreNotContent) {
  std::string text = "a" + std::string(3000, ' ') + std::string(100, 'b') + " c";
  Segmentation result = segment(text);
  EXPECT_EQ(result.cut, 0u);
  EXPECT_EQ(result.sentences.size(), 1u);
}

// ...and when a short word, spaces and a long token pass it, the cut goes
// inside the token: every piece before a cut stays recognisable, which
// count_cut_sentences relies on.
TEST(SentenceLimit, CutsAfterLongSpaceRunsAreCounted) {
  std::string text = "a" + std::string(3000, ' ') + std::string(3000, 'b') + " c";
  Segmentation result = segment(text);
  EXPECT_EQ(result.cut, 1u);
  EXPECT_EQ(result.sentences.size(), 2u);
  EXPECT_EQ(count_cut_sentences(text, result.sentences), 1u);
  expect_pieces_cover(text, result.sentences);
}

TEST(SentenceLimit, OrdinaryTextIsNeverCut) {
  std::string text =
      "Seoul protested the launch on Monday. The envoy said talks would resume.\n\n"
      "Japan, citing the treaty, demanded an explanation; China urged restraint.";
  Segmentation result = segment(text);
  EXPECT_EQ(result.cut, 0u);
  EXPECT_EQ(result.sentences.size(), 3u);
  EXPECT_EQ(count_cut_sentences(text, result.sentences), 0u);
}

}  // namespace
}  // namespace dyad
