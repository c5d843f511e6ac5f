// Sentence segmentation: split_sentences() over cleaned document text.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/text.h"
#include "text/abbreviations.h"

namespace dyad {
namespace {

std::vector<std::string> sentences_of(std::string_view text) {
  std::vector<std::string> out;
  for (Span span : split_sentences(text)) {
    EXPECT_LE(span.begin, span.end);
    EXPECT_LE(span.end, text.size());
    out.emplace_back(text.substr(span.begin, span.size()));
  }
  return out;
}

using Sentences = std::vector<std::string>;

// --- abbreviations, initials and numbers do not end a sentence ---

TEST(Segmenter, TwoPlainSentences) {
  EXPECT_EQ(sentences_of("Seoul protested. Moscow replied."),
            (Sentences{"Seoul protested.", "Moscow replied."}));
}

TEST(Segmenter, CountryAbbreviationsInsideASentence) {
  EXPECT_EQ(sentences_of("The U.S. envoy and the U.N. monitors arrived. They left at noon."),
            (Sentences{"The U.S. envoy and the U.N. monitors arrived.", "They left at noon."}));
}

TEST(Segmenter, MilitaryTitles) {
  EXPECT_EQ(sentences_of("Gen. Park met Lt. Col. Ivanov at the border. The talks ran late."),
            (Sentences{"Gen. Park met Lt. Col. Ivanov at the border.", "The talks ran late."}));
}

TEST(Segmenter, CivilTitlesAndMonths) {
  EXPECT_EQ(sentences_of("Mr. Lee and Dr. Sato spoke on Jan. 9 in Tokyo. Both were upbeat."),
            (Sentences{"Mr. Lee and Dr. Sato spoke on Jan. 9 in Tokyo.", "Both were upbeat."}));
}

TEST(Segmenter, NumberAbbreviationBeforeADigit) {
  EXPECT_EQ(sentences_of("Resolution No. 5 was adopted. Two members abstained."),
            (Sentences{"Resolution No. 5 was adopted.", "Two members abstained."}));
}

TEST(Segmenter, SentenceEndingInTheWordNo) {
  EXPECT_EQ(sentences_of("Asked about a summit, the minister said no. The press left."),
            (Sentences{"Asked about a summit, the minister said no.", "The press left."}));
}

TEST(Segmenter, Initials) {
  EXPECT_EQ(sentences_of("A plaque honours John F. Kennedy in the hall. Visitors stop there."),
            (Sentences{"A plaque honours John F. Kennedy in the hall.", "Visitors stop there."}));
}

TEST(Segmenter, DecimalsAndFigures) {
  std::string text =
      "Aid reached 1.5 billion dollars, with 10,000 shells and 155mm guns. Deliveries rose 2.75 "
      "percent.";
  EXPECT_EQ(sentences_of(text),
            (Sentences{"Aid reached 1.5 billion dollars, with 10,000 shells and 155mm guns.",
                       "Deliveries rose 2.75 percent."}));
}

TEST(Segmenter, AcronymAtTheEndOfASentence) {
  EXPECT_EQ(sentences_of("The drills were led by the U.S. The navy sent two ships."),
            (Sentences{"The drills were led by the U.S.", "The navy sent two ships."}));
}

TEST(Segmenter, AcronymAtTheVeryEnd) {
  EXPECT_EQ(sentences_of("Seoul sent its envoy to the U.S."), (Sentences{"Seoul sent its envoy to the U.S."}));
}

TEST(Segmenter, CompanySuffixEndsASentenceBeforeAnOpener) {
  EXPECT_EQ(sentences_of("The shells came from Acme Corp. They were old."),
            (Sentences{"The shells came from Acme Corp.", "They were old."}));
  EXPECT_EQ(sentences_of("Acme Corp. said nothing."), (Sentences{"Acme Corp. said nothing."}));
}

// --- quotes, question and exclamation marks, ellipses ---

TEST(Segmenter, CurlyQuoteAfterTheFullStop) {
  EXPECT_EQ(sentences_of("He said \u201cno.\u201d Then the delegation walked out."),
            (Sentences{"He said \u201cno.\u201d", "Then the delegation walked out."}));
}

TEST(Segmenter, StraightQuoteAfterTheFullStop) {
  EXPECT_EQ(sentences_of("She said \"we will respond.\" Then she left."),
            (Sentences{"She said \"we will respond.\"", "Then she left."}));
}

TEST(Segmenter, QuotedSentenceOpeningTheNext) {
  EXPECT_EQ(sentences_of("The ministry spoke. \u201cWe are ready,\u201d it said."),
            (Sentences{"The ministry spoke.", "\u201cWe are ready,\u201d it said."}));
}

TEST(Segmenter, QuestionAndExclamationMarks) {
  EXPECT_EQ(sentences_of("Will Seoul send arms? Nobody knows! Talks go on."),
            (Sentences{"Will Seoul send arms?", "Nobody knows!", "Talks go on."}));
}

TEST(Segmenter, RepeatedMarksStayTogether) {
  EXPECT_EQ(sentences_of("Really?! Yes."), (Sentences{"Really?!", "Yes."}));
}

TEST(Segmenter, AsciiAndUnicodeEllipsis) {
  EXPECT_EQ(sentences_of("He paused... Then he spoke. She waited\u2026 Nothing came."),
            (Sentences{"He paused...", "Then he spoke.", "She waited\u2026", "Nothing came."}));
}

TEST(Segmenter, EllipsisBeforeLowerCaseDoesNotSplit) {
  EXPECT_EQ(sentences_of("He said the deal was... complicated."),
            (Sentences{"He said the deal was... complicated."}));
}

TEST(Segmenter, LowerCaseAfterPeriodDoesNotSplit) {
  EXPECT_EQ(sentences_of("Talks at 10 a.m. resumed on time."), (Sentences{"Talks at 10 a.m. resumed on time."}));
}

TEST(Segmenter, BracketClosingAfterTheFullStop) {
  EXPECT_EQ(sentences_of("(The vote was delayed.) Then it passed."),
            (Sentences{"(The vote was delayed.)", "Then it passed."}));
}

// --- layout: headlines, paragraphs, bullets ---

TEST(Segmenter, HeadlineWithoutFullStopThenParagraph) {
  EXPECT_EQ(sentences_of("Kim and Putin sign defence pact\nThe two leaders met on Wednesday. They shook hands."),
            (Sentences{"Kim and Putin sign defence pact", "The two leaders met on Wednesday.",
                       "They shook hands."}));
}

TEST(Segmenter, HeadlineThenBlankLineThenParagraph) {
  EXPECT_EQ(sentences_of("Allies end naval drills\n\nThree navies ended the drills on Friday."),
            (Sentences{"Allies end naval drills", "Three navies ended the drills on Friday."}));
}

TEST(Segmenter, ParagraphsSeparatedByBlankLines) {
  EXPECT_EQ(sentences_of("First paragraph here.\n\nSecond paragraph here\n\n\n\nThird one."),
            (Sentences{"First paragraph here.", "Second paragraph here", "Third one."}));
}

TEST(Segmenter, BlankLineWithSpacesIsAParagraphBreak) {
  EXPECT_EQ(sentences_of("the minister said\n  \t \nthat the talks failed\n \n\nand left"),
            (Sentences{"the minister said", "that the talks failed", "and left"}));
}

TEST(Segmenter, ParagraphBreakEndsASentenceWithoutPunctuation) {
  EXPECT_EQ(sentences_of("the minister said\n\nthat the talks failed."),
            (Sentences{"the minister said", "that the talks failed."}));
}

TEST(Segmenter, LineBreakInsideASentenceDoesNotSplit) {
  EXPECT_EQ(sentences_of("The envoy said that the\ntalks had failed."),
            (Sentences{"The envoy said that the\ntalks had failed."}));
}

TEST(Segmenter, HardWrappedParagraphIsNotSplitAtLineEnds) {
  std::string text =
      "North Korean leader Kim Jong Un received the Russian defence minister\n"
      "Andrei Belousov in Pyongyang on Friday and promised support for Moscow\n"
      "in its war. Officials in Seoul said they were watching the visit.";
  EXPECT_EQ(sentences_of(text),
            (Sentences{"North Korean leader Kim Jong Un received the Russian defence minister\n"
                       "Andrei Belousov in Pyongyang on Friday and promised support for Moscow\n"
                       "in its war.",
                       "Officials in Seoul said they were watching the visit."}));
}

TEST(Segmenter, DashBullets) {
  EXPECT_EQ(sentences_of("The measures:\n- Sanctions on ten banks\n- A ban on oil sales\n* Travel bans"),
            (Sentences{"The measures:", "Sanctions on ten banks", "A ban on oil sales", "Travel bans"}));
}

TEST(Segmenter, DotBullets) {
  EXPECT_EQ(sentences_of("\u2022 Seoul expelled a diplomat\n\u2022 Tokyo recalled its envoy"),
            (Sentences{"Seoul expelled a diplomat", "Tokyo recalled its envoy"}));
}

TEST(Segmenter, NumberedBullets) {
  EXPECT_EQ(sentences_of("Steps taken:\n1. The fleet sailed.\n2. The drills began\n3) Talks ended"),
            (Sentences{"Steps taken:", "The fleet sailed.", "The drills began", "Talks ended"}));
}

TEST(Segmenter, BulletWithTwoSentences) {
  EXPECT_EQ(sentences_of("- The fleet sailed. It returned.\n- Talks ended."),
            (Sentences{"The fleet sailed.", "It returned.", "Talks ended."}));
}

TEST(Segmenter, IndentedBulletsAndWrappedItems) {
  EXPECT_EQ(sentences_of("Measures:\n  - Sanctions on ten banks and\n    four shipping firms\n  - A ban on oil sales"),
            (Sentences{"Measures:", "Sanctions on ten banks and\n    four shipping firms", "A ban on oil sales"}));
}

TEST(Segmenter, UnindentedLineAfterAnItemStandsAlone) {
  EXPECT_EQ(sentences_of("- First item\nThe list ends here."),
            (Sentences{"First item", "The list ends here."}));
}

TEST(Segmenter, OtherBulletMarks) {
  EXPECT_EQ(sentences_of("\u2013 Seoul objected\n\u25aa Tokyo agreed\n\u00b7 Beijing waited"),
            (Sentences{"Seoul objected", "Tokyo agreed", "Beijing waited"}));
}

TEST(Segmenter, HyphenInsideALineIsNoBullet) {
  EXPECT_EQ(sentences_of("The pro-Russian group - a small one - met. It disbanded."),
            (Sentences{"The pro-Russian group - a small one - met.", "It disbanded."}));
}

TEST(Segmenter, YearAtLineStartIsNoBullet) {
  EXPECT_EQ(sentences_of("In the spring of\n2024. That was all."), (Sentences{"In the spring of\n2024.", "That was all."}));
}

// --- offsets and trimming ---

TEST(Segmenter, OffsetsAreExactBytes) {
  std::string text = "  Pyongyang\u2019s envoy arrived.  \n\nSeoul\u2019s reply came.\n";
  std::vector<Span> spans = split_sentences(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].begin, 2u);
  EXPECT_EQ(text.substr(spans[0].begin, spans[0].size()), "Pyongyang\u2019s envoy arrived.");
  EXPECT_EQ(spans[1].begin, text.find("Seoul"));
  EXPECT_EQ(spans[1].end, text.size() - 1);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].size()), "Seoul\u2019s reply came.");
}

TEST(Segmenter, SpansAreOrderedTrimmedAndNonEmpty) {
  std::string text =
      "\n\n  Headline about talks \n\n\t- bullet one\n-   \n\n . \n\nBody one. Body two!  \n \n";
  std::vector<Span> spans = split_sentences(text);
  ASSERT_FALSE(spans.empty());
  uint32_t previous_end = 0;
  for (Span span : spans) {
    ASSERT_LT(span.begin, span.end);
    EXPECT_GE(span.begin, previous_end);
    previous_end = span.end;
    std::string_view s = std::string_view(text).substr(span.begin, span.size());
    EXPECT_FALSE(std::isspace(static_cast<unsigned char>(s.front()))) << "[" << s << "]";
    EXPECT_FALSE(std::isspace(static_cast<unsigned char>(s.back()))) << "[" << s << "]";
  }
}

TEST(Segmenter, EmptyAndBlankTextHaveNoSentences) {
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences(" \n\n\t \n").empty());
}

TEST(Segmenter, NoFullStopAtAll) {
  EXPECT_EQ(sentences_of("talks continue"), (Sentences{"talks continue"}));
}

TEST(Segmenter, NonAsciiTextKeepsOffsets) {
  std::string text = "Москва ответила. Сеул молчал.";
  EXPECT_EQ(sentences_of(text), (Sentences{"Москва ответила.", "Сеул молчал."}));
}

// --- the abbreviation tables that binary_search relies on ---

TEST(Abbreviations, TitleTableIsComplete) {
  for (const char* word : {"adm", "Gen", "gen", "Lt", "Col", "Mr", "Mrs", "Dr", "Jan", "Feb", "Sept", "No",
                           "Prof", "Sgt", "vs", "St", "Capt", "Maj"})
    EXPECT_TRUE(text::is_title_abbreviation(word)) << word;
  for (const char* word : {"", "the", "said", "Korea", "U.S", "zz"})
    EXPECT_FALSE(text::is_title_abbreviation(word)) << word;
}

TEST(Abbreviations, TerminalTableIsComplete) {
  for (const char* word : {"approx", "co", "Corp", "etc", "Inc", "Jr", "Ltd", "plc", "Sr"})
    EXPECT_TRUE(text::is_terminal_abbreviation(word)) << word;
  for (const char* word : {"", "gen", "the"}) EXPECT_FALSE(text::is_terminal_abbreviation(word)) << word;
}

TEST(Abbreviations, OpenerTableIsComplete) {
  for (const char* word : {"a", "After", "The", "They", "While", "meanwhile", "However", "In", "We"})
    EXPECT_TRUE(text::is_sentence_opener(word)) << word;
  for (const char* word : {"", "Officials", "Korea", "said"}) EXPECT_FALSE(text::is_sentence_opener(word)) << word;
}

// Every entry of each table must be found: an unsorted or zero-filled table
// makes binary_search miss entries.
TEST(Abbreviations, EveryListedWordIsFound) {
  const char* titles[] = {"adm", "amb", "apr", "aug", "brig", "capt", "cdr", "cmdr", "col", "cpl",
                          "dec", "dept", "dr", "feb", "fig", "gen", "gov", "hon", "jan", "jul",
                          "jun", "lt", "maj", "mar", "messrs", "mr", "mrs", "ms", "mt", "no",
                          "nos", "nov", "oct", "pres", "prof", "pte", "rep", "rev", "sen", "sep",
                          "sept", "sgt", "st", "supt", "vol", "vs"};
  for (const char* w : titles) EXPECT_TRUE(text::is_title_abbreviation(w)) << w;
  const char* openers[] = {"a", "after", "although", "an", "as", "at", "but", "by", "despite", "during",
                           "for", "he", "her", "his", "however", "i", "if", "in", "it", "its",
                           "last", "meanwhile", "moreover", "on", "one", "our", "she", "since", "so",
                           "that", "the", "their", "there", "these", "they", "this", "those", "we",
                           "when", "while"};
  for (const char* w : openers) EXPECT_TRUE(text::is_sentence_opener(w)) << w;
}

}  // namespace
}  // namespace dyad
