#include "store/event_query.h"

#include <fmt/format.h>

#include <algorithm>

#include "store/event_columns.h"

namespace dyad::store {
namespace {

class QueryBuilder {
 public:
  QueryBuilder(Backend backend, const char* select) : backend_(backend) { query_.sql = select; }

  // Adds "AND <condition> <placeholder>" when value is set; `condition` is a
  // constant such as "e.root =". With `unindexed`, SQLite is kept from
  // answering it through an index (a unary + before the column).
  void where(const char* condition, const std::string& value) {
    if (value.empty()) return;
    query_.sql += query_.params.empty() ? " WHERE " : " AND ";
    if (unindexed_) query_.sql += '+';
    query_.sql += condition;
    query_.sql += ' ';
    query_.sql += bind(value);
  }

  // Adds "AND <condition> CAST(<placeholder> AS <integer type>)" when value > 0.
  void where_above(const char* condition, int64_t value) {
    if (value <= 0) return;
    query_.sql += query_.params.empty() ? " WHERE " : " AND ";
    query_.sql += fmt::format("{} {}", condition, integer(value));
  }

  void order_and_limit(int64_t limit) {
    query_.sql += " ORDER BY e.id";
    if (limit >= 0) query_.sql += " LIMIT " + integer(limit);
  }

  void append(std::string_view sql) { query_.sql += sql; }
  void set_unindexed(bool unindexed) { unindexed_ = unindexed; }

  EventQuery take() { return std::move(query_); }

 private:
  // Parameters are bound as text: an integer is cast where it is compared.
  std::string integer(int64_t value) {
    const char* type = backend_ == Backend::kSqlite ? "INTEGER" : "bigint";
    return fmt::format("CAST({} AS {})", bind(std::to_string(value)), type);
  }

  std::string bind(const std::string& value) {
    query_.params.push_back(value);
    return fmt::format("{}{}", backend_ == Backend::kSqlite ? '?' : '$', query_.params.size());
  }

  Backend backend_;
  bool unindexed_ = false;
  EventQuery query_;
};

void add_conditions(QueryBuilder& q, const EventFilter& f) {
  q.where("e.source_entity =", f.source);
  q.where("e.target_entity =", f.target);
  // events_by_code is (root, code, date): naming the code's root lets a code
  // query use it. (A code and a root that disagree match nothing, as they should.)
  q.where("e.root =",
          f.root.empty() ? f.code.substr(0, std::min<size_t>(2, f.code.size())) : f.root);
  q.where("e.code =", f.code);
  q.where("e.modality =", f.modality);
  q.where("e.doc_id =", f.doc_id);
  q.where("e.date >=", f.date_from);
  q.where("e.date <=", f.date_to);
  q.where_above("e.id >", f.after_id);
  q.where("d.coded_at >=", f.coded_since);
}

// The documents are joined only when a condition reads them.
const char* events_from(const EventFilter& f) {
  return f.coded_since.empty() ? " FROM events e" : " FROM events e JOIN documents d ON d.id = e.doc_id";
}

}  // namespace

// Without a limit, the rows stream in id order. With one, the ids of the
// page are chosen first (from an index that covers the filters, or from the
// rows in id order) and only the page's rows are joined to their sentences
// and documents.
EventQuery build_event_query(const EventFilter& f, Backend backend, PageScan scan) {
  if (f.limit < 0) {
    QueryBuilder q(backend, kEventSelect);
    add_conditions(q, f);
    q.order_and_limit(f.limit);
    return q.take();
  }
  QueryBuilder q(backend, kEventSelect);
  q.append(" WHERE e.id IN (SELECT e.id");
  q.append(events_from(f));
  q.set_unindexed(scan == PageScan::kById && backend == Backend::kSqlite);
  add_conditions(q, f);
  q.order_and_limit(f.limit);
  q.append(") ORDER BY e.id");
  return q.take();
}

EventQuery build_event_count_query(const EventFilter& f, Backend backend) {
  QueryBuilder q(backend, "SELECT count(*)");
  q.append(events_from(f));
  add_conditions(q, f);
  return q.take();
}

EventQuery build_bounded_count_query(const EventFilter& f, Backend backend, int64_t cap) {
  QueryBuilder q(backend, "SELECT count(*) FROM (SELECT 1");
  q.append(events_from(f));
  add_conditions(q, f);
  q.append(" LIMIT ");
  q.append(std::to_string(std::max<int64_t>(0, cap)));
  q.append(")");
  return q.take();
}

}  // namespace dyad::store
