// The API as one table: every route with its parameters. The server
// registers its routes from it and refuses parameters it does not list, and
// GET /api/openapi.json is rendered from it, so the description and the
// server cannot disagree (tests/unit/server_openapi_test.cc checks both).
#pragma once

#include <string_view>
#include <vector>

namespace dyad::server {

enum class ParamType { kString, kInteger, kBoolean };

struct ParamSpec {
  std::string_view name;
  ParamType type = ParamType::kString;
  std::string_view description;
  std::vector<std::string_view> choices{};  // empty: any value of the type
  bool required = false;
};

enum class RouteId {
  kEvents, kDocument, kStories, kWatch, kSeries, kTrends, kNetwork,
  kActors, kStats, kCode, kHealth, kOpenApi,
};

struct RouteSpec {
  RouteId id;
  std::string_view method;  // "GET" or "POST"
  std::string_view path;    // OpenAPI form: /api/documents/{id}
  std::string_view summary;
  std::vector<ParamSpec> query{};  // query string parameters
  std::vector<ParamSpec> path_params{};
  std::vector<ParamSpec> body{};   // fields of a JSON object body (POST)
  bool csv = false;                // format=csv answers text/csv
};

const std::vector<RouteSpec>& api_routes();
const RouteSpec& route_spec(RouteId id);

// "true", "1" -> true; "false", "0" -> false; anything else is not a boolean.
bool parse_boolean(std::string_view text, bool& value);

}  // namespace dyad::server
