// Choosing how SQLite finds the ids of a page of events (a filter with a
// limit). Through an index, a page costs every matching index entry (then a
// sort by id); reading rows in id order, it costs about rows / density rows
// (matches spread over the ids). On a store of 1 million events a page of
// 100 RUS->UKR events (400,000 matches) took 150 ms through the index and
// 20 ms in id order; a rare dyad is the other way round. The two costs meet
// near sqrt(rows * limit) matches: a count stopped there decides.
#pragma once

#include "dyad/store.h"
#include "store/event_query.h"
#include "store/sql_session.h"

namespace dyad::store {

Result<PageScan> choose_page_scan(SqlSession& session, const EventFilter& filter);

}  // namespace dyad::store
