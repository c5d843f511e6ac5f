#include "server/api_spec.h"


namespace dyad::server {
namespace {

using P = ParamSpec;
using T = ParamType;

const P kSource{"source", T::kString, "source entity: a country (RUS) or an organisation (NATO)"};
const P kTarget{"target", T::kString, "target entity: a country or an organisation"};
const P kDyad{"dyad", T::kString, "source and target entities, SOURCE-TARGET (e.g. RUS-PRK); "
                                  "not with source or target"};
const P kRoot{"root", T::kString, "CAMEO root code, two digits (e.g. 07)"};
const P kCode{"code", T::kString, "CAMEO event code, 2 to 4 digits (e.g. 057)"};
const P kModality{"modality", T::kString, "one modality",
                  {"asserted", "reported", "negated", "planned", "possible", "recommended"}};
const P kFrom{"from", T::kString, "on or after this date: YYYY, YYYY-MM or YYYY-MM-DD"};
const P kTo{"to", T::kString, "on or before this date: YYYY, YYYY-MM or YYYY-MM-DD"};
const P kDoc{"doc", T::kString, "of this document id"};
const P kLimit{"limit", T::kInteger, "at most this many results (default 100, at most the "
                                     "server's page size limit, 1000 unless set)"};
const P kAsOf{"as_of", T::kString, "statuses as of this day: YYYY, YYYY-MM or YYYY-MM-DD"};
const P kModalities{"modality", T::kString,
                    "which events count: facts (default), all, or modalities separated by "
                    "commas (asserted,planned)"};
const P kTableFormat{"format", T::kString, "json (default) or csv", {"json", "csv"}};

std::vector<P> event_filters() { return {kSource, kTarget, kDyad, kRoot, kCode, kModality, kFrom, kTo, kDoc}; }

std::vector<P> with(std::vector<P> params, std::initializer_list<P> more) {
  params.insert(params.end(), more);
  return params;
}

std::vector<RouteSpec> make_routes() {
  return {
      {RouteId::kEvents, "GET", "/api/events",
       "stored events matching every filter of `dyad query`, in row id order, one page at a time",
       with(event_filters(),
            {P{"page_size", T::kInteger, "events per page (default 100, at most 1000)"},
             P{"page_token", T::kString, "the next_page_token of the previous page"},
             P{"with_total", T::kBoolean, "also count all matching events (total)"},
             P{"coded_since", T::kString,
               "only events of documents stored at or after this UTC time: YYYY-MM-DD or "
               "YYYY-MM-DDTHH:MM:SSZ"},
             kTableFormat}),
       {}, {}, true},
      {RouteId::kDocument, "GET", "/api/documents/{id}",
       "a stored document: its text, its sentences' spans and the events of each sentence",
       {}, {P{"id", T::kString, "the document id", {}, true}}},
      {RouteId::kStories, "GET", "/api/stories",
       "stories (one occurrence told by many documents) with their mentions, by first date",
       with(event_filters(), {kLimit, kTableFormat}), {}, {}, true},
      {RouteId::kWatch, "GET", "/api/watch",
       "the watch list: plans, possibilities, recommendations, threats and red lines with what "
       "became of them",
       {kSource, kTarget, kDyad, kRoot, kFrom, kTo, kDoc, kAsOf, kLimit, kTableFormat}, {}, {},
       true},
      {RouteId::kSeries, "GET", "/api/series",
       "a dyad's, a source's or a target's stories and events per period, empty periods as zeros",
       {kSource, kTarget, kDyad, kRoot, kFrom, kTo,
        P{"by", T::kString, "the period (default week, from Monday)", {"day", "week", "month", "year"}},
        P{"count", T::kString, "what the breakdowns count (default stories)", {"stories", "events"}},
        kModalities, kTableFormat},
       {}, {}, true},
      {RouteId::kTrends, "GET", "/api/trends",
       "dyads whose last week stands above their 4- and 52-week means",
       {kAsOf, kLimit, kTableFormat}, {}, {}, true},
      {RouteId::kNetwork, "GET", "/api/network",
       "entities as nodes and directed, weighted edges between them",
       {kSource, kTarget, kDyad, kRoot, kCode, kFrom, kTo, kDoc, kModalities, kTableFormat}, {},
       {}, true},
      {RouteId::kActors, "GET", "/api/actors",
       "states and organisations whose code or name contains the query, for the filters",
       {P{"q", T::kString, "part of a code or a name (case-insensitive)", {}, true}, kLimit}},
      {RouteId::kStats, "GET", "/api/stats",
       "documents, events, the date range and the busiest dyads of the store"},
      {RouteId::kCode, "POST", "/api/code",
       "codes a text or an HTML page (a JSON object) into events; with store, also stores it",
       {}, {},
       {P{"text", T::kString, "plain text (this or html)"},
        P{"html", T::kString, "an HTML page: its article text is coded (this or text)"},
        P{"date", T::kString, "the document's date, YYYY-MM-DD"},
        P{"id", T::kString, "the document id (default: api- and a hash of the content)"},
        P{"title", T::kString, "the document's title"},
        P{"url", T::kString, "where it was published"},
        P{"source", T::kString, "the outlet"},
        P{"store", T::kBoolean, "also store the document and its events (default false)"}}},
      {RouteId::kHealth, "GET", "/healthz", "the server is up and its store answers"},
      {RouteId::kOpenApi, "GET", "/api/openapi.json", "this description (OpenAPI 3.1)"},
  };
}

}  // namespace

const std::vector<RouteSpec>& api_routes() {
  static const std::vector<RouteSpec> routes = make_routes();
  return routes;
}

const RouteSpec& route_spec(RouteId id) {
  for (const RouteSpec& r : api_routes()) {
    if (r.id == id) return r;
  }
  return api_routes().front();  // unreachable: every id has a route
}

bool parse_boolean(std::string_view text, bool& value) {
  if (text == "true" || text == "1") {
    value = true;
    return true;
  }
  if (text == "false" || text == "0") {
    value = false;
    return true;
  }
  return false;
}

}  // namespace dyad::server
