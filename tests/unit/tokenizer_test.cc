// Tokenisation: tokenize() over one sentence span, and fold_case().
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dyad/text.h"

namespace dyad {
namespace {

Span whole(std::string_view text) { return Span{0, static_cast<uint32_t>(text.size())}; }

std::vector<std::string> folded(std::string_view text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text, whole(text))) out.push_back(t.folded);
  return out;
}

std::vector<std::string> surfaces(std::string_view text, Span span) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text, span)) {
    EXPECT_LE(span.begin, t.span.begin);
    EXPECT_LE(t.span.end, span.end);
    EXPECT_LT(t.span.begin, t.span.end);
    out.emplace_back(text.substr(t.span.begin, t.span.size()));
  }
  return out;
}

using Words = std::vector<std::string>;

TEST(Tokenizer, PlainWordsAndFinalPeriod) {
  EXPECT_EQ(folded("Seoul protested loudly."), (Words{"seoul", "protested", "loudly", "."}));
}

TEST(Tokenizer, CurlyPossessiveFoldsToStraight) {
  std::string text = "Korea\u2019s envoy";
  std::vector<Token> tokens = tokenize(text, whole(text));
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].folded, "korea");
  EXPECT_EQ(tokens[1].folded, "'s");
  EXPECT_EQ(tokens[1].kind, TokenKind::kWord);
  EXPECT_EQ(text.substr(tokens[1].span.begin, tokens[1].span.size()), "\u2019s");
  EXPECT_EQ(tokens[2].folded, "envoy");
}

TEST(Tokenizer, StraightPossessive) {
  EXPECT_EQ(folded("Russia's army"), (Words{"russia", "'s", "army"}));
}

TEST(Tokenizer, PluralPossessiveApostropheIsPunctuation) {
  EXPECT_EQ(folded("the allies' ships"), (Words{"the", "allies", "'", "ships"}));
}

TEST(Tokenizer, NegationSplitsOff) {
  EXPECT_EQ(folded("Seoul didn't reply"), (Words{"seoul", "did", "n't", "reply"}));
  EXPECT_EQ(folded("They don\u2019t agree"), (Words{"they", "do", "n't", "agree"}));
  EXPECT_EQ(folded("Moscow hasn't"), (Words{"moscow", "has", "n't"}));
}

TEST(Tokenizer, InternalApostropheStaysInTheWord) {
  EXPECT_EQ(folded("O'Brien met them"), (Words{"o'brien", "met", "them"}));
}

TEST(Tokenizer, AcronymWithPeriodsIsOneToken) {
  EXPECT_EQ(folded("The U.S. and U.N. envoys"), (Words{"the", "u.s.", "and", "u.n.", "envoys"}));
  EXPECT_EQ(folded("at 9 a.m. sharp"), (Words{"at", "9", "a.m.", "sharp"}));
}

TEST(Tokenizer, AcronymBeforeHyphen) {
  EXPECT_EQ(folded("U.S.-led drills"), (Words{"u.s.", "-", "led", "drills"}));
}

TEST(Tokenizer, TitleKeepsItsPeriod) {
  EXPECT_EQ(folded("Gen. Kim and Lt. Col. Park"), (Words{"gen.", "kim", "and", "lt.", "col.", "park"}));
  EXPECT_EQ(folded("Resolution No. 5"), (Words{"resolution", "no.", "5"}));
}

TEST(Tokenizer, PhraseAloneTokenisesAsInsideASentence) {
  // The lexicon tokenises dictionary phrases on their own; they must match
  // the tokens the same words get inside a sentence.
  EXPECT_EQ(folded("Lt. Gen."), (Words{"lt.", "gen."}));
  EXPECT_EQ(folded("Lt. Gen. Kim met the U.S."), (Words{"lt.", "gen.", "kim", "met", "the", "u.s."}));
  EXPECT_EQ(folded("U.S."), (Words{"u.s."}));
}

TEST(Tokenizer, OrdinaryWordDoesNotKeepThePeriod) {
  EXPECT_EQ(folded("They met Kim. Then"), (Words{"they", "met", "kim", ".", "then"}));
}

TEST(Tokenizer, NumbersAreSingleTokens) {
  std::string text = "155mm shells, 10,000 troops and 1.5 billion won.";
  std::vector<Token> tokens = tokenize(text, whole(text));
  std::vector<std::string> words;
  for (const Token& t : tokens) words.push_back(t.folded);
  EXPECT_EQ(words, (Words{"155mm", "shells", ",", "10,000", "troops", "and", "1.5", "billion", "won", "."}));
  EXPECT_EQ(tokens[0].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[3].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[6].kind, TokenKind::kNumber);
  EXPECT_EQ(tokens[1].kind, TokenKind::kWord);
  EXPECT_EQ(tokens[2].kind, TokenKind::kPunct);
}

TEST(Tokenizer, NumberBeforeCommaOrPeriod) {
  EXPECT_EQ(folded("In 2024, troops left in 2025."), (Words{"in", "2024", ",", "troops", "left", "in", "2025", "."}));
}

TEST(Tokenizer, HyphensAreSeparateTokens) {
  std::string text = "Kim Jong-un";
  std::vector<Token> tokens = tokenize(text, whole(text));
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].folded, "kim");
  EXPECT_EQ(tokens[1].folded, "jong");
  EXPECT_EQ(tokens[2].folded, "-");
  EXPECT_EQ(tokens[2].kind, TokenKind::kPunct);
  EXPECT_EQ(tokens[3].folded, "un");
  EXPECT_EQ(surfaces(text, whole(text)), (Words{"Kim", "Jong", "-", "un"}));
}

TEST(Tokenizer, EnAndEmDashesFoldToHyphen) {
  std::string text = "Russia\u2013North Korea ties \u2014 and more";
  std::vector<Token> tokens = tokenize(text, whole(text));
  std::vector<std::string> words;
  for (const Token& t : tokens) words.push_back(t.folded);
  EXPECT_EQ(words, (Words{"russia", "-", "north", "korea", "ties", "-", "and", "more"}));
  EXPECT_EQ(tokens[1].kind, TokenKind::kPunct);
  EXPECT_EQ(text.substr(tokens[1].span.begin, tokens[1].span.size()), "\u2013");
  EXPECT_EQ(text.substr(tokens[5].span.begin, tokens[5].span.size()), "\u2014");
}

TEST(Tokenizer, CurlyQuotesFoldToStraight) {
  EXPECT_EQ(folded("\u201cNo,\u201d he said"), (Words{"\"", "no", ",", "\"", "he", "said"}));
}

TEST(Tokenizer, NonAsciiLettersFolded) {
  EXPECT_EQ(folded("CAFÉ Élysée"), (Words{"café", "élysée"}));
  EXPECT_EQ(folded("Москва и Пхеньян"), (Words{"москва", "и", "пхеньян"}));
}

TEST(Tokenizer, WordsWithCombiningMarks) {
  // Devanagari vowel signs are spacing combining marks (Mc): still one word.
  EXPECT_EQ(folded("\u092d\u093e\u0930\u0924 \ud55c\uad6d"), (Words{"\u092d\u093e\u0930\u0924", "\ud55c\uad6d"}));
}

TEST(Tokenizer, CaseFlags) {
  std::string text = "NATO and Kim met I.A.E.A. staff a";
  std::vector<Token> tokens = tokenize(text, whole(text));
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_TRUE(tokens[0].all_caps);  // NATO
  EXPECT_TRUE(tokens[0].capitalised);
  EXPECT_FALSE(tokens[1].all_caps);  // and
  EXPECT_FALSE(tokens[1].capitalised);
  EXPECT_TRUE(tokens[2].capitalised);  // Kim
  EXPECT_FALSE(tokens[2].all_caps);
  EXPECT_EQ(tokens[4].folded, "i.a.e.a.");
  EXPECT_TRUE(tokens[4].all_caps);
  EXPECT_FALSE(tokens[6].capitalised);
}

TEST(Tokenizer, SingleCapitalIsNotAllCaps) {
  std::string text = "I agree";
  std::vector<Token> tokens = tokenize(text, whole(text));
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_TRUE(tokens[0].capitalised);
  EXPECT_FALSE(tokens[0].all_caps);
}

TEST(Tokenizer, NonAsciiCaseFlags) {
  std::string text = "Élysée МОСКВА";
  std::vector<Token> tokens = tokenize(text, whole(text));
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_TRUE(tokens[0].capitalised);
  EXPECT_FALSE(tokens[0].all_caps);
  EXPECT_TRUE(tokens[1].all_caps);
}

TEST(Tokenizer, OffsetsAreExactInsideALargerText) {
  std::string text = "Ignore this. The U.S.\u2019s envoy didn\u2019t go to Pyeongchang\u2014again.";
  Span span{static_cast<uint32_t>(text.find("The")), static_cast<uint32_t>(text.size())};
  EXPECT_EQ(surfaces(text, span), (Words{"The", "U.S.", "\u2019s", "envoy", "did", "n\u2019t", "go", "to",
                                         "Pyeongchang", "\u2014", "again", "."}));
  for (const Token& t : tokenize(text, span))
    EXPECT_EQ(fold_case(std::string_view(text).substr(t.span.begin, t.span.size())), t.folded);
}

TEST(Tokenizer, StopsAtTheSentenceEnd) {
  std::string text = "One two. Three four.";
  Span first{0, 8};
  EXPECT_EQ(surfaces(text, first), (Words{"One", "two", "."}));
  Span second{9, static_cast<uint32_t>(text.size())};
  EXPECT_EQ(surfaces(text, second), (Words{"Three", "four", "."}));
}

TEST(Tokenizer, AcronymCutByTheSentenceEnd) {
  std::string text = "in the U.S. Then";
  Span span{0, static_cast<uint32_t>(text.find(" Then"))};
  EXPECT_EQ(surfaces(text, span), (Words{"in", "the", "U.S."}));
}

TEST(Tokenizer, WhitespaceVariantsSkipped) {
  EXPECT_EQ(folded("Kim\u00a0Jong\u202fUn\tmet\n them"), (Words{"kim", "jong", "un", "met", "them"}));
}

TEST(Tokenizer, EmptySpanHasNoTokens) {
  EXPECT_TRUE(tokenize("", Span{0, 0}).empty());
  EXPECT_TRUE(tokenize("   ", Span{0, 3}).empty());
}

TEST(FoldCase, AsciiAndUnicode) {
  EXPECT_EQ(fold_case("PyongYANG"), "pyongyang");
  EXPECT_EQ(fold_case("\u2018Quote\u2019 \u201cQ\u201d"), "'quote' \"q\"");
  EXPECT_EQ(fold_case("ÀÉÎ"), "àéî");
  EXPECT_EQ(fold_case("ΑΘΗΝΑ"), "αθηνα");
  EXPECT_EQ(fold_case(""), "");
}

}  // namespace
}  // namespace dyad
