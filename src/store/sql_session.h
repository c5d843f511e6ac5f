// SQL over a store's connection for dyad's own modules (the story keeper,
// src/analysis): one interface over SQLite and PostgreSQL, so that a query is
// written once. Statements are written with ?1, ?2 ... placeholders
// (rewritten to $1 ... for PostgreSQL), prepared on first use and kept for the
// session's life; values are always bound, never spliced into the SQL.
// A session runs on the store's connection, in its transaction if one is open.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dyad/status.h"
#include "store/schema.h"

namespace dyad::store {

// The parameters of one statement, in placeholder order.
class SqlParams {
 public:
  using Value = std::variant<std::monostate, int64_t, double, std::string>;

  SqlParams& text(std::string_view v) {
    values_.emplace_back(std::string(v));
    return *this;
  }
  SqlParams& optional_text(std::string_view v) {  // NULL when empty
    if (v.empty()) return null();
    return text(v);
  }
  SqlParams& integer(int64_t v) {
    values_.emplace_back(v);
    return *this;
  }
  SqlParams& real(double v);  // NULL when not finite
  SqlParams& null() {
    values_.emplace_back(std::monostate{});
    return *this;
  }

  const std::vector<Value>& values() const { return values_; }

 private:
  std::vector<Value> values_;
};

// One result row; columns are 0-based. text() is empty and real() NaN for NULL.
class SqlRow {
 public:
  virtual ~SqlRow() = default;
  virtual bool null(int column) const = 0;
  virtual std::string text(int column) const = 0;
  virtual int64_t integer(int column) const = 0;
  virtual double real(int column) const = 0;
};

// Return a non-ok Status to stop reading rows; it is returned by run().
using SqlRowVisitor = std::function<Status(const SqlRow&)>;
// For run_each: `set` is the index of the parameter set the row answers.
using SqlSetRowVisitor = std::function<Status(size_t set, const SqlRow&)>;

class SqlSession {
 public:
  virtual ~SqlSession() = default;
  virtual Backend backend() const = 0;

  // Runs one statement; `visit` (may be empty) sees each row, in order.
  virtual Status run(const std::string& sql, const SqlParams& params,
                     const SqlRowVisitor& visit = {}) = 0;

  // Runs the statement once per parameter set, in order. PostgreSQL sends
  // them all at once (pipeline mode: one round trip); SQLite loops.
  virtual Status run_each(const std::string& sql, const std::vector<SqlParams>& sets,
                          const SqlSetRowVisitor& visit = {}) = 0;

  // Runs `work` in a transaction of its own (SQLite: BEGIN IMMEDIATE, the
  // write lock first): committed when it returns Ok, else rolled back.
  virtual Status in_transaction(const std::function<Status()>& work) = 0;
};

// "?N" placeholders as "$N" (PostgreSQL). dyad's SQL has no '?' elsewhere.
std::string postgres_placeholders(std::string_view sql);

}  // namespace dyad::store
