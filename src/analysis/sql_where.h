// A WHERE clause assembled from constant fragments, with every value bound
// as a parameter (?1, ?2 ...): the SQL an analysis runs depends only on which
// filters are set, so each backend's planner can pick the index that fits.
#pragma once

#include <fmt/format.h>

#include <string>
#include <vector>

#include "store/sql_session.h"

namespace dyad::analysis {

class SqlWhere {
 public:
  // Adds "<before>?N<after>" with `value` bound, when `value` is non-empty;
  // `before` and `after` are constant SQL ("s.root = ", "").
  void add(const char* before, const std::string& value, const char* after = "") {
    if (value.empty()) return;
    params_.text(value);
    terms_.push_back(fmt::format("{}?{}{}", before, params_.values().size(), after));
  }
  // Adds "<column> IN (?N, ?N+1, ...)" with the values bound; nothing when
  // there are none.
  void add_in(const char* column, const std::vector<std::string>& values) {
    if (values.empty()) return;
    std::string term = fmt::format("{} IN (", column);
    for (size_t i = 0; i < values.size(); ++i) {
      params_.text(values[i]);
      term += fmt::format("{}?{}", i ? ", " : "", params_.values().size());
    }
    terms_.push_back(term + ")");
  }
  // Adds a constant condition.
  void add_constant(std::string condition) { terms_.push_back(std::move(condition)); }

  // " WHERE a AND b", or "" without conditions.
  std::string sql() const {
    std::string out;
    for (size_t i = 0; i < terms_.size(); ++i) out += (i ? " AND " : " WHERE ") + terms_[i];
    return out;
  }
  const store::SqlParams& params() const { return params_; }
  bool empty() const { return terms_.empty(); }

 private:
  std::vector<std::string> terms_;
  store::SqlParams params_;
};

}  // namespace dyad::analysis
