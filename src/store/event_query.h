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

EventQuery build_event_query(const EventFilter& filter, Backend backend);

// "SELECT count(*) ..." of the events build_event_query would return without
// a limit.
EventQuery build_event_count_query(const EventFilter& filter, Backend backend);

}  // namespace dyad::store
