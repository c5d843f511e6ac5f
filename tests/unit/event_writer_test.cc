// Event and failure writers: JSON Lines (EVENTS.md) and CSV.
#include <gtest/gtest.h>

#include <simdjson.h>

#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <vector>

#include "dyad/output.h"

namespace dyad {
namespace {

Event sample_event() {
  Event e;
  e.doc_id = "nk-ru-2024-06-20";
  e.sentence = 3;
  e.span = Span{412, 538};
  e.text = "Russian President Vladimir Putin and Kim signed a \"treaty\", the agency said.";
  e.date = "2024-06-19";
  e.date_source = DateSource::kText;
  e.source = Actor{"Russian President Vladimir Putin", "RUSGOV", "RUS", "", "GOV"};
  e.target = Actor{"Kim", "PRKGOV", "PRK", "", "GOV"};
  e.code = "057";
  e.root = "05";
  e.quad_class = 1;
  e.goldstein = 8.0;
  e.modality = Modality::kReported;
  e.verb = "signed";
  e.confidence = 0.876;
  return e;
}

std::string json_string(std::string_view value) {
  std::string out;
  append_json_string(out, value);
  return out;
}

// Parses `line` as one JSON value and returns the string it holds.
std::string parse_string(const std::string& literal) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(literal);
  std::string_view value;
  auto error = parser.parse(padded).get(value);
  EXPECT_FALSE(error) << simdjson::error_message(error) << " in " << literal;
  return std::string(value);
}

std::set<std::string> keys_of(simdjson::dom::object object) {
  std::set<std::string> keys;
  for (auto field : object) keys.insert(std::string(field.key));
  return keys;
}

std::string string_field(simdjson::dom::element element, const char* key) {
  std::string_view value;
  EXPECT_FALSE(element[key].get(value)) << key;
  return std::string(value);
}

bool is_null(simdjson::dom::element element, const char* key) {
  simdjson::dom::element value;
  return !element[key].get(value) && value.is_null();
}

// Splits one CSV record (RFC 4180; the record may span lines inside quotes).
std::vector<std::string> split_csv(const std::string& line) {
  std::vector<std::string> fields(1);
  bool quoted = false;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') fields.back() += '"', ++i;
      else if (c == '"') quoted = false;
      else fields.back() += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      fields.emplace_back();
    } else if (c == '\n') {
      EXPECT_EQ(i + 1, line.size()) << "a record ends with its only unquoted newline";
    } else {
      fields.back() += c;
    }
  }
  EXPECT_FALSE(quoted);
  return fields;
}

// --- JSON string escaping ---

TEST(JsonString, PlainText) { EXPECT_EQ(json_string("Seoul"), "\"Seoul\""); }

TEST(JsonString, QuotesAndBackslash) {
  EXPECT_EQ(json_string("say \"no\" \\ yes"), R"("say \"no\" \\ yes")");
}

TEST(JsonString, NewlineTabAndCarriageReturn) {
  EXPECT_EQ(json_string("a\nb\tc\rd"), R"("a\nb\tc\rd")");
}

TEST(JsonString, ControlCharacters) {
  EXPECT_EQ(json_string(std::string("\x01\x1f\x08\x0c", 4)), R"("\u0001\u001f\u0008\u000c")");
  EXPECT_EQ(json_string(std::string("a\0b", 3)), R"("a\u0000b")");
}

TEST(JsonString, Utf8PassesThrough) {
  EXPECT_EQ(json_string("Pyongyang\u2019s \u201cvictory\u201d \u041c\u043e\u0441\u043a\u0432\u0430"),
            "\"Pyongyang\u2019s \u201cvictory\u201d \u041c\u043e\u0441\u043a\u0432\u0430\"");
}

TEST(JsonString, RoundTripsThroughAParser) {
  std::string nasty = std::string("q\"b\\s/n\nr\rt\tc\x01\x1f e\u00e9 \u2028 end\0x", 30);
  EXPECT_EQ(parse_string(json_string(nasty)), nasty);
}

TEST(JsonString, AppendsToExistingText) {
  std::string out = "x=";
  append_json_string(out, "y");
  EXPECT_EQ(out, "x=\"y\"");
}

// --- event JSON Lines ---

TEST(EventJsonl, OneLineWithExactlyTheContractFields) {
  std::string out;
  append_event_jsonl(out, sample_event());
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  EXPECT_EQ(out.find('\n'), out.size() - 1) << "one line per event";

  simdjson::dom::parser parser;
  simdjson::padded_string padded(out);
  simdjson::dom::element root;
  ASSERT_FALSE(parser.parse(padded).get(root)) << out;
  simdjson::dom::object object;
  ASSERT_FALSE(root.get(object));
  EXPECT_EQ(keys_of(object),
            (std::set<std::string>{"doc_id", "sentence", "span", "text", "date", "date_source", "source",
                                   "target", "code", "root", "quad_class", "goldstein", "modality", "verb",
                                   "confidence"}));

  EXPECT_EQ(string_field(root, "doc_id"), "nk-ru-2024-06-20");
  int64_t sentence = -1;
  ASSERT_FALSE(root["sentence"].get(sentence));
  EXPECT_EQ(sentence, 3);
  simdjson::dom::array span;
  ASSERT_FALSE(root["span"].get(span));
  std::vector<int64_t> offsets;
  for (auto v : span) offsets.push_back(v.get_int64().value());
  EXPECT_EQ(offsets, (std::vector<int64_t>{412, 538}));
  EXPECT_EQ(string_field(root, "text"), sample_event().text);
  EXPECT_EQ(string_field(root, "date"), "2024-06-19");
  EXPECT_EQ(string_field(root, "date_source"), "text");
  EXPECT_EQ(string_field(root, "code"), "057");
  EXPECT_EQ(string_field(root, "root"), "05");
  int64_t quad = 0;
  ASSERT_FALSE(root["quad_class"].get(quad));
  EXPECT_EQ(quad, 1);
  double goldstein = 0;
  ASSERT_FALSE(root["goldstein"].get(goldstein));
  EXPECT_DOUBLE_EQ(goldstein, 8.0);
  EXPECT_NE(out.find("\"goldstein\":8.0"), std::string::npos) << out;
  EXPECT_EQ(string_field(root, "modality"), "reported");
  EXPECT_EQ(string_field(root, "verb"), "signed");
  double confidence = 0;
  ASSERT_FALSE(root["confidence"].get(confidence));
  EXPECT_DOUBLE_EQ(confidence, 0.88);

  for (const char* side : {"source", "target"}) {
    simdjson::dom::object actor;
    ASSERT_FALSE(root[side].get(actor)) << side;
    EXPECT_EQ(keys_of(actor), (std::set<std::string>{"text", "code", "country", "org", "role"})) << side;
  }
  EXPECT_EQ(string_field(root["source"], "text"), "Russian President Vladimir Putin");
  EXPECT_EQ(string_field(root["source"], "code"), "RUSGOV");
  EXPECT_EQ(string_field(root["source"], "country"), "RUS");
  EXPECT_TRUE(is_null(root["source"], "org"));
  EXPECT_EQ(string_field(root["source"], "role"), "GOV");
  EXPECT_EQ(string_field(root["target"], "code"), "PRKGOV");
}

TEST(EventJsonl, EmptyValuesAreNull) {
  Event e = sample_event();
  e.date.clear();
  e.date_source = DateSource::kNone;
  e.target = Actor{"NATO", "NATO", "", "NATO", ""};
  std::string out;
  append_event_jsonl(out, e);
  simdjson::dom::parser parser;
  simdjson::padded_string padded(out);
  simdjson::dom::element root;
  ASSERT_FALSE(parser.parse(padded).get(root)) << out;
  EXPECT_TRUE(is_null(root, "date"));
  EXPECT_EQ(string_field(root, "date_source"), "none");
  EXPECT_TRUE(is_null(root["target"], "country"));
  EXPECT_EQ(string_field(root["target"], "org"), "NATO");
  EXPECT_TRUE(is_null(root["target"], "role"));
}

TEST(EventJsonl, DatePrecisionIsAnOptionalExtraField) {
  Event e = sample_event();
  e.date_precision = "month";
  std::string out;
  append_event_jsonl(out, e);
  simdjson::dom::parser parser;
  simdjson::padded_string padded(out);
  simdjson::dom::element root;
  ASSERT_FALSE(parser.parse(padded).get(root)) << out;
  EXPECT_EQ(string_field(root, "date_precision"), "month");
  EXPECT_EQ(keys_of(root.get_object().value()).size(), 16u);
}

TEST(EventJsonl, EveryModalityAndDateSourceName) {
  EXPECT_STREQ(modality_name(Modality::kAsserted), "asserted");
  EXPECT_STREQ(modality_name(Modality::kReported), "reported");
  EXPECT_STREQ(modality_name(Modality::kNegated), "negated");
  EXPECT_STREQ(modality_name(Modality::kPlanned), "planned");
  EXPECT_STREQ(modality_name(Modality::kPossible), "possible");
  EXPECT_STREQ(modality_name(Modality::kRecommended), "recommended");
  EXPECT_STREQ(date_source_name(DateSource::kText), "text");
  EXPECT_STREQ(date_source_name(DateSource::kDocument), "document");
  EXPECT_STREQ(date_source_name(DateSource::kNone), "none");
}

TEST(EventJsonl, NumbersAreValidJson) {
  Event e = sample_event();
  e.goldstein = -10;
  e.confidence = 1;
  std::string out;
  append_event_jsonl(out, e);
  EXPECT_NE(out.find("\"goldstein\":-10.0"), std::string::npos) << out;
  EXPECT_NE(out.find("\"confidence\":1.0"), std::string::npos) << out;
  e.goldstein = 3.4;
  e.confidence = 0.333333;
  out.clear();
  append_event_jsonl(out, e);
  EXPECT_NE(out.find("\"goldstein\":3.4,"), std::string::npos) << out;
  EXPECT_NE(out.find("\"confidence\":0.33}"), std::string::npos) << out;
}

TEST(EventJsonl, NonFiniteNumbersStillParse) {
  Event e = sample_event();
  e.goldstein = std::numeric_limits<double>::quiet_NaN();
  e.confidence = std::numeric_limits<double>::infinity();
  std::string out;
  append_event_jsonl(out, e);
  simdjson::dom::parser parser;
  simdjson::padded_string padded(out);
  simdjson::dom::element root;
  ASSERT_FALSE(parser.parse(padded).get(root)) << out;
  EXPECT_TRUE(is_null(root, "goldstein"));
  EXPECT_TRUE(is_null(root, "confidence"));
  out.clear();
  append_event_csv(out, e);
  std::vector<std::string> fields = split_csv(out);
  ASSERT_EQ(fields.size(), 25u);
  EXPECT_EQ(fields[21], "");
  EXPECT_EQ(fields[24], "");
}

TEST(EventJsonl, AwkwardTextStillParses) {
  Event e = sample_event();
  e.text = "He said:\n\"no\"\t\\ \x01 done";
  e.doc_id = "id\"with\\quote";
  std::string out;
  append_event_jsonl(out, e);
  EXPECT_EQ(out.find('\n'), out.size() - 1);
  simdjson::dom::parser parser;
  simdjson::padded_string padded(out);
  simdjson::dom::element root;
  ASSERT_FALSE(parser.parse(padded).get(root)) << out;
  EXPECT_EQ(string_field(root, "text"), e.text);
  EXPECT_EQ(string_field(root, "doc_id"), e.doc_id);
}

// --- CSV ---

const std::vector<std::string> kCsvColumns = {
    "doc_id",      "sentence",      "span_start",     "span_end",   "text",        "date",
    "date_source", "date_precision", "source_text",   "source_code", "source_country", "source_org",
    "source_role", "target_text",   "target_code",    "target_country", "target_org", "target_role",
    "code",        "root",          "quad_class",     "goldstein",  "modality",    "verb",
    "confidence"};

TEST(EventCsv, Header) {
  std::string header = csv_header();
  ASSERT_FALSE(header.empty());
  EXPECT_EQ(header.back(), '\n');
  EXPECT_EQ(split_csv(header), kCsvColumns);
}

TEST(EventCsv, FieldsInHeaderOrder) {
  Event e = sample_event();
  e.text = "Plain text without specials";
  std::string out;
  append_event_csv(out, e);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.back(), '\n');
  std::vector<std::string> fields = split_csv(out);
  ASSERT_EQ(fields.size(), kCsvColumns.size()) << out;
  std::vector<std::string> expected = {
      "nk-ru-2024-06-20", "3", "412", "538", "Plain text without specials", "2024-06-19", "text", "",
      "Russian President Vladimir Putin", "RUSGOV", "RUS", "", "GOV",
      "Kim", "PRKGOV", "PRK", "", "GOV",
      "057", "05", "1", "8", "reported", "signed", "0.88"};
  EXPECT_EQ(fields, expected);
}

TEST(EventCsv, Rfc4180Quoting) {
  Event e = sample_event();
  e.text = "Kim said \"yes, now\"\nand left";
  e.verb = "met,with";
  e.source.text = "plain";
  e.target.text = "line\r\nbreak";
  std::string out;
  append_event_csv(out, e);
  EXPECT_NE(out.find("\"Kim said \"\"yes, now\"\"\nand left\""), std::string::npos) << out;
  EXPECT_NE(out.find(",\"met,with\","), std::string::npos) << out;
  EXPECT_NE(out.find(",plain,"), std::string::npos) << out;
  std::vector<std::string> fields = split_csv(out);
  ASSERT_EQ(fields.size(), kCsvColumns.size());
  EXPECT_EQ(fields[4], e.text);
  EXPECT_EQ(fields[8], "plain");
  EXPECT_EQ(fields[13], "line\r\nbreak");
  EXPECT_EQ(fields[23], "met,with");
}

// --- failures ---

TEST(FailureJsonl, Format) {
  std::string out;
  append_failure_jsonl(out, FailedDocument{"batch:2", "in/batch.jsonl", 2, "broken JSON: \"x\""});
  EXPECT_EQ(out, "{\"doc_id\":\"batch:2\",\"path\":\"in/batch.jsonl\",\"line\":2,\"error\":\"broken JSON: \\\"x\\\"\"}\n");
}

TEST(FailureJsonl, MissingIdAndLineAreNull) {
  std::string out;
  append_failure_jsonl(out, FailedDocument{"", "a.txt", 0, "empty document"});
  EXPECT_EQ(out, "{\"doc_id\":null,\"path\":\"a.txt\",\"line\":null,\"error\":\"empty document\"}\n");
  simdjson::dom::parser parser;
  simdjson::padded_string padded(out);
  simdjson::dom::element root;
  ASSERT_FALSE(parser.parse(padded).get(root));
  EXPECT_EQ(keys_of(root.get_object().value()), (std::set<std::string>{"doc_id", "path", "line", "error"}));
}

}  // namespace
}  // namespace dyad
