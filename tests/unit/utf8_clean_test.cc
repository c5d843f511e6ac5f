// clean_utf8(): validation and normalisation of raw document bytes.
#include <gtest/gtest.h>

#include <string>

#include "dyad/ingest.h"
#include "dyad/text.h"

namespace dyad {
namespace {

std::string cleaned(std::string_view raw) {
  Result<std::string> result = clean_utf8(raw);
  EXPECT_TRUE(result.ok()) << result.status().message();
  return result.ok() ? result.value() : std::string();
}

std::string error_of(std::string_view raw) {
  Result<std::string> result = clean_utf8(raw);
  EXPECT_FALSE(result.ok()) << "accepted: " << raw;
  return result.status().message();
}

TEST(Utf8Clean, PlainAsciiUnchanged) {
  EXPECT_EQ(cleaned("Seoul protested.\n\nMoscow replied.\tDone."), "Seoul protested.\n\nMoscow replied.\tDone.");
}

TEST(Utf8Clean, ValidMultibyteUnchanged) {
  std::string text = "Pyongyang\u2019s envoy \u2014 \u201cyes\u201d \u041c\u043e\u0441\u043a\u0432\u0430 \U0001F600";
  EXPECT_EQ(cleaned(text), text);
}

TEST(Utf8Clean, InvalidUtf8NamesTheByteOffset) {
  std::string message = error_of(std::string("Seoul said\xFF no.", 15));
  EXPECT_NE(message.find("invalid UTF-8"), std::string::npos) << message;
  EXPECT_NE(message.find("byte 10"), std::string::npos) << message;
}

TEST(Utf8Clean, TruncatedSequenceAtTheEnd) {
  std::string raw = "abc\xE2\x80";  // the first two bytes of a three-byte character
  EXPECT_NE(error_of(raw).find("byte 3"), std::string::npos);
}

TEST(Utf8Clean, OverlongAndSurrogateEncodingsAreInvalid) {
  EXPECT_NE(error_of("a\xC0\xAF").find("byte 1"), std::string::npos);          // overlong '/'
  EXPECT_NE(error_of("ab\xED\xA0\x80").find("byte 2"), std::string::npos);     // U+D800
  EXPECT_NE(error_of("abc\xF5\x80\x80\x80").find("byte 3"), std::string::npos);  // past U+10FFFF
}

TEST(Utf8Clean, Latin1IsInvalid) {
  EXPECT_NE(error_of("caf\xE9 au lait").find("byte 3"), std::string::npos);
}

TEST(Utf8Clean, OffsetCountsTheByteOrderMark) {
  std::string raw = "\xEF\xBB\xBFok \xFF";
  EXPECT_NE(error_of(raw).find("byte 6"), std::string::npos) << error_of(raw);
}

TEST(Utf8Clean, NulMeansBinary) {
  std::string raw("Some text\0more text", 19);
  EXPECT_NE(error_of(raw).find("binary"), std::string::npos);
}

TEST(Utf8Clean, ControlHeavyDataIsBinary) {
  std::string raw;
  for (int i = 0; i < 200; ++i) raw += static_cast<char>(1 + i % 7);
  raw += "PK";
  EXPECT_NE(error_of(raw).find("binary"), std::string::npos);
}

TEST(Utf8Clean, ImageHeaderIsBinary) {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  EXPECT_FALSE(clean_utf8(png).ok());
}

TEST(Utf8Clean, EmptyDocumentFails) {
  EXPECT_NE(error_of("").find("empty"), std::string::npos);
}

TEST(Utf8Clean, WhitespaceOnlyDocumentFails) {
  EXPECT_NE(error_of(" \n\t\r\n  \n").find("empty"), std::string::npos);
  EXPECT_NE(error_of("\xEF\xBB\xBF  \n").find("empty"), std::string::npos);
  EXPECT_NE(error_of("\xC2\xA0\xE2\x80\x83\n").find("empty"), std::string::npos);  // no-break and em spaces
}

TEST(Utf8Clean, ByteOrderMarkRemoved) {
  EXPECT_EQ(cleaned("\xEF\xBB\xBFSeoul replied."), "Seoul replied.");
}

TEST(Utf8Clean, CrlfAndLoneCrBecomeLf) {
  EXPECT_EQ(cleaned("One.\r\nTwo.\r\n\r\nThree.\rFour."), "One.\nTwo.\n\nThree.\nFour.");
}

TEST(Utf8Clean, FormFeedBecomesLf) { EXPECT_EQ(cleaned("Page one.\fPage two."), "Page one.\nPage two."); }

TEST(Utf8Clean, StrayControlCharactersRemoved) {
  EXPECT_EQ(cleaned("Kim\x07 met\x1b Putin\x7f."), "Kim met Putin.");
  EXPECT_EQ(cleaned("C1\xC2\x85line\xC2\x9Dgone"), "C1\nlinegone");  // NEL, a C1 control
}

TEST(Utf8Clean, UnicodeSpacesBecomePlainSpaces) {
  EXPECT_EQ(cleaned("Kim\xC2\xA0Jong\xE2\x80\xAFUn met\xE2\x80\x89them."), "Kim Jong Un met them.");
  EXPECT_EQ(cleaned("One.\xE2\x80\xA8Two.\xE2\x80\xA9Three."), "One.\nTwo.\n\nThree.");
}

TEST(Utf8Clean, InvisibleCharactersRemoved) {
  EXPECT_EQ(cleaned("Pyong\xC2\xADyang and Mos\xE2\x80\x8B" "cow"), "Pyongyang and Moscow");
}

TEST(Utf8Clean, NonBreakingSpaceDoesNotHideASentenceBreak) {
  std::string text = cleaned("Seoul protested.\xC2\xA0Moscow replied.");
  EXPECT_EQ(split_sentences(text).size(), 2u) << text;
}

TEST(Utf8Clean, NfcComposesDecomposedLetters) {
  std::string decomposed = "Caf" "e\xCC\x81" " in Ha\xCC\x80 No\xCC\xA3i";  // e + acute, a + grave, o + dot below
  std::string composed = "Caf\xC3\xA9 in H\xC3\xA0 N\xE1\xBB\x8Di";
  EXPECT_EQ(cleaned(decomposed), composed);
  EXPECT_EQ(cleaned(composed), composed);
}

TEST(Utf8Clean, HangulJamoComposed) {
  std::string jamo = "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB";  // ᄒ ᅡ ᆫ
  EXPECT_EQ(cleaned(jamo), "\xED\x95\x9C");                   // 한
}

// The NFC fast path (text already in NFC is copied, not normalised) must not
// miss what NFC changes: singletons such as U+212B ANGSTROM SIGN, and a
// combining mark after precomposed or curly-quoted text.
TEST(Utf8Clean, NfcFastPathStillNormalisesSingletonsAndLateMarks) {
  EXPECT_EQ(cleaned("\u2018Korea\u2019s\u2019 \u212B"), "\u2018Korea\u2019s\u2019 \u00C5");
  EXPECT_EQ(cleaned("caf\u00E9 and Seoul\u2019s cafe\u0301"), "caf\u00E9 and Seoul\u2019s caf\u00E9");
  EXPECT_EQ(cleaned("\u201CNorth Korea\u201D \u2014 Pyongyang"), "\u201CNorth Korea\u201D \u2014 Pyongyang");
}

}  // namespace
}  // namespace dyad
