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
  // constant such as "e.root =".
  void where(const char* condition, const std::string& value) {
    if (value.empty()) return;
    query_.sql += query_.params.empty() ? " WHERE " : " AND ";
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

constexpr const char* kEventCount =
    "SELECT count(*) FROM events e JOIN documents d ON d.id = e.doc_id";

}  // namespace

EventQuery build_event_query(const EventFilter& f, Backend backend) {
  QueryBuilder q(backend, kEventSelect);
  add_conditions(q, f);
  q.order_and_limit(f.limit);
  return q.take();
}

EventQuery build_event_count_query(const EventFilter& f, Backend backend) {
  QueryBuilder q(backend, kEventCount);
  add_conditions(q, f);
  return q.take();
}

}  // namespace dyad::store
