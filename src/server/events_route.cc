// GET /api/events: keyset paging over row ids. A page asks the store for one
// event more than it shows; that one tells whether a next page exists, and
// the token of the next page is the last shown event's id.
#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "dyad/ingest.h"
#include "dyad/output.h"
#include "server/event_json.h"
#include "server/filter_params.h"
#include "server/routes.h"

namespace dyad::server {
namespace {

constexpr int64_t kDefaultPageSize = 100;

bool digits_only(const std::string& text) {
  return !text.empty() && text.size() <= 18 &&
         text.find_first_not_of("0123456789") == std::string::npos;
}

Status read_page_token(const ApiRequest& request, EventFilter& filter) {
  if (!request.has("page_token")) return Status::Ok();
  const std::string& token = request.param("page_token");
  if (!digits_only(token)) {
    return Status::Error(fmt::format("page_token \"{}\" is not a token this server gave", token));
  }
  std::from_chars(token.data(), token.data() + token.size(), filter.after_id);
  return Status::Ok();
}

// YYYY-MM-DD (midnight UTC) or YYYY-MM-DDTHH:MM:SSZ, as the store's coded_at.
Status read_coded_since(const ApiRequest& request, EventFilter& filter) {
  if (!request.has("coded_since")) return Status::Ok();
  std::string text = request.param("coded_since");
  if (text.size() == 10) text += "T00:00:00Z";
  static constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:ddZ";
  bool shaped = text.size() == kShape.size();
  for (size_t i = 0; shaped && i < text.size(); ++i) {
    shaped = kShape[i] == 'd' ? text[i] >= '0' && text[i] <= '9' : text[i] == kShape[i];
  }
  if (!shaped || !is_valid_date(text.substr(0, 10))) {
    return Status::Error(fmt::format(
        "coded_since takes YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (UTC), got \"{}\"",
        request.param("coded_since")));
  }
  filter.coded_since = text;
  return Status::Ok();
}

struct Page {
  std::vector<StoredEvent> events;
  std::string next_token;  // empty on the last page
  int64_t total = -1;      // -1: not asked for
};

Result<Page> read_page(Store& store, EventFilter filter, int64_t page_size, bool with_total) {
  Page page;
  filter.limit = page_size + 1;
  Status status = store.query(filter, [&](const StoredEvent& e) {
    page.events.push_back(e);
    return Status::Ok();
  });
  if (!status.ok()) return status;
  if (static_cast<int64_t>(page.events.size()) > page_size) {
    page.events.pop_back();
    page.next_token = std::to_string(page.events.back().id);
  }
  if (with_total) {
    filter.after_id = 0;
    filter.limit = -1;
    auto total = count_events(store, filter);
    if (!total.ok()) return total.status();
    page.total = total.value();
  }
  return page;
}

Reply page_json(const Page& page) {
  std::string out = "{\"events\":[";
  for (const StoredEvent& e : page.events) {
    if (out.back() != '[') out += ',';
    append_event_json(out, e);
  }
  out += "],\"next_page_token\":";
  if (page.next_token.empty()) out += "null";
  else append_json_string(out, page.next_token);
  if (page.total >= 0) out += fmt::format(",\"total\":{}", page.total);
  out += '}';
  return json_reply(std::move(out));
}

// The CSV of the page; the next token and the total travel in headers.
Reply page_csv(const Page& page) {
  std::string out = csv_header();
  for (const StoredEvent& e : page.events) append_event_csv(out, e.event);
  Reply reply = csv_reply(std::move(out), "events.csv");
  if (!page.next_token.empty()) reply.headers.emplace_back("X-Next-Page-Token", page.next_token);
  if (page.total >= 0) reply.headers.emplace_back("X-Total-Count", std::to_string(page.total));
  return reply;
}

}  // namespace

Reply serve_events(ServerContext& context, const ApiRequest& request) {
  EventFilter filter;
  int64_t page_size = 0;
  int max = std::min(1000, context.options.max_page_size);
  for (Status st : {read_event_filter(request, filter), read_page_token(request, filter),
                    read_coded_since(request, filter),
                    read_page_size(request, "page_size", max, std::min<int64_t>(kDefaultPageSize, max), page_size)}) {
    if (!st.ok()) return error_reply(400, st.message());
  }
  bool with_total = false;
  parse_boolean(request.param("with_total"), with_total);
  return with_reader(context, [&](Store& store) -> Result<Reply> {
    auto page = read_page(store, filter, page_size, with_total);
    if (!page.ok()) return page.status();
    return wants_csv(request) ? page_csv(page.value()) : page_json(page.value());
  });
}

}  // namespace dyad::server
