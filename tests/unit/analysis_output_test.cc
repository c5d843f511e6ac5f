// Renderings of analysis results (src/analysis/*_output.cc): each JSON line
// parses and carries the documented fields, CSV rows have their header's
// columns, and the event writer prints `condition` only for events with one.
#include "dyad/analysis_output.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "dyad/output.h"

namespace dyad {
namespace {

simdjson::dom::element parse(simdjson::dom::parser& parser, const std::string& line) {
  auto doc = parser.parse(line);
  EXPECT_FALSE(doc.error()) << line;
  return doc.value_unsafe();
}

size_t csv_columns(const std::string& line) {
  size_t columns = 1;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    if (c == ',' && !quoted) ++columns;
  }
  return columns;
}

// Each CSV line has as many columns as the header.
void expect_csv_shape(const std::string& header, const std::string& row) {
  EXPECT_EQ(row.back(), '\n');
  EXPECT_EQ(csv_columns(row.substr(0, row.size() - 1)), csv_columns(header.substr(0, header.size() - 1)))
      << header << row;
}

Story sample_story() {
  Story s;
  s.id = 7;
  s.source = "RUS";
  s.target = "PRK";
  s.root = "05";
  s.code = "057";
  s.first_date = "2024-06-19";
  s.last_date = "2024-06-21";
  s.modality = Modality::kAsserted;
  s.documents = 2;
  s.outlets = 1;
  s.mentions = {{"tass-1", 0, Modality::kAsserted, "2024-06-19", "TASS"},
                {"blog \"x\"", 3, Modality::kReported, "2024-06-21", ""}};
  return s;
}

TEST(AnalysisOutput, StoriesAsJsonLinesAndCsv) {
  std::string line;
  append_story_jsonl(line, sample_story());
  simdjson::dom::parser parser;
  auto root = parse(parser, line);
  EXPECT_EQ(int64_t(root["story_id"]), 7);
  EXPECT_EQ(std::string_view(root["code"]), "057");
  EXPECT_EQ(std::string_view(root["modality"]), "asserted");
  EXPECT_EQ(int64_t(root["documents"]), 2);
  auto mentions = simdjson::dom::array(root["mentions"]);
  ASSERT_EQ(mentions.size(), 2u);
  EXPECT_EQ(std::string_view(mentions.at(1)["doc_id"]), "blog \"x\"");
  EXPECT_TRUE(mentions.at(1)["outlet"].is_null());
  EXPECT_EQ(int64_t(mentions.at(1)["sentence"]), 3);
  std::string row;
  append_story_csv(row, sample_story());
  expect_csv_shape(story_csv_header(), row);
}

TEST(AnalysisOutput, WatchItemsAsJsonLinesAndCsv) {
  WatchItem w;
  w.id = 12;
  w.kind = WatchKind::kRedLine;
  w.status = WatchStatus::kTriggered;
  w.source = "KOR";
  w.target = "UKR";
  w.root = "07";
  w.code = "072";
  w.stated = {"paper", 4, "2024-06-21", "If Russia transfers, Seoul would arm Ukraine."};
  w.condition = WatchCondition{"RUS", "PRK", "07", "072", WatchStatus::kHappened,
                               {{"news", 0, "2024-07-01", Modality::kReported, "072"}}};
  std::string line;
  append_watch_jsonl(line, w);
  simdjson::dom::parser parser;
  auto root = parse(parser, line);
  EXPECT_EQ(std::string_view(root["kind"]), "red_line");
  EXPECT_EQ(std::string_view(root["status"]), "triggered");
  EXPECT_EQ(std::string_view(root["stated"]["text"]), w.stated.text);
  EXPECT_EQ(simdjson::dom::array(root["evidence"]).size(), 0u);
  EXPECT_EQ(std::string_view(root["condition"]["status"]), "happened");
  EXPECT_EQ(std::string_view(root["condition"]["evidence"].at(0)["doc_id"]), "news");
  w.condition.reset();
  line.clear();
  append_watch_jsonl(line, w);
  EXPECT_TRUE(parse(parser, line)["condition"].is_null());
  std::string row;
  append_watch_csv(row, w);
  expect_csv_shape(watch_csv_header(), row);
}

TEST(AnalysisOutput, SeriesRowsAndTrends) {
  SeriesRow r;
  r.period = "2024-06-17";
  r.start = "2024-06-17";
  r.end = "2024-06-23";
  r.events = 3;
  r.goldstein_sum = 0.1 + 0.2;  // binary noise is rounded away
  r.goldstein_mean = std::numeric_limits<double>::quiet_NaN();
  std::string line;
  append_series_jsonl(line, r);
  simdjson::dom::parser parser;
  auto root = parse(parser, line);
  EXPECT_DOUBLE_EQ(double(root["goldstein_sum"]), 0.3);
  EXPECT_TRUE(root["goldstein_mean"].is_null());
  EXPECT_EQ(int64_t(root["material_conflict"]), 0);
  EXPECT_EQ(int64_t(root["recommended"]), 0);
  std::string row;
  append_series_csv(row, r);
  expect_csv_shape(series_csv_header(), row);
  Trend t{"RUS", "UKR", "2024-12-23", "2024-12-29", 2, 1, 1, std::numeric_limits<double>::infinity(),
          "large"};
  line.clear();
  append_trend_jsonl(line, t);
  EXPECT_TRUE(parse(parser, line)["change"].is_null());
  row.clear();
  append_trend_csv(row, t);
  expect_csv_shape(trend_csv_header(), row);
}

TEST(AnalysisOutput, NetworksAsJsonGraphmlAndCsv) {
  Network n;
  n.nodes = {{"PRK", "North Korea", 0, 3}, {"RUS", "Russia & co <x>", 3, 0}};
  n.edges = {{"RUS", "PRK", 3, 2, 1.5, {2, 0, 0, 1}}};
  simdjson::dom::parser parser;
  auto root = parse(parser, network_json(n));
  EXPECT_EQ(std::string_view(root["nodes"].at(1)["name"]), "Russia & co <x>");
  EXPECT_EQ(int64_t(root["edges"].at(0)["stories"]), 2);
  std::string graphml = network_graphml(n);
  EXPECT_NE(graphml.find("edgedefault=\"directed\""), std::string::npos);
  EXPECT_NE(graphml.find("<data key=\"name\">Russia &amp; co &lt;x&gt;</data>"), std::string::npos);
  EXPECT_NE(graphml.find("<edge source=\"RUS\" target=\"PRK\"><data key=\"events\">3</data>"),
            std::string::npos);
  std::string csv = network_csv(n);
  EXPECT_NE(csv.find("RUS,PRK,Russia & co <x>,North Korea,3,2,1.5,2,0,0,1\n"), std::string::npos) << csv;
}

TEST(AnalysisOutput, TheEventConditionIsPrintedOnlyWhenPresent) {
  Event e;
  e.doc_id = "d";
  e.code = "072";
  e.root = "07";
  std::string plain;
  append_event_jsonl(plain, e);
  EXPECT_EQ(plain.find("condition"), std::string::npos);
  e.condition = EventCondition{Actor{"Russia", "RUS", "RUS", "", ""},
                               Actor{"North Korea", "PRK", "PRK", "", ""}, "072", "07", "transfers", 0};
  std::string with;
  append_event_jsonl(with, e);
  // The same line, with the condition before the closing brace.
  EXPECT_EQ(with.substr(0, plain.size() - 2), plain.substr(0, plain.size() - 2));
  simdjson::dom::parser parser;
  auto root = parse(parser, with);
  EXPECT_EQ(std::string_view(root["condition"]["source"]["country"]), "RUS");
  EXPECT_EQ(std::string_view(root["condition"]["verb"]), "transfers");
  EXPECT_EQ(int64_t(root["condition"]["sentence"]), 0);
}

}  // namespace
}  // namespace dyad
