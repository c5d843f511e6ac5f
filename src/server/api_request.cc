#include "server/api_request.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "dyad/output.h"

namespace dyad::server {
namespace {

bool is_integer(std::string_view text) {
  if (text.starts_with('-')) text.remove_prefix(1);
  return !text.empty() && text.size() <= 18 &&
         std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::string names_of(const std::vector<ParamSpec>& params) {
  std::string names;
  for (const ParamSpec& p : params) names += fmt::format("{}{}", names.empty() ? "" : ", ", p.name);
  return names.empty() ? "none" : names;
}

std::optional<std::string> check_value(const ParamSpec& p, const std::string& value) {
  bool flag = false;
  if (p.type == ParamType::kInteger && !is_integer(value)) {
    return fmt::format("{} must be an integer, got \"{}\"", p.name, value);
  }
  if (p.type == ParamType::kBoolean && !parse_boolean(value, flag)) {
    return fmt::format("{} must be true or false, got \"{}\"", p.name, value);
  }
  if (!p.choices.empty() &&
      std::find(p.choices.begin(), p.choices.end(), value) == p.choices.end()) {
    std::string choices;
    for (std::string_view c : p.choices) choices += fmt::format("{}{}", choices.empty() ? "" : ", ", c);
    return fmt::format("{} must be one of {}, got \"{}\"", p.name, choices, value);
  }
  return std::nullopt;
}

}  // namespace

const std::string& ApiRequest::param(std::string_view name) const {
  static const std::string kNone;
  auto found = query.find(name);
  return found == query.end() ? kNone : found->second;
}

std::string error_json(int status, std::string_view message) {
  std::string out = fmt::format("{{\"error\":{{\"status\":{},\"message\":", status);
  append_json_string(out, message);
  out += "}}";
  return out;
}

Reply json_reply(std::string body) { return Reply{200, "application/json", std::move(body)}; }

Reply csv_reply(std::string body, std::string_view file_name) {
  Reply reply{200, "text/csv; charset=utf-8", std::move(body)};
  reply.headers.emplace_back("Content-Disposition",
                             fmt::format("attachment; filename=\"{}\"", file_name));
  return reply;
}

Reply error_reply(int status, std::string_view message) {
  return Reply{status, "application/json", error_json(status, message)};
}

std::optional<Reply> check_query(const RouteSpec& route, const ApiRequest& request) {
  for (const auto& [name, value] : request.query) {
    auto spec = std::find_if(route.query.begin(), route.query.end(),
                             [&](const ParamSpec& p) { return p.name == name; });
    if (spec == route.query.end()) {
      return error_reply(400, fmt::format("unknown parameter \"{}\" ({} takes: {})", name,
                                          route.path, names_of(route.query)));
    }
    if (request.query.count(name) > 1) {
      return error_reply(400, fmt::format("parameter {} is given more than once", name));
    }
    if (auto why = check_value(*spec, value)) return error_reply(400, *why);
  }
  for (const ParamSpec& p : route.query) {
    if (p.required && !request.has(p.name)) {
      return error_reply(400, fmt::format("parameter {} is required", p.name));
    }
  }
  return std::nullopt;
}

bool wants_csv(const ApiRequest& request) { return request.param("format") == "csv"; }

}  // namespace dyad::server
