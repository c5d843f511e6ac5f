// A request as the route handlers see it, and the reply they return: plain
// data, apart from the HTTP library (server.cc converts both), so handlers
// are tested without a socket.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "server/api_spec.h"

namespace dyad::server {

struct ApiRequest {
  std::multimap<std::string, std::string, std::less<>> query;  // decoded query parameters
  std::string path_id;        // the {id} of a path such as /api/documents/{id}
  std::string body;
  std::string authorization;  // the Authorization header

  // The value of a query parameter, or "" when absent.
  const std::string& param(std::string_view name) const;
  bool has(std::string_view name) const { return query.find(name) != query.end(); }
};

struct Reply {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers{};
};

Reply json_reply(std::string body);
Reply csv_reply(std::string body, std::string_view file_name);
// {"error": {"status": N, "message": "..."}}
Reply error_reply(int status, std::string_view message);
std::string error_json(int status, std::string_view message);

// A 400 reply when the query holds a parameter the route does not list, one
// twice, a required one missing, a value outside its choices or not of its
// type; nullopt when the query is well formed.
std::optional<Reply> check_query(const RouteSpec& route, const ApiRequest& request);

// "csv" when the request asks format=csv.
bool wants_csv(const ApiRequest& request);

}  // namespace dyad::server
