// The event filters series and networks share, as SQL over events `e`.
#pragma once

#include "analysis/sql_where.h"
#include "dyad/analysis.h"

namespace dyad::analysis {

// Facts are the events of stories (story_id set: dated, asserted or
// reported, not conditional); else the listed modalities.
void add_modality_selection(SqlWhere& where, const ModalitySelection& selection);

// The root a filter selects: its root, else its code's (so that a code
// query can use the indexes that begin with the root).
std::string root_of_filter(const EventFilter& filter);

// source, target, root, code, doc_id and the date range of `filter`.
void add_event_filter(SqlWhere& where, const EventFilter& filter);

// "FROM events e" for an aggregation over the events `filter` selects. On
// SQLite, "FROM events e NOT INDEXED" (one pass over the table) when its
// source, target, root and code (else its dates) keep over an eighth of the
// events: through an index each of them costs a random row read, 5 times
// slower on a store of a million events (see docs/ANALYSIS.md). The count
// that decides reads an index only. PostgreSQL's planner decides from its
// statistics.
Result<std::string> events_source(store::SqlSession& sql, const EventFilter& filter);

}  // namespace dyad::analysis
