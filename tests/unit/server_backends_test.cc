// The server on each backend: SQLite always, PostgreSQL when DYAD_TEST_PG
// names a server (CTest store.postgres runs these through
// scripts/pg-test-cluster). The same requests give the same answers.
#include "server_test_support.h"

namespace dyad::testing {
namespace {

class ServerBackends : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres" && !test_postgres_location()) {
      GTEST_SKIP() << "DYAD_TEST_PG is not set; scripts/pg-test-cluster runs these with a server";
    }
    served_ = std::make_unique<ServedStore>(known_documents(), ServerOptions{}, StoreOptions{},
                                            GetParam());
    ASSERT_TRUE(served_->running());
  }
  int64_t integer(const std::string& target, const char* key) {
    HttpReply reply = served_->get(target);
    EXPECT_EQ(reply.status, 200) << target << ": " << reply.body;
    int64_t value = -1;
    EXPECT_FALSE(parse_json(reply.body)->root[key].get(value)) << reply.body;
    return value;
  }
  std::unique_ptr<ServedStore> served_;
};

TEST_P(ServerBackends, PagesTotalsAndIncrementalPulls) {
  EXPECT_EQ(integer("/api/events?dyad=RUS-PRK&page_size=7&with_total=true", "total"), 60);
  EXPECT_EQ(integer("/api/events?coded_since=2000-01-01&with_total=true&page_size=1", "total"), 120);
  EXPECT_EQ(integer("/api/events?coded_since=2999-01-01&with_total=true", "total"), 0);
  std::string token;
  size_t events = 0;
  for (int pages = 0; pages < 20; ++pages) {
    HttpReply reply = served_->get("/api/events?root=19&page_size=8" +
                                   (token.empty() ? "" : "&page_token=" + token));
    auto json = parse_json(reply.body);
    events += json->root["events"].get_array().size();
    std::string_view next;
    if (json->root["next_page_token"].get(next)) break;  // null: the last page
    token = std::string(next);
  }
  EXPECT_EQ(events, 30u);
}

TEST_P(ServerBackends, DocumentsAnalysesAndStoredCoding) {
  EXPECT_EQ(integer("/api/documents/doc-03", "event_count"), 4);
  EXPECT_EQ(integer("/api/stats", "events"), 120);
  HttpReply series = served_->get("/api/series?dyad=RUS-PRK&by=month&count=events&modality=all");
  EXPECT_NE(series.body.find("\"events\":60"), std::string::npos) << series.body;
  HttpReply coded = served_->post(
      "/api/code", R"({"id":"wire-9","store":true,"text":"Russia signed a treaty with North Korea.","date":"2024-07-02"})");
  ASSERT_EQ(coded.status, 200) << coded.body;
  EXPECT_EQ(integer("/api/events?doc=wire-9&with_total=true", "total"), 2);
  EXPECT_EQ(integer("/api/stats", "documents"), 31);
}

INSTANTIATE_TEST_SUITE_P(Backends, ServerBackends, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dyad::testing
