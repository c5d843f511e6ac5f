// GET /api/events against a running server: every filter, keyset paging,
// totals, incremental pulls, CSV, and the errors of bad parameters.
#include <set>

#include "server_test_support.h"

namespace dyad::testing {
namespace {

class ServerEvents : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { served_ = new ServedStore(known_documents()); }
  static void TearDownTestSuite() {
    delete served_;
    served_ = nullptr;
  }
  void SetUp() override { ASSERT_TRUE(served_->running()); }

  // The events of one page: (event_id, source entity, target entity, code, modality, date).
  struct Page {
    std::vector<int64_t> ids;
    std::vector<std::string> dyads, codes, modalities, dates, doc_ids;
    std::string next_token;  // "" for null
    int64_t total = -1;
  };
  static Page page(const std::string& query) {
    HttpReply reply = served_->get("/api/events?" + query);
    EXPECT_EQ(reply.status, 200) << query << ": " << reply.body;
    Page p;
    if (reply.status != 200) return p;
    auto json = parse_json(reply.body);
    for (simdjson::dom::element e : json->root["events"].get_array()) {
      p.ids.push_back(e["event_id"].get_int64());
      p.dyads.push_back(std::string(e["source"]["country"].get_string().value()) + "-" +
                        std::string(e["target"]["country"].get_string().value()));
      p.codes.emplace_back(e["code"].get_string().value());
      p.modalities.emplace_back(e["modality"].get_string().value());
      p.dates.emplace_back(e["date"].get_string().value());
      p.doc_ids.emplace_back(e["doc_id"].get_string().value());
    }
    std::string_view token;
    if (!json->root["next_page_token"].get(token)) p.next_token = std::string(token);
    int64_t total = 0;
    if (!json->root["total"].get(total)) p.total = total;
    return p;
  }
  static size_t count(const std::string& query) { return page(query + "&page_size=1000").ids.size(); }

  static ServedStore* served_;
};
ServedStore* ServerEvents::served_ = nullptr;

TEST_F(ServerEvents, EveryFilterOfDyadQuerySelects) {
  EXPECT_EQ(count("dyad=RUS-PRK"), 60u);
  EXPECT_EQ(count("source=RUS"), 60u);
  EXPECT_EQ(count("target=RUS"), 60u);
  EXPECT_EQ(count("source=USA&target=RUS"), 30u);
  EXPECT_EQ(count("root=19"), 30u);
  EXPECT_EQ(count("code=057"), 30u);
  EXPECT_EQ(count("modality=planned"), 30u);
  EXPECT_EQ(count("from=2024-06-10&to=2024-06-19"), 40u);
  EXPECT_EQ(count("from=2024-06&to=2024-06"), 120u);
  EXPECT_EQ(count("from=2025"), 0u);
  EXPECT_EQ(count("doc=doc-07"), 4u);
  EXPECT_EQ(count("dyad=RUS-PRK&modality=asserted&from=2024-06-29"), 2u);
  Page p = page("dyad=PRK-RUS&page_size=1000");
  for (size_t i = 0; i < p.ids.size(); ++i) {
    EXPECT_EQ(p.dyads[i], "PRK-RUS");
    EXPECT_EQ(p.codes[i], "042");
    EXPECT_EQ(p.modalities[i], "reported");
  }
}

TEST_F(ServerEvents, KeysetPagesCoverEveryEventOnceInIdOrder) {
  std::vector<int64_t> all;
  std::string token;
  int pages = 0;
  do {
    Page p = page("dyad=RUS-PRK&page_size=7" + (token.empty() ? "" : "&page_token=" + token));
    EXPECT_LE(p.ids.size(), 7u);
    all.insert(all.end(), p.ids.begin(), p.ids.end());
    token = p.next_token;
    ASSERT_LT(++pages, 20);
  } while (!token.empty());
  EXPECT_EQ(pages, 9);  // 60 events: 8 pages of 7 and one of 4
  EXPECT_EQ(all.size(), 60u);
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
  EXPECT_EQ(std::set<int64_t>(all.begin(), all.end()).size(), 60u);
}

TEST_F(ServerEvents, ALastFullPageHasNoNextToken) {
  Page p = page("doc=doc-03&page_size=4");
  EXPECT_EQ(p.ids.size(), 4u);
  EXPECT_EQ(p.next_token, "");
  EXPECT_EQ(page("doc=doc-03&page_size=3").next_token, std::to_string(p.ids[2]));
}

TEST_F(ServerEvents, WithTotalCountsEveryMatchWhateverThePage) {
  Page first = page("root=05&page_size=5&with_total=true");
  EXPECT_EQ(first.total, 30);
  Page later = page("root=05&page_size=5&with_total=true&page_token=" + first.next_token);
  EXPECT_EQ(later.total, 30);
  EXPECT_EQ(page("root=05&page_size=5").total, -1);  // not asked: absent
}

TEST_F(ServerEvents, CodedSinceKeepsDocumentsStoredSinceThen) {
  EXPECT_EQ(count("coded_since=2000-01-01"), 120u);
  EXPECT_EQ(count("coded_since=2000-01-01T00:00:00Z&dyad=USA-RUS"), 30u);
  EXPECT_EQ(count("coded_since=2999-01-01"), 0u);
}

TEST_F(ServerEvents, CsvIsThePageWithItsTokenInAHeader) {
  HttpReply reply = served_->get("/api/events?dyad=RUS-PRK&format=csv&page_size=10&with_total=true");
  ASSERT_EQ(reply.status, 200);
  EXPECT_EQ(reply.content_type, "text/csv; charset=utf-8");
  EXPECT_EQ(std::count(reply.body.begin(), reply.body.end(), '\n'), 11);  // header + 10 rows
  EXPECT_TRUE(reply.body.starts_with("doc_id,"));
  EXPECT_FALSE(reply.header("X-Next-Page-Token").empty());
  EXPECT_EQ(reply.header("X-Total-Count"), "60");
}

TEST_F(ServerEvents, EventsCarryTheirRowIdAndStory) {
  HttpReply reply = served_->get("/api/events?doc=doc-00&page_size=4");
  auto json = parse_json(reply.body);
  simdjson::dom::element first = json->root["events"].at(0);
  EXPECT_GT(first["event_id"].get_int64().value(), 0);
  EXPECT_GT(first["story_id"].get_int64().value(), 0);  // an asserted fact is in a story
  EXPECT_EQ(std::string_view(first["text"].get_string().value()), "Sentence 0 of doc-00.");
}

TEST_F(ServerEvents, BadParametersAre400sThatSayWhy) {
  expect_error(served_->get("/api/events?dayd=RUS-PRK"), 400, "unknown parameter \"dayd\"");
  expect_error(served_->get("/api/events?root=7"), 400, "root must be a two-digit");
  expect_error(served_->get("/api/events?code=5x"), 400, "code must be");
  expect_error(served_->get("/api/events?modality=certain"), 400, "modality must be one of");
  expect_error(served_->get("/api/events?dyad=RUSPRK"), 400, "SOURCE-TARGET");
  expect_error(served_->get("/api/events?dyad=RUS-PRK&source=RUS"), 400, "dyad cannot be given");
  expect_error(served_->get("/api/events?from=2024-13"), 400, "from takes");
  expect_error(served_->get("/api/events?page_size=0"), 400, "page_size must be from 1 to 1000");
  expect_error(served_->get("/api/events?page_size=1001"), 400, "page_size must be from 1 to 1000");
  expect_error(served_->get("/api/events?page_size=ten"), 400, "page_size must be an integer");
  expect_error(served_->get("/api/events?page_token=abc"), 400, "not a token");
  expect_error(served_->get("/api/events?with_total=maybe"), 400, "true or false");
  expect_error(served_->get("/api/events?coded_since=yesterday"), 400, "coded_since takes");
  expect_error(served_->get("/api/events?root=05&root=07"), 400, "more than once");
  expect_error(served_->get("/api/events?format=xml"), 400, "format must be one of json, csv");
}

TEST_F(ServerEvents, InjectionIsAValueNotSql) {
  EXPECT_EQ(count("source=RUS%27%20OR%20%271%27%3D%271"), 0u);
  EXPECT_EQ(count("doc=doc-00%27%3B%20DROP%20TABLE%20events%3B--"), 0u);
  EXPECT_EQ(count("dyad=RUS-PRK"), 60u);
}

TEST_F(ServerEvents, UnknownRoutesAndMethodsAreJson404s) {
  expect_error(served_->get("/api/nothing"), 404, "no route GET /api/nothing");
  expect_error(served_->post("/api/events", "{}"), 404, "no route POST /api/events");
}

TEST_F(ServerEvents, NoCorsHeadersAndOneLogLinePerRequest) {
  const std::string target = "/api/events?dyad=RUS-PRK&page_size=2&from=2024-06-03";
  HttpReply reply = served_->get(target);
  EXPECT_EQ(reply.header("Access-Control-Allow-Origin"), "");
  // The line is written once the reply is sent: wait for it, then for a second one.
  auto lines_of_target = [&] {
    std::vector<std::string> found;
    for (const std::string& line : served_->log()) {
      if (line.find(" GET " + target + " ") != std::string::npos) found.push_back(line);
    }
    return found;
  };
  for (int i = 0; i < 100 && lines_of_target().empty(); ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  std::vector<std::string> lines = lines_of_target();
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_NE(lines[0].find("127.0.0.1 GET " + target + " 200 "), std::string::npos) << lines[0];
  EXPECT_EQ(lines[0].find('\n'), std::string::npos);
}

}  // namespace
}  // namespace dyad::testing
