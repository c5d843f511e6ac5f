// The watch list in two steps: the stated items read from the store
// (watch_items.cc), then their status from later events (watch_status.cc).
#pragma once

#include <string>
#include <vector>

#include "dyad/analysis.h"
#include "store/sql_session.h"

namespace dyad::analysis {

// An item before its status is known: the item, and what decides it: the
// code prefixes whose later facts carry it out (the root, or for a threat the
// threat table's entry).
struct PendingItem {
  WatchItem item;
  std::vector<std::string> carried_out_by;
};

// The stated items that match the options, in statement date order.
Result<std::vector<PendingItem>> read_watch_items(store::SqlSession& sql, const WatchOptions& options);

// Fills each item's status, evidence and condition status.
Status decide_watch_status(store::SqlSession& sql, const WatchOptions& options,
                           std::vector<PendingItem>& items);

}  // namespace dyad::analysis
