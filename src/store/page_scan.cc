#include "store/page_scan.h"

#include <cmath>

namespace dyad::store {
namespace {

// Filters an index can answer; a document's events are always few.
bool uses_an_index(const EventFilter& f) {
  return !f.source.empty() || !f.target.empty() || !f.root.empty() || !f.code.empty() ||
         !f.date_from.empty() || !f.date_to.empty();
}

Result<int64_t> single_integer(SqlSession& session, const EventQuery& q) {
  SqlParams params;
  for (const std::string& value : q.params) params.text(value);
  int64_t value = 0;
  Status st = session.run(q.sql, params, [&](const SqlRow& row) {
    value = row.integer(0);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return value;
}

}  // namespace

Result<PageScan> choose_page_scan(SqlSession& session, const EventFilter& filter) {
  if (filter.limit < 0 || !filter.doc_id.empty() || !uses_an_index(filter)) return PageScan::kPlanner;
  auto rows = single_integer(session, EventQuery{"SELECT coalesce(max(id), 0) FROM events", {}});
  if (!rows.ok()) return rows.status();
  int64_t left = std::max<int64_t>(0, rows.value() - filter.after_id);
  auto cap = static_cast<int64_t>(std::sqrt(static_cast<double>(left) *
                                            static_cast<double>(std::max<int64_t>(1, filter.limit))));
  if (cap < 1000) return PageScan::kPlanner;  // a small store: either way is fast
  auto matches = single_integer(session, build_bounded_count_query(filter, session.backend(), cap));
  if (!matches.ok()) return matches.status();
  return matches.value() >= cap ? PageScan::kById : PageScan::kPlanner;
}

}  // namespace dyad::store
