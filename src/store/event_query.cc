#include "store/event_query.h"

#include <fmt/format.h>

#include <algorithm>

#include "store/event_columns.h"

namespace dyad::store {
namespace {

class QueryBuilder {
 public:
  explicit QueryBuilder(Backend backend) : backend_(backend) { query_.sql = kEventSelect; }

  // Adds "AND <condition> <placeholder>" when value is set; `condition` is a
  // constant such as "e.root =".
  void where(const char* condition, const std::string& value) {
    if (value.empty()) return;
    query_.sql += query_.params.empty() ? " WHERE " : " AND ";
    query_.sql += condition;
    query_.sql += ' ';
    query_.sql += bind(value);
  }

  void order_and_limit(int64_t limit) {
    query_.sql += " ORDER BY e.id";
    if (limit < 0) return;
    const char* type = backend_ == Backend::kSqlite ? "INTEGER" : "bigint";
    query_.sql += fmt::format(" LIMIT CAST({} AS {})", bind(std::to_string(limit)), type);
  }

  EventQuery take() { return std::move(query_); }

 private:
  std::string bind(const std::string& value) {
    query_.params.push_back(value);
    return fmt::format("{}{}", backend_ == Backend::kSqlite ? '?' : '$', query_.params.size());
  }

  Backend backend_;
  EventQuery query_;
};

}  // namespace

EventQuery build_event_query(const EventFilter& f, Backend backend) {
  QueryBuilder q(backend);
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
  q.order_and_limit(f.limit);
  return q.take();
}

}  // namespace dyad::store
