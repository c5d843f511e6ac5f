// GET /api/openapi.json against the running server: every route and
// parameter it describes is served and taken, and the server serves and
// takes nothing it does not describe.
#include <set>

#include "server/api_spec.h"
#include "server_test_support.h"

namespace dyad::testing {
namespace {

// A valid value for each parameter name the API uses.
std::string example_value(const std::string& name, simdjson::dom::element schema) {
  simdjson::dom::array choices;
  if (!schema["enum"].get(choices)) return std::string(choices.at(0).get_string().value());
  static const std::map<std::string, std::string> kExamples = {
      {"source", "RUS"}, {"target", "PRK"}, {"dyad", "RUS-PRK"}, {"root", "05"},
      {"code", "057"}, {"from", "2024-06"}, {"to", "2024"}, {"doc", "doc-01"},
      {"page_size", "5"}, {"page_token", "3"}, {"with_total", "true"},
      {"coded_since", "2024-01-01"}, {"limit", "5"}, {"as_of", "2024-06-30"},
      {"modality", "facts"}, {"q", "rus"}, {"id", "doc-01"}};
  auto found = kExamples.find(name);
  EXPECT_NE(found, kExamples.end()) << "no example for parameter " << name;
  return found == kExamples.end() ? "x" : found->second;
}

// What a route needs to answer 200: series wants a dyad, actors a query, ...
std::string base_query(const std::string& path, const std::string& param) {
  if (path == "/api/series" && param != "source" && param != "target" && param != "dyad")
    return "dyad=RUS-PRK&";
  if (path == "/api/actors" && param != "q") return "q=rus&";
  return "";
}

class ServerOpenApi : public ::testing::Test {
 protected:
  void SetUp() override {
    served_ = std::make_unique<ServedStore>(known_documents());
    ASSERT_TRUE(served_->running());
    HttpReply reply = served_->get("/api/openapi.json");
    ASSERT_EQ(reply.status, 200);
    spec_ = parse_json(reply.body);
  }
  std::unique_ptr<ServedStore> served_;
  std::unique_ptr<Json> spec_;
};

TEST_F(ServerOpenApi, DescribesOpenApi31) {
  EXPECT_EQ(std::string_view(spec_->root["openapi"].get_string().value()), "3.1.0");
  EXPECT_FALSE(spec_->root["components"]["schemas"]["Error"].error());
}

TEST_F(ServerOpenApi, ListsExactlyTheRoutesOfTheIssue) {
  std::set<std::string> paths;
  for (auto [path, item] : spec_->root["paths"].get_object()) paths.emplace(path);
  EXPECT_EQ(paths, (std::set<std::string>{"/api/events", "/api/documents/{id}", "/api/stories",
                                          "/api/watch", "/api/series", "/api/trends",
                                          "/api/network", "/api/actors", "/api/stats",
                                          "/api/code", "/healthz", "/api/openapi.json"}));
}

TEST_F(ServerOpenApi, EveryDescribedGetRouteAndParameterIsServed) {
  for (auto [path_view, item] : spec_->root["paths"].get_object()) {
    std::string path(path_view);
    simdjson::dom::object get;
    if (item["get"].get(get)) continue;
    std::string target = path;
    if (size_t brace = target.find("{id}"); brace != std::string::npos) target.replace(brace, 4, "doc-01");
    EXPECT_EQ(served_->get(target + "?" + base_query(path, "")).status, 200) << path;
    for (simdjson::dom::element p : get["parameters"].get_array()) {
      std::string name(p["name"].get_string().value());
      if (std::string_view(p["in"].get_string().value()) != "query") continue;
      std::string query = base_query(path, name) + name + "=" + example_value(name, p["schema"]);
      HttpReply reply = served_->get(target + "?" + query);
      EXPECT_EQ(reply.status, 200) << path << "?" << query << ": " << reply.body;
    }
    expect_error(served_->get(target + "?" + base_query(path, "") + "undescribed=1"), 400,
                 "unknown parameter \"undescribed\"");
  }
}

TEST_F(ServerOpenApi, TheCodeRouteTakesExactlyItsDescribedFields) {
  simdjson::dom::object properties = spec_->root["paths"]["/api/code"]["post"]["requestBody"]
                                                ["content"]["application/json"]["schema"]["properties"];
  std::string body = "{";
  for (auto [name, schema] : properties) {
    if (name == "html") continue;  // one of text and html
    std::string_view type = schema["type"].get_string().value();
    std::string value = type == "boolean" ? "false"
                        : name == "date"  ? "\"2024-06-21\""
                                          : "\"Russia signed a treaty with North Korea.\"";
    body += fmt::format("{}\"{}\":{}", body.size() > 1 ? "," : "", std::string(name), value);
  }
  body += "}";
  EXPECT_EQ(served_->post("/api/code", body).status, 200) << body;
  expect_error(served_->post("/api/code", R"({"text":"a","undescribed":1})"), 400, "unknown field");
}

TEST(ServerApiTable, EveryRouteIsDescribedWithItsParameters) {
  ServedStore served(known_documents());
  auto spec = parse_json(served.get("/api/openapi.json").body);
  for (const server::RouteSpec& route : server::api_routes()) {
    std::string method = route.method == "GET" ? "get" : "post";
    simdjson::dom::object op;
    ASSERT_FALSE(spec->root["paths"][route.path][method].get(op)) << route.path;
    std::set<std::string> described, listed;
    for (simdjson::dom::element p : op["parameters"].get_array()) {
      described.emplace(p["name"].get_string().value());
    }
    for (const auto* params : {&route.query, &route.path_params}) {
      for (const server::ParamSpec& p : *params) listed.emplace(p.name);
    }
    EXPECT_EQ(described, listed) << route.path;
  }
}

}  // namespace
}  // namespace dyad::testing
