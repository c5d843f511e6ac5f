// The read routes other than events, against a running server: documents,
// the analyses, actor search, statistics and health.
#include "server_test_support.h"

namespace dyad::testing {
namespace {

class ServerReads : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    ServerOptions options;
    options.web_dir = "/nonexistent/dyad-web";
    served_ = new ServedStore(known_documents(), options);
  }
  static void TearDownTestSuite() {
    delete served_;
    served_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(served_->running()); }

  static std::unique_ptr<Json> get_json(const std::string& target) {
    HttpReply reply = served_->get(target);
    EXPECT_EQ(reply.status, 200) << target << ": " << reply.body;
    EXPECT_EQ(reply.content_type, "application/json");
    return parse_json(reply.status == 200 ? reply.body : "{}");
  }

  static ServedStore* served_;
};
ServedStore* ServerReads::served_ = nullptr;

TEST_F(ServerReads, ADocumentHasItsTextSpansAndTheEventsOfEachSentence) {
  auto json = get_json("/api/documents/doc-04");
  simdjson::dom::element doc = json->root;
  std::string_view text = doc["text"].get_string().value();
  EXPECT_EQ(std::string_view(doc["date"].get_string().value()), "2024-06-05");
  EXPECT_EQ(doc["event_count"].get_int64().value(), 4);
  size_t sentences = 0;
  for (simdjson::dom::element s : doc["sentences"].get_array()) {
    int64_t begin = s["span"].at(0).get_int64(), end = s["span"].at(1).get_int64();
    std::string_view sentence = s["text"].get_string().value();
    EXPECT_EQ(text.substr(static_cast<size_t>(begin), static_cast<size_t>(end - begin)), sentence);
    size_t events = 0;
    for (simdjson::dom::element e : s["events"].get_array()) {
      EXPECT_EQ(e["sentence"].get_int64().value(), s["index"].get_int64().value());
      EXPECT_EQ(std::string_view(e["text"].get_string().value()), sentence);
      ++events;
    }
    EXPECT_EQ(events, 2u);
    ++sentences;
  }
  EXPECT_EQ(sentences, 2u);
}

TEST_F(ServerReads, AMissingDocumentIsA404) {
  expect_error(served_->get("/api/documents/doc-99"), 404, "no document \"doc-99\"");
  expect_error(served_->get("/api/documents/doc-00?x=1"), 400, "unknown parameter");
}

TEST_F(ServerReads, StoriesAreTheFactsOfATripleWithTheirMentions) {
  auto json = get_json("/api/stories?dyad=RUS-PRK&limit=1000");
  size_t stories = 0, mentions = 0;
  for (simdjson::dom::element s : json->root["stories"].get_array()) {
    EXPECT_EQ(std::string_view(s["root"].get_string().value()), "05");  // 190 is planned: no fact
    mentions += s["mentions"].get_array().size();
    ++stories;
  }
  EXPECT_EQ(mentions, 30u);  // every asserted RUS->PRK 057 event, once
  EXPECT_GT(stories, 1u);
  EXPECT_FALSE(json->root["truncated"].get_bool().value());
  auto one = get_json("/api/stories?dyad=RUS-PRK&limit=1");
  EXPECT_EQ(one->root["stories"].get_array().size(), 1u);
  EXPECT_TRUE(one->root["truncated"].get_bool().value());
  expect_error(served_->get("/api/stories?limit=1001"), 400, "limit must be from 1 to 1000");
}

TEST_F(ServerReads, TheWatchListHasThePlansWithTheirStatus) {
  auto json = get_json("/api/watch?dyad=RUS-PRK&limit=1000");
  size_t items = 0;
  for (simdjson::dom::element item : json->root["items"].get_array()) {
    EXPECT_EQ(std::string_view(item["kind"].get_string().value()), "plan");
    EXPECT_EQ(std::string_view(item["status"].get_string().value()), "open");  // no 19 fact follows
    ++items;
  }
  EXPECT_EQ(items, 30u);
  expect_error(served_->get("/api/watch?as_of=soon"), 400, "as_of takes");
}

TEST_F(ServerReads, SeriesCountsEveryPeriodOfTheDyad) {
  auto json = get_json("/api/series?dyad=RUS-PRK&by=month&count=events&modality=all");
  simdjson::dom::array rows = json->root["rows"].get_array();
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(std::string_view(rows.at(0)["period"].get_string().value()), "2024-06");
  EXPECT_EQ(rows.at(0)["events"].get_int64().value(), 60);
  EXPECT_EQ(rows.at(0)["planned"].get_int64().value(), 30);
  EXPECT_EQ(rows.at(0)["verbal_cooperation"].get_int64().value(), 60);  // make_event's quad class
  auto days = get_json("/api/series?dyad=RUS-PRK&by=day&count=events");  // facts only
  EXPECT_EQ(days->root["rows"].get_array().size(), 30u);
  EXPECT_EQ(days->root["rows"].at(0)["events"].get_int64().value(), 1);
  expect_error(served_->get("/api/series?by=month"), 400, "needs dyad, source or target");
  expect_error(served_->get("/api/series?dyad=RUS-PRK&by=hour"), 400, "by must be one of");
  expect_error(served_->get("/api/series?dyad=RUS-PRK&modality=certain"), 400, "modality takes");
  HttpReply csv = served_->get("/api/series?dyad=RUS-PRK&by=month&format=csv");
  EXPECT_TRUE(csv.body.starts_with("period,")) << csv.body;
}

TEST_F(ServerReads, TheNetworkWeighsEdgesByEvents) {
  auto json = get_json("/api/network?modality=all");
  std::map<std::string, int64_t> edges;
  for (simdjson::dom::element e : json->root["edges"].get_array()) {
    edges[std::string(e["source"].get_string().value()) + "-" +
          std::string(e["target"].get_string().value())] = e["events"].get_int64();
  }
  EXPECT_EQ(edges, (std::map<std::string, int64_t>{{"PRK-RUS", 30}, {"RUS-PRK", 60}, {"USA-RUS", 30}}));
  auto facts = get_json("/api/network?dyad=RUS-PRK");
  EXPECT_EQ(facts->root["edges"].at(0)["events"].get_int64().value(), 30);
  EXPECT_EQ(std::string_view(facts->root["nodes"].at(0)["name"].get_string().value()), "North Korea");
}

TEST_F(ServerReads, TrendsAnswerAListOfFlags) {
  auto json = get_json("/api/trends?as_of=2024-06-30");
  EXPECT_FALSE(json->root["trends"].get_array().error());
}

TEST_F(ServerReads, ActorsAreFoundByCodeOrName) {
  auto json = get_json("/api/actors?q=korea");
  std::vector<std::string> codes;
  for (simdjson::dom::element a : json->root["actors"].get_array()) {
    codes.emplace_back(a["code"].get_string().value());
  }
  EXPECT_NE(std::find(codes.begin(), codes.end(), "PRK"), codes.end());
  EXPECT_NE(std::find(codes.begin(), codes.end(), "KOR"), codes.end());
  auto exact = get_json("/api/actors?q=rus");
  EXPECT_EQ(std::string_view(exact->root["actors"].at(0)["code"].get_string().value()), "RUS");
  expect_error(served_->get("/api/actors"), 400, "parameter q is required");
}

TEST_F(ServerReads, StatsGiveCountsDatesAndTheBusiestDyads) {
  auto json = get_json("/api/stats");
  EXPECT_EQ(json->root["documents"].get_int64().value(), 30);
  EXPECT_EQ(json->root["events"].get_int64().value(), 120);
  EXPECT_EQ(std::string_view(json->root["first_date"].get_string().value()), "2024-06-01");
  EXPECT_EQ(std::string_view(json->root["last_date"].get_string().value()), "2024-06-30");
  simdjson::dom::element top = json->root["top_dyads"].at(0);
  EXPECT_EQ(std::string_view(top["source"].get_string().value()), "RUS");
  EXPECT_EQ(std::string_view(top["target"].get_string().value()), "PRK");
  EXPECT_EQ(top["events"].get_int64().value(), 60);
}

TEST_F(ServerReads, HealthSaysTheStoreAnswers) {
  auto json = get_json("/healthz");
  EXPECT_EQ(std::string_view(json->root["status"].get_string().value()), "ok");
  EXPECT_EQ(json->root["schema_version"].get_int64().value(), 3);  // 0003_attempts.sql
}

TEST_F(ServerReads, TheRootSaysHowToBuildTheDashboardWhenItIsMissing) {
  HttpReply reply = served_->get("/");
  EXPECT_EQ(reply.status, 200);
  EXPECT_NE(reply.body.find("make run"), std::string::npos);
}

}  // namespace
}  // namespace dyad::testing
