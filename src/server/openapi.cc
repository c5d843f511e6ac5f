// GET /api/openapi.json: OpenAPI 3.1 rendered from the route table, so the
// description lists exactly the routes and parameters the server takes.
#include <fmt/format.h>

#include "dyad/output.h"
#include "dyad/version.h"
#include "server/routes.h"

namespace dyad::server {
namespace {

std::string quoted(std::string_view text) {
  std::string out;
  append_json_string(out, text);
  return out;
}

const char* type_name(ParamType type) {
  switch (type) {
    case ParamType::kInteger: return "integer";
    case ParamType::kBoolean: return "boolean";
    case ParamType::kString: break;
  }
  return "string";
}

std::string schema(const ParamSpec& p) {
  std::string out = fmt::format("{{\"type\":\"{}\"", type_name(p.type));
  if (!p.choices.empty()) {
    out += ",\"enum\":[";
    for (size_t i = 0; i < p.choices.size(); ++i) {
      if (i) out += ',';
      out += quoted(p.choices[i]);
    }
    out += ']';
  }
  return out + "}";
}

std::string parameter(const ParamSpec& p, const char* in) {
  return fmt::format("{{\"name\":{},\"in\":\"{}\",\"required\":{},\"description\":{},\"schema\":{}}}",
                     quoted(p.name), in, p.required || std::string_view(in) == "path",
                     quoted(p.description), schema(p));
}

std::string request_body(const RouteSpec& r) {
  std::string properties;
  for (const ParamSpec& p : r.body) {
    std::string s = schema(p);
    s.insert(s.size() - 1, ",\"description\":" + quoted(p.description));
    properties += fmt::format("{}{}:{}", properties.empty() ? "" : ",", quoted(p.name), s);
  }
  return fmt::format(
      ",\"requestBody\":{{\"required\":true,\"content\":{{\"application/json\":{{\"schema\":"
      "{{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{{{}}}}}}}}}}}",
      properties);
}

std::string responses(const RouteSpec& r) {
  std::string ok = "{\"description\":\"the result\",\"content\":{\"application/json\":{}";
  if (r.csv) ok += ",\"text/csv\":{}";
  ok += "}}";
  std::string out = fmt::format("{{\"200\":{}", ok);
  for (const char* status : {"400", "401", "403", "404", "413", "422", "500", "503"}) {
    out += fmt::format(",\"{}\":{{\"$ref\":\"#/components/responses/Error\"}}", status);
  }
  return out + "}";
}

std::string operation(const RouteSpec& r) {
  std::string params;
  auto add = [&params](const std::string& one) {
    if (!params.empty()) params += ',';
    params += one;
  };
  for (const ParamSpec& p : r.path_params) add(parameter(p, "path"));
  for (const ParamSpec& p : r.query) add(parameter(p, "query"));
  std::string out = fmt::format("{{\"summary\":{},\"parameters\":[{}]", quoted(r.summary), params);
  if (!r.body.empty()) out += request_body(r);
  if (r.id == RouteId::kCode) out += ",\"security\":[{},{\"bearer\":[]}]";
  return out + ",\"responses\":" + responses(r) + "}";
}

constexpr const char* kComponents =
    "\"components\":{\"securitySchemes\":{\"bearer\":{\"type\":\"http\",\"scheme\":\"bearer\"}},"
    "\"responses\":{\"Error\":{\"description\":\"an error\",\"content\":{\"application/json\":"
    "{\"schema\":{\"$ref\":\"#/components/schemas/Error\"}}}}},"
    "\"schemas\":{\"Error\":{\"type\":\"object\",\"required\":[\"error\"],\"properties\":{"
    "\"error\":{\"type\":\"object\",\"required\":[\"status\",\"message\"],\"properties\":{"
    "\"status\":{\"type\":\"integer\"},\"message\":{\"type\":\"string\"}}}}}}}";

}  // namespace

std::string openapi_json() {
  std::string out = fmt::format(
      "{{\"openapi\":\"3.1.0\",\"info\":{{\"title\":\"dyad\",\"version\":\"{}\",\"description\":"
      "\"Events coded from news text: who did what to whom, when, and how the text holds it\"}},"
      "\"paths\":{{",
      DYAD_VERSION);
  bool first = true;
  for (const RouteSpec& r : api_routes()) {
    out += fmt::format("{}{}:{{\"{}\":{}}}", first ? "" : ",", quoted(r.path),
                       r.method == "GET" ? "get" : "post", operation(r));
    first = false;
  }
  return out + "}," + kComponents + "}";
}

}  // namespace dyad::server
