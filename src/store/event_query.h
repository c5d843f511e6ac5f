// The SQL of an event query, assembled from constant fragments chosen by which
// filters are set; the filter values themselves are bound parameters, never
// SQL text. Assembling per query (instead of "? IS NULL OR col = ?") lets
// each backend's planner use the index that fits.
#pragma once

#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/schema.h"

namespace dyad::store {

struct EventQuery {
  std::string sql;                  // placeholders ?1.. (SQLite) or $1.. (PostgreSQL)
  std::vector<std::string> params;  // bound as text, in placeholder order
};

// How the ids of a page (a filter with a limit) are found: as the planner
// chooses (through an index that fits the filters, then sorted by id), or by
// reading the rows in id order and keeping the matches until the page is
// full (SQLite only; fast when the matches are dense: see sqlite_store.cc).
enum class PageScan { kPlanner, kById };

EventQuery build_event_query(const EventFilter& filter, Backend backend,
                             PageScan scan = PageScan::kPlanner);

// "SELECT count(*) ..." of the events build_event_query would return without
// a limit.
EventQuery build_event_count_query(const EventFilter& filter, Backend backend);

// The same count, stopped at `cap` (a constant in the SQL, not a value).
EventQuery build_bounded_count_query(const EventFilter& filter, Backend backend, int64_t cap);

}  // namespace dyad::store
