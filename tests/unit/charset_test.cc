// Declared character sets: byte order marks and, for HTML, <meta charset>,
// Content-Type and XML declarations, decoded to UTF-8 with ICU.
#include <gtest/gtest.h>

#include <string>

#include "dyad/ingest.h"

namespace dyad {
namespace {

InputItem prepare(const std::string& bytes, bool is_html, bool from_json = false) {
  RawDocument raw;
  raw.document.id = "doc";
  raw.document.path = is_html ? "doc.html" : "doc.txt";
  raw.document.text = bytes;
  raw.is_html = is_html;
  raw.from_json = from_json;
  return prepare_document(std::move(raw), IngestOptions{});
}

std::string text_of(const InputItem& item) {
  if (const auto* failed = std::get_if<FailedDocument>(&item)) return "FAILED: " + failed->error;
  return std::get<Document>(item).text;
}

// "Seoul’s envoy said “no”." in UTF-16 little or big endian, with a BOM.
std::string utf16(bool little_endian) {
  std::u16string text = u"Seoul\u2019s envoy said \u201cno\u201d.";
  std::string out = little_endian ? "\xFF\xFE" : "\xFE\xFF";
  for (char16_t c : text) {
    char low = static_cast<char>(c & 0xFF), high = static_cast<char>(c >> 8);
    out += little_endian ? std::string{low, high} : std::string{high, low};
  }
  return out;
}

TEST(Charset, Utf16FilesWithAByteOrderMarkAreDecoded) {
  EXPECT_EQ(text_of(prepare(utf16(true), false)), "Seoul\u2019s envoy said \u201cno\u201d.");
  EXPECT_EQ(text_of(prepare(utf16(false), false)), "Seoul\u2019s envoy said \u201cno\u201d.");
  EXPECT_EQ(declared_charset(utf16(true), false).name, "UTF-16LE");
  EXPECT_EQ(declared_charset(utf16(true), false).bom_length, 2u);
}

TEST(Charset, Utf32ByteOrderMarksComeBeforeUtf16) {
  std::string utf32le("\xFF\xFE\x00\x00" "A\x00\x00\x00", 8);
  EXPECT_EQ(declared_charset(utf32le, false).name, "UTF-32LE");
  EXPECT_EQ(text_of(prepare(utf32le, false)), "A");
}

TEST(Charset, AnOddUtf16FileFailsWithTheReason) {
  std::string odd = utf16(true) + std::string(1, '\0');  // a lone byte after the last unit
  std::string text = text_of(prepare(odd, false));
  EXPECT_NE(text.find("FAILED: not valid UTF-16LE"), std::string::npos) << text;
  std::string lone_surrogate = utf16(true) + std::string("\x00\xD8" "A\x00", 4);
  text = text_of(prepare(lone_surrogate, false));
  EXPECT_NE(text.find("FAILED: not valid UTF-16LE"), std::string::npos) << text;
}

const char* kWindows1252Page =
    "<html><head><meta charset=windows-1252><title>Talks</title></head><body><article>"
    "<p>The minister said \x93we will talk\x94 in Gen\xE8ve \x96 and the caf\xE9 was full.</p>"
    "</article></body></html>";

TEST(Charset, MetaCharsetWindows1252IsDecoded) {
  EXPECT_EQ(declared_charset(kWindows1252Page, true).name, "windows-1252");
  EXPECT_EQ(text_of(prepare(kWindows1252Page, true)),
            "The minister said \u201cwe will talk\u201d in Gen\u00e8ve \u2013 and the caf\u00e9 was full.");
}

TEST(Charset, ContentTypeAndXmlDeclarationsCount) {
  std::string http_equiv =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
      "</head><body><p>Caf\xE9 \x93owners\x94 protested on Monday in the capital city.</p></body></html>";
  EXPECT_EQ(declared_charset(http_equiv, true).name, "windows-1252") << "Latin-1 means windows-1252";
  EXPECT_EQ(text_of(prepare(http_equiv, true)), "Caf\u00e9 \u201cowners\u201d protested on Monday in the capital city.");
  std::string xml = "<?xml version=\"1.0\" encoding=\"koi8-r\"?><html><body><p>\xf0\xd2\xc1\xd7\xc4\xc1</p></body></html>";
  EXPECT_EQ(text_of(prepare(xml, true)), "\u041f\u0440\u0430\u0432\u0434\u0430");  // "Правда"
}

TEST(Charset, Utf8AndUnknownLabelsAreLeftAlone) {
  EXPECT_EQ(declared_charset("<meta charset=\"utf-8\"><p>x</p>", true).name, "");
  EXPECT_EQ(declared_charset("<meta charset=no-such-charset><p>x</p>", true).name, "");
  // A text file has no <meta>: the bytes are UTF-8 or the document fails.
  EXPECT_EQ(declared_charset("<meta charset=windows-1252>", false).name, "");
  std::string text = text_of(prepare("caf\xE9", false));
  EXPECT_NE(text.find("invalid UTF-8"), std::string::npos) << text;
}

TEST(Charset, JsonTextIsUnicodeAlready) {
  // A JSON "html" field is decoded text: its <meta charset> does not apply.
  std::string page = "<html><head><meta charset=windows-1252></head><body><p>"
                     "Seoul\u2019s envoy met officials in the capital on Monday afternoon.</p></body></html>";
  EXPECT_EQ(text_of(prepare(page, true, true)), "Seoul\u2019s envoy met officials in the capital on Monday afternoon.");
}

}  // namespace
}  // namespace dyad
