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

}  // namespace dyad::analysis
