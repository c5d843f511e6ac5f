// POST /api/code and the server's guards: the bearer token, the refusal
// beyond loopback, bad JSON, bodies past the limit, the query time limit,
// and the dashboard's files.
#include <fstream>

#include "server_test_support.h"

namespace dyad::testing {
namespace {

constexpr const char* kSentence =
    R"({"text":"Russia signed a treaty with North Korea on Wednesday.","date":"2024-06-21"})";

// Signing is joint: one event each way.
const std::vector<std::string> kTreatyEvents = {"RUS->PRK 057", "PRK->RUS 057"};

std::vector<std::string> event_triples(const std::string& body) {
  auto json = parse_json(body);
  std::vector<std::string> triples;
  for (simdjson::dom::element e : json->root["events"].get_array()) {
    triples.push_back(std::string(e["source"]["country"].get_string().value()) + "->" +
                      std::string(e["target"]["country"].get_string().value()) + " " +
                      std::string(e["code"].get_string().value()));
  }
  return triples;
}

TEST(ServerCode, TextInEventsOut) {
  ServedStore served(known_documents());
  ASSERT_TRUE(served.running());
  HttpReply reply = served.post("/api/code", kSentence);
  ASSERT_EQ(reply.status, 200) << reply.body;
  EXPECT_EQ(event_triples(reply.body), kTreatyEvents);
  auto json = parse_json(reply.body);
  EXPECT_FALSE(json->root["stored"].get_bool().value());
  EXPECT_EQ(std::string_view(json->root["events"].at(0)["date"].get_string().value()), "2024-06-19");
  // Not stored: the store still has its 120 events.
  EXPECT_NE(served.get("/api/stats").body.find("\"events\":120"), std::string::npos);
}

TEST(ServerCode, HtmlIsCodedFromItsArticleText) {
  ServedStore served(known_documents());
  std::string body = R"({"html":"<html><body><nav>Home | World</nav><article><p>Russia signed a treaty with North Korea on Wednesday.</p></article></body></html>","date":"2024-06-21"})";
  HttpReply reply = served.post("/api/code", body);
  ASSERT_EQ(reply.status, 200) << reply.body;
  EXPECT_EQ(event_triples(reply.body), kTreatyEvents);
}

TEST(ServerCode, StoreTrueWritesTheDocumentForTheReadRoutes) {
  ServedStore served(known_documents());
  std::string body = R"({"id":"wire-1","store":true,"text":"Russia signed a treaty with North Korea on Wednesday.","date":"2024-06-21"})";
  HttpReply reply = served.post("/api/code", body);
  ASSERT_EQ(reply.status, 200) << reply.body;
  EXPECT_TRUE(parse_json(reply.body)->root["stored"].get_bool().value());
  HttpReply doc = served.get("/api/documents/wire-1");
  ASSERT_EQ(doc.status, 200) << doc.body;
  EXPECT_NE(doc.body.find("\"event_count\":2"), std::string::npos);
  EXPECT_NE(served.get("/api/events?doc=wire-1").body.find("\"code\":\"057\""), std::string::npos);
}

TEST(ServerCode, BadBodiesAre400s) {
  ServedStore served(known_documents());
  expect_error(served.post("/api/code", "{\"text\": \"unterminated"), 400, "not JSON");
  expect_error(served.post("/api/code", "[1,2]"), 400, "must be a JSON object");
  expect_error(served.post("/api/code", "{}"), 400, "exactly one of \"text\" and \"html\"");
  expect_error(served.post("/api/code", R"({"text":"a","html":"b"})"), 400, "exactly one");
  expect_error(served.post("/api/code", R"({"text":7})"), 400, "\"text\" must be a string");
  expect_error(served.post("/api/code", R"({"text":"a","store":"yes"})"), 400, "true or false");
  expect_error(served.post("/api/code", R"({"text":"a","date":"21 June"})"), 400, "YYYY-MM-DD");
  expect_error(served.post("/api/code", R"({"text":"a","verbose":true})"), 400, "unknown field");
  expect_error(served.post("/api/code?store=true", kSentence), 400, "unknown parameter");
  expect_error(served.post("/api/code", "{\"text\":\"\xff\xfe\"}"), 400, "not JSON");
}

TEST(ServerCode, BodiesPastTheLimitAre413s) {
  ServerOptions options;
  options.max_body_bytes = 4096;
  ServedStore served(known_documents(), options);
  std::string huge = R"({"text":")" + std::string(5000, 'a') + R"("})";
  expect_error(served.post("/api/code", huge), 413, "larger than the limit");
  EXPECT_EQ(served.post("/api/code", kSentence).status, 200);  // the server goes on
}

TEST(ServerCode, TheTokenGuardsCoding) {
  ServerOptions options;
  options.token = "s3cret-token-of-the-test";
  ServedStore served(known_documents(), options);
  HttpReply missing = served.post("/api/code", kSentence);
  expect_error(missing, 401, "Authorization: Bearer");
  EXPECT_EQ(missing.header("WWW-Authenticate"), "Bearer");
  expect_error(served.post("/api/code", kSentence, {{"Authorization", "Bearer wrong"}}), 401, "Bearer");
  expect_error(served.post("/api/code", kSentence, {{"Authorization", "Bearer s3cret-token-of-the-tes"}}),
               401, "Bearer");
  EXPECT_EQ(served.post("/api/code", kSentence, {{"Authorization", "Bearer s3cret-token-of-the-test"}})
                .status, 200);
  EXPECT_EQ(served.get("/api/events?page_size=1").status, 200);  // reading needs no token
}

TEST(ServerCode, BeyondLoopbackWithoutATokenCodingIsRefused) {
  ServerOptions options;
  options.bind = "0.0.0.0";  // reached here through 127.0.0.1 only
  ServedStore served(known_documents(), options);
  ASSERT_TRUE(served.running());
  expect_error(served.post("/api/code", kSentence), 403, "beyond loopback");
  EXPECT_EQ(served.get("/api/events?page_size=1").status, 200);
}

TEST(ServerCode, AQueryPastTheTimeLimitIsStoppedWithA503) {
  std::vector<StoredDocument> many;
  for (int i = 0; i < 6000; ++i) many.push_back(make_document(fmt::format("bulk-{}", i), 10));
  ServerOptions options;
  options.query_time_limit_ms = 1;
  ServedStore served(many, options, StoreOptions{.keep_stories = false});
  ASSERT_TRUE(served.running());
  // No event is negated: the page's query reads all 60,000 rows for none.
  expect_error(served.get("/api/events?modality=negated&with_total=true"), 503,
               "longer than the limit of 1 ms");
  EXPECT_EQ(served.get("/api/events?page_size=1").status, 200);  // the next request runs
}

TEST(ServerCode, AStoreDeadlineInThePastStopsQueries) {
  ScratchStore scratch("sqlite");
  std::vector<StoredDocument> docs;
  for (int i = 0; i < 500; ++i) docs.push_back(make_document(fmt::format("d-{}", i), 10));
  {
    auto store = open_store(scratch.location());
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(store.value()->write(docs).ok());
  }
  auto store = open_store(scratch.location(), StoreOptions{.read_only = true});
  ASSERT_TRUE(store.ok());
  ASSERT_TRUE(store.value()->set_deadline(std::chrono::steady_clock::now()).ok());
  Status st = store.value()->query({}, [](const StoredEvent&) { return Status::Ok(); });
  EXPECT_FALSE(st.ok());
  ASSERT_TRUE(store.value()->set_deadline({}).ok());
  size_t events = 0;
  st = store.value()->query({}, [&](const StoredEvent&) { return ++events, Status::Ok(); });
  EXPECT_TRUE(st.ok()) << st.message();
  EXPECT_EQ(events, 5000u);
}

TEST(ServerCode, TheDashboardIsServedAtTheRoot) {
  ScratchStore web("sqlite");  // a temporary folder for the page
  std::ofstream(web.folder() / "index.html") << "<!doctype html><title>dyad dashboard</title>";
  ServerOptions options;
  options.web_dir = web.folder().string();
  ServedStore served(known_documents(), options);
  HttpReply page = served.get("/");
  EXPECT_EQ(page.status, 200);
  EXPECT_NE(page.body.find("dyad dashboard"), std::string::npos);
  EXPECT_EQ(page.content_type.rfind("text/html", 0), 0u);
  EXPECT_EQ(served.get("/api/stats").status, 200);  // the API beside it
}

TEST(ServerCode, APortInUseIsAnError) {
  ServedStore first(known_documents());
  ASSERT_TRUE(first.running());
  ServerOptions options;
  options.db = first.location();
  options.port = first.port();
  auto second = Server::start(options);
  ASSERT_FALSE(second.ok());
  EXPECT_NE(second.status().message().find("cannot listen"), std::string::npos);
  options.db = "/nonexistent/store.sqlite";
  options.port = 0;
  EXPECT_FALSE(Server::start(options).ok());
}

}  // namespace
}  // namespace dyad::testing
