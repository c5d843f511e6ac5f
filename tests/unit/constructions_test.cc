// Construction tests as data: every line of tests/constructions/*.jsonl is a
// sentence of our own with the events it must give (the gold format of
// ../shared/spec/EVENTS.md, "Evaluation"), run here as one test case each.
// Adding a case is adding a line. A line holds:
//   "id", "doc_date", "text", "events": [{"source", "target", "root",
//        optional "modality", "code", "date", "date_source", "date_precision",
//        "source_code", "target_code"}]
//   "doc_date": when the key is missing the document is dated 2024-11-20;
//        "" or null codes a document with no date
//   "date": "YYYY-MM-DD", or "YYYY-MM" (compared to the month); "" means the
//        event must have no date. "date_source": text|document|none;
//        "date_precision": day|month|year (as in the event output)
//   "exact": true (default) -- the coded (source, target, root) set must equal
//        "events"; false -- it must include them and none of "absent"
//   "absent": [{"source", "target", "root"}] -- events that must not be coded
//   "pending": "why the coder fails it today" -- the case must still fail;
//        when it passes, the test fails until "pending" is removed
//   "note": free text
#include <gtest/gtest.h>
#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>
#include <vector>

#include "coded_events.h"

namespace dyad::testing {
namespace {

namespace fs = std::filesystem;

struct ExpectedEvent {
  std::string source, target, root, modality, code, date, date_source, date_precision, source_code, target_code;
  bool date_given = false;  // "date" present, so "" requires no date
  std::string key() const { return source + "->" + target + " " + root; }
};

struct ConstructionCase {
  std::string file, id, doc_date = "2024-11-20", text, pending;
  int line = 0;
  bool exact = true;
  std::vector<ExpectedEvent> events, absent;
};

std::string field(simdjson::dom::element object, const char* key) {
  std::string_view value;
  return object[key].get(value) ? std::string() : std::string(value);
}

bool has(simdjson::dom::element object, const char* key) {
  return object[key].error() != simdjson::NO_SUCH_FIELD;
}

std::vector<ExpectedEvent> event_list(simdjson::dom::element object, const char* key) {
  std::vector<ExpectedEvent> events;
  simdjson::dom::array array;
  if (object[key].get(array)) return events;
  for (simdjson::dom::element e : array)
    events.push_back(ExpectedEvent{field(e, "source"), field(e, "target"), field(e, "root"), field(e, "modality"),
                                   field(e, "code"), field(e, "date"), field(e, "date_source"),
                                   field(e, "date_precision"), field(e, "source_code"), field(e, "target_code"),
                                   has(e, "date")});
  for (ExpectedEvent& e : events)
    if (e.root.empty() && e.code.size() >= 2) e.root = e.code.substr(0, 2);
  return events;
}

// Every case of every file; a line that does not parse becomes a case that fails.
std::vector<ConstructionCase> load_cases() {
  std::vector<ConstructionCase> cases;
  fs::path dir = fs::path(DYAD_SOURCE_DIR) / "tests" / "constructions";
  if (!fs::is_directory(dir)) return cases;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".jsonl") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  simdjson::dom::parser parser;
  for (const fs::path& path : files) {
    std::ifstream in(path);
    std::string text;
    for (int number = 1; std::getline(in, text); ++number) {
      if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
      ConstructionCase c;
      c.file = path.filename().string();
      c.line = number;
      simdjson::dom::element root;
      if (parser.parse(text).get(root) || !root.is_object()) {
        c.id = c.file + "-line-" + std::to_string(number);
        c.pending = "";
        c.text = "";  // reported as broken below
        cases.push_back(c);
        continue;
      }
      c.id = field(root, "id");
      if (has(root, "doc_date")) c.doc_date = field(root, "doc_date");
      c.text = field(root, "text");
      c.pending = field(root, "pending");
      bool exact = true;
      if (!root["exact"].get(exact)) c.exact = exact;
      c.events = event_list(root, "events");
      c.absent = event_list(root, "absent");
      cases.push_back(std::move(c));
    }
  }
  return cases;
}

std::string event_key(const Event& e) { return e.source.entity() + "->" + e.target.entity() + " " + e.root; }

// Everything wrong with the coded events, or "" when the case holds.
std::string problems(const ConstructionCase& c, const std::vector<Event>& coded) {
  if (c.text.empty()) return "the line is not a JSON object with a \"text\"";
  std::string out;
  std::set<std::string> expected;
  for (const ExpectedEvent& x : c.events) {
    expected.insert(x.key());
    const Event* e = nullptr;
    for (const Event& candidate : coded)
      if (event_key(candidate) == x.key()) e = &candidate;
    if (!e) {
      out += "\n  missing " + x.key();
      continue;
    }
    auto differs = [&](const char* what, const std::string& want, const std::string& got) {
      if (!want.empty() && want != got) out += "\n  " + x.key() + ": " + what + " " + got + ", expected " + want;
    };
    differs("modality", x.modality, modality_name(e->modality));
    differs("code", x.code, e->code);
    differs("date", x.date, x.date.size() == 7 ? e->date.substr(0, 7) : e->date);
    if (x.date_given && x.date.empty() && !e->date.empty()) out += "\n  " + x.key() + ": date " + e->date + ", expected none";
    differs("date source", x.date_source, date_source_name(e->date_source));
    differs("date precision", x.date_precision, e->date_precision);
    differs("source code", x.source_code, e->source.code);
    differs("target code", x.target_code, e->target.code);
  }
  for (const Event& e : coded) {
    std::string key = event_key(e);
    bool unwanted = std::any_of(c.absent.begin(), c.absent.end(), [&](const auto& a) { return a.key() == key; });
    if (unwanted || (c.exact && !expected.count(key))) out += "\n  unexpected " + key + " " + modality_name(e.modality);
  }
  return out;
}

std::vector<ConstructionCase>& all_cases() {
  static std::vector<ConstructionCase> cases = load_cases();
  return cases;
}

class Construction : public CodedEventsTest, public ::testing::WithParamInterface<size_t> {};

TEST_P(Construction, CodesTheExpectedEvents) {
  const ConstructionCase& c = all_cases()[GetParam()];
  auto coded = c.text.empty() ? std::vector<Event>{} : Code(c.text, c.doc_date);
  std::string found = problems(c, coded);
  std::string where = c.file + ":" + std::to_string(c.line) + " " + c.id + ": " + c.text;
  // scripts/mark-pending reads the "case FILE:LINE" marks below.
  if (c.pending.empty()) {
    EXPECT_EQ(found, "") << where << "\n" << Describe(coded) << "\ncase " << c.file << ":" << c.line << " fails";
  } else {
    EXPECT_NE(found, "") << where << "\nnow passes: remove \"pending\" (" << c.pending << ")\ncase " << c.file
                         << ":" << c.line << " passes";
  }
}

std::string case_name(const ::testing::TestParamInfo<size_t>& info) {
  const ConstructionCase& c = all_cases()[info.param];
  std::string name = c.id.empty() ? "line" + std::to_string(c.line) : c.id;
  for (char& ch : name)
    if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name + "_" + std::to_string(info.param);
}

std::vector<size_t> case_indexes() {
  std::vector<size_t> indexes(all_cases().size());
  for (size_t i = 0; i < indexes.size(); ++i) indexes[i] = i;
  return indexes;
}

INSTANTIATE_TEST_SUITE_P(Files, Construction, ::testing::ValuesIn(case_indexes()), case_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(Construction);

TEST(ConstructionFiles, ThereAreCases) { EXPECT_FALSE(all_cases().empty()) << "no tests/constructions/*.jsonl"; }

}  // namespace
}  // namespace dyad::testing
