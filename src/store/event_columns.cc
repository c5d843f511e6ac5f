#include "store/event_columns.h"

#include <fmt/format.h>

namespace dyad::store {

std::string insert_statement(const char* table, const char* columns, int count, Backend backend,
                             int rows) {
  const char mark = backend == Backend::kSqlite ? '?' : '$';
  std::string sql = fmt::format("INSERT INTO {} ({}) VALUES ", table, columns);
  for (int row = 0; row < rows; ++row) {
    sql += row ? ", (" : "(";
    for (int column = 1; column <= count; ++column) {
      sql += fmt::format("{}{}{}", column > 1 ? ", " : "", mark, row * count + column);
    }
    sql += ')';
  }
  return sql;
}

Modality parse_modality(std::string_view name) {
  for (Modality m : {Modality::kAsserted, Modality::kReported, Modality::kNegated,
                     Modality::kPlanned, Modality::kPossible, Modality::kRecommended}) {
    if (name == modality_name(m)) return m;
  }
  return Modality::kAsserted;
}

DateSource parse_date_source(std::string_view name) {
  for (DateSource s : {DateSource::kText, DateSource::kDocument, DateSource::kNone}) {
    if (name == date_source_name(s)) return s;
  }
  return DateSource::kNone;
}

}  // namespace dyad::store
