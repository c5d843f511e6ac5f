// watch_list: the stated items, then their status (watch_items.h).
#include "analysis/watch_items.h"

namespace dyad {

const char* watch_kind_name(WatchKind kind) {
  switch (kind) {
    case WatchKind::kRecommendation: return "recommendation";
    case WatchKind::kPlan: return "plan";
    case WatchKind::kPossibility: return "possibility";
    case WatchKind::kThreat: return "threat";
    case WatchKind::kRedLine: return "red_line";
  }
  return "possibility";
}

const char* watch_status_name(WatchStatus status) {
  switch (status) {
    case WatchStatus::kOpen: return "open";
    case WatchStatus::kHappened: return "happened";
    case WatchStatus::kContradicted: return "contradicted";
    case WatchStatus::kTriggered: return "triggered";
  }
  return "open";
}

Result<std::vector<WatchItem>> watch_list(Store& store, const WatchOptions& options) {
  auto pending = analysis::read_watch_items(store.sql_session(), options);
  if (!pending.ok()) return pending.status();
  if (Status st = analysis::decide_watch_status(store.sql_session(), options, pending.value());
      !st.ok()) {
    return st;
  }
  std::vector<WatchItem> items;
  for (analysis::PendingItem& p : pending.value()) items.push_back(std::move(p.item));
  return items;
}

}  // namespace dyad
