// GET /api/stories, /api/watch, /api/series, /api/trends, /api/network: the
// analyses of dyad/analysis.h with the parameters of their commands,
// rendered by dyad/analysis_output.h. A list longer than `limit` is cut and
// says so ("truncated": true).
#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "dyad/analysis_output.h"
#include "server/event_json.h"
#include "server/filter_params.h"
#include "server/routes.h"

namespace dyad::server {
namespace {

constexpr int64_t kDefaultLimit = 100;

int max_page(const ServerContext& context) { return std::min(1000, context.options.max_page_size); }

Status read_limit(const ServerContext& context, const ApiRequest& request, int64_t& limit) {
  int max = max_page(context);
  return read_page_size(request, "limit", max, std::min<int64_t>(kDefaultLimit, max), limit);
}

// {"<key>":[...],"truncated":bool} or CSV, from rows rendered one per line.
template <class Row, class Jsonl, class Csv>
Reply list_reply(const ApiRequest& request, const char* key, std::vector<Row> rows, size_t limit,
                 Jsonl jsonl, Csv csv, const std::string& csv_header) {
  bool truncated = rows.size() > limit;
  if (truncated) rows.resize(limit);
  std::string lines = wants_csv(request) ? csv_header : std::string();
  for (const Row& row : rows) {
    if (wants_csv(request)) csv(lines, row);
    else jsonl(lines, row);
  }
  if (wants_csv(request)) return csv_reply(std::move(lines), fmt::format("{}.csv", key));
  std::string out = fmt::format("{{\"{}\":", key);
  append_lines_as_array(out, lines);
  out += fmt::format(",\"truncated\":{}}}", truncated);
  return json_reply(std::move(out));
}

// Runs `analyse(store)` (a Result of a list) on a reader and answers the list.
template <class Analyse, class Jsonl, class Csv>
Reply serve_list(ServerContext& context, const ApiRequest& request, const char* key, size_t limit,
                 const Analyse& analyse, Jsonl jsonl, Csv csv, const std::string& csv_header) {
  return with_reader(context, [&](Store& store) -> Result<Reply> {
    auto rows = analyse(store);
    if (!rows.ok()) return rows.status();
    return list_reply(request, key, std::move(rows).value(), limit, jsonl, csv, csv_header);
  });
}

Reply bad_request(const Status& status) { return error_reply(400, status.message()); }

}  // namespace

Reply serve_stories(ServerContext& context, const ApiRequest& request) {
  EventFilter filter;
  int64_t limit = 0;
  if (Status st = read_event_filter(request, filter); !st.ok()) return bad_request(st);
  if (Status st = read_limit(context, request, limit); !st.ok()) return bad_request(st);
  filter.limit = limit + 1;
  return serve_list(context, request, "stories", limit,
                    [&](Store& store) { return list_stories(store, filter); }, append_story_jsonl,
                    append_story_csv, story_csv_header());
}

Reply serve_watch(ServerContext& context, const ApiRequest& request) {
  WatchOptions options{.threats = context.threats};
  int64_t limit = 0;
  for (Status st : {read_event_filter(request, options.filter), read_as_of(request, options.as_of),
                    read_limit(context, request, limit)}) {
    if (!st.ok()) return bad_request(st);
  }
  return serve_list(context, request, "items", limit,
                    [&](Store& store) { return watch_list(store, options); }, append_watch_jsonl,
                    append_watch_csv, watch_csv_header());
}

Reply serve_series(ServerContext& context, const ApiRequest& request) {
  SeriesOptions options;
  if (Status st = read_selection(request, options.filter, options.modalities); !st.ok()) {
    return bad_request(st);
  }
  if (options.filter.source.empty() && options.filter.target.empty()) {
    return error_reply(400, "series needs dyad, source or target");
  }
  const std::string& by = request.param("by");
  options.by = by == "day" ? Period::kDay : by == "month" ? Period::kMonth
               : by == "year" ? Period::kYear : Period::kWeek;
  options.count = request.param("count") == "events" ? SeriesUnit::kEvents : SeriesUnit::kStories;
  // Every period: a series is never cut.
  return serve_list(context, request, "rows", std::numeric_limits<size_t>::max(),
                    [&](Store& store) { return time_series(store, options); }, append_series_jsonl,
                    append_series_csv, series_csv_header());
}

Reply serve_trends(ServerContext& context, const ApiRequest& request) {
  TrendOptions options;
  int64_t limit = 0;
  for (Status st : {read_as_of(request, options.as_of), read_limit(context, request, limit)}) {
    if (!st.ok()) return bad_request(st);
  }
  return serve_list(context, request, "trends", limit,
                    [&](Store& store) { return trends(store, options); }, append_trend_jsonl,
                    append_trend_csv, trend_csv_header());
}

Reply serve_network(ServerContext& context, const ApiRequest& request) {
  NetworkOptions options;
  if (Status st = read_selection(request, options.filter, options.modalities); !st.ok()) {
    return bad_request(st);
  }
  return with_reader(context, [&](Store& store) -> Result<Reply> {
    auto network = event_network(store, options, context.names);
    if (!network.ok()) return network.status();
    if (wants_csv(request)) return csv_reply(network_csv(network.value()), "network.csv");
    return json_reply(network_json(network.value()));
  });
}

}  // namespace dyad::server
