// GET /healthz, /api/stats, /api/actors and /api/openapi.json.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "dyad/output.h"
#include "dyad/version.h"
#include "server/filter_params.h"
#include "server/routes.h"
#include "store/sql_session.h"

namespace dyad::server {
namespace {

constexpr const char* kDateRangeSql =
    "SELECT min(date), max(date) FROM events WHERE date IS NOT NULL";
// The busiest dyads, read from the covering index events_by_dyad.
constexpr const char* kTopDyadsSql =
    "SELECT source_entity, target_entity, count(*) AS n FROM events "
    "WHERE source_entity IS NOT NULL AND target_entity IS NOT NULL "
    "GROUP BY source_entity, target_entity ORDER BY n DESC, source_entity, target_entity LIMIT 10";

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// 0: the code is the query, 1: the code starts with it, 2: the name does,
// 3: the code or the name contains it; -1: no match.
int match_rank(const std::string& query, const std::string& code, const std::string& name) {
  std::string c = lower(code), n = lower(name);
  if (c == query) return 0;
  if (c.starts_with(query)) return 1;
  if (n.starts_with(query)) return 2;
  if (c.find(query) != std::string::npos || n.find(query) != std::string::npos) return 3;
  return -1;
}

Result<std::string> stats_json(Store& store, const EntityNames& names) {
  auto counts = store.counts();
  if (!counts.ok()) return counts.status();
  const StoreCounts& c = counts.value();
  std::string out = fmt::format(
      "{{\"documents\":{},\"failed_documents\":{},\"sentences\":{},\"events\":{}", c.documents,
      c.failed_documents, c.sentences, c.events);
  std::string first, last;
  store::SqlSession& session = store.sql_session();
  Status st = session.run(kDateRangeSql, {}, [&](const store::SqlRow& row) {
    first = row.text(0);
    last = row.text(1);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  out += ",\"first_date\":";
  first.empty() ? void(out += "null") : append_json_string(out, first);
  out += ",\"last_date\":";
  last.empty() ? void(out += "null") : append_json_string(out, last);
  out += ",\"top_dyads\":[";
  st = session.run(kTopDyadsSql, {}, [&](const store::SqlRow& row) {
    if (out.back() != '[') out += ',';
    std::string source = row.text(0), target = row.text(1);
    out += "{\"source\":";
    append_json_string(out, source);
    out += ",\"source_name\":";
    append_json_string(out, names.name(source));
    out += ",\"target\":";
    append_json_string(out, target);
    out += ",\"target_name\":";
    append_json_string(out, names.name(target));
    out += fmt::format(",\"events\":{}}}", row.integer(2));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return out + "]}";
}

}  // namespace

Reply serve_health(ServerContext& context, const ApiRequest&) {
  return with_reader(context, [&](Store& store) -> Result<Reply> {
    auto version = store.schema_version();
    if (!version.ok()) return version.status();
    return json_reply(fmt::format("{{\"status\":\"ok\",\"version\":\"{}\",\"schema_version\":{}}}",
                                  DYAD_VERSION, version.value()));
  });
}

Reply serve_stats(ServerContext& context, const ApiRequest&) {
  return with_reader(context, [&](Store& store) -> Result<Reply> {
    auto json = stats_json(store, context.names);
    if (!json.ok()) return json.status();
    return json_reply(std::move(json).value());
  });
}

Reply serve_actors(ServerContext& context, const ApiRequest& request) {
  int64_t limit = 0;
  int max = std::min(1000, context.options.max_page_size);
  if (Status st = read_page_size(request, "limit", max, std::min(20, max), limit); !st.ok()) {
    return error_reply(400, st.message());
  }
  std::string query = lower(request.param("q"));
  if (query.empty()) return error_reply(400, "q must not be empty");
  std::vector<std::tuple<int, std::string, std::string>> found;
  for (const auto& [code, name] : context.names.all()) {
    if (int rank = match_rank(query, code, name); rank >= 0) found.emplace_back(rank, code, name);
  }
  std::sort(found.begin(), found.end());
  if (static_cast<int64_t>(found.size()) > limit) found.resize(static_cast<size_t>(limit));
  std::string out = "{\"actors\":[";
  for (const auto& [rank, code, name] : found) {
    if (out.back() != '[') out += ',';
    out += "{\"code\":";
    append_json_string(out, code);
    out += ",\"name\":";
    append_json_string(out, name);
    out += '}';
  }
  return json_reply(out + "]}");
}

Reply serve_openapi(ServerContext&, const ApiRequest&) { return json_reply(openapi_json()); }

}  // namespace dyad::server
