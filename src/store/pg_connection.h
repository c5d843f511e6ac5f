// Thin RAII wrappers over libpq: a connection, a result, the binder and row
// reader event_columns.h expects (text-format parameters and results), and
// error messages without the connection string (it may hold a password).
#pragma once

#include <libpq-fe.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::store {

struct PgConnCloser {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
using PgConn = std::unique_ptr<PGconn, PgConnCloser>;

struct PgResultClearer {
  void operator()(PGresult* result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, PgResultClearer>;

// Connects to `location` (a libpq URI), with a connect
// timeout, UTF-8 and notices silenced unless the string says otherwise.
Result<PgConn> pg_connect(const std::string& location);

// "what: <server or libpq message>" for a failed result (or a null one).
Status pg_error(PGconn* conn, const PGresult* result, std::string_view what);

// True when the result is a success (a command, or rows).
bool pg_ok(const PGresult* result);

// Runs a constant statement or script with no parameters (simple protocol).
Status pg_exec(PGconn* conn, const char* sql, std::string_view what);

// Parameters in text format; NULL for empty optional text and non-finite reals.
// A text[] literal, {"a","b"}: one array parameter instead of a statement
// per value.
std::string pg_text_array(const std::vector<std::string>& values);

class PgParams {
 public:
  void text(std::string_view v) { add(std::string(v)); }
  void optional_text(std::string_view v) {
    if (v.empty())
      add_null();
    else
      text(v);
  }
  void integer(int64_t v) { add(std::to_string(v)); }
  void real(double v);

  int size() const { return static_cast<int>(values_.size()); }
  // Pointers into this object: valid until it changes or dies.
  const char* const* values();

 private:
  void add(std::string v) {
    values_.push_back(std::move(v));
    null_.push_back(false);
  }
  void add_null() {
    values_.emplace_back();
    null_.push_back(true);
  }
  std::vector<std::string> values_;
  std::vector<bool> null_;
  std::vector<const char*> pointers_;
};

// Runs a statement prepared under `name` and returns its result (checked).
Result<PgResult> pg_exec_prepared(PGconn* conn, const char* name, PgParams& params,
                                  std::string_view what);

// One row of a result; columns are 0-based.
class PgRow {
 public:
  PgRow(const PGresult* result, int row) : result_(result), row_(row) {}
  bool null(int i) const { return PQgetisnull(result_, row_, i); }
  std::string text(int i) const;
  int64_t integer(int i) const;
  double real(int i) const;

 private:
  const PGresult* result_;
  int row_;
};

}  // namespace dyad::store
