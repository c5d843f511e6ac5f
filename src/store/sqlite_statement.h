// Thin RAII wrappers over the SQLite C API: a connection, a prepared
// statement, the binder and row reader event_columns.h expects, and the
// translation of SQLite result codes into messages a user can act on.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::store {

struct SqliteCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using SqliteDb = std::unique_ptr<sqlite3, SqliteCloser>;

// `what` failed with `rc`: "what: <SQLite's message>", with a hint for the
// failures users meet (disk full, file size limit, read-only, locked).
Status sqlite_error(sqlite3* db, int rc, std::string_view what);

// How long a connection waits for another's lock before SQLITE_BUSY.
inline constexpr int kSqliteBusyTimeoutMs = 10000;

// Runs a constant script (pragmas, migrations); never user text. Outside a
// transaction, a busy database is tried again for kSqliteBusyTimeoutMs.
Status sqlite_exec(sqlite3* db, const char* sql, std::string_view what);

class SqliteStatement {
 public:
  SqliteStatement() = default;
  // `persistent`: kept for the connection's life and reused (SQLITE_PREPARE_PERSISTENT).
  static Result<SqliteStatement> prepare(sqlite3* db, const std::string& sql, bool persistent);

  sqlite3_stmt* get() const { return stmt_.get(); }

  // Resets the statement and clears its bindings, ready for the next use.
  void reset();
  // Steps to completion (a statement that returns no row). Resets afterwards.
  Status run(std::string_view what);

 private:
  struct Finalizer {
    void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
  };
  std::unique_ptr<sqlite3_stmt, Finalizer> stmt_;
};

// Binds parameters 1, 2, ... in order. Text is bound without copying: the
// strings must outlive the statement's next step.
class SqliteBinder {
 public:
  explicit SqliteBinder(sqlite3_stmt* stmt) : stmt_(stmt) {}
  void text(std::string_view v) {
    sqlite3_bind_text(stmt_, ++index_, v.data(), static_cast<int>(v.size()), SQLITE_STATIC);
  }
  void optional_text(std::string_view v) {
    if (v.empty())
      sqlite3_bind_null(stmt_, ++index_);
    else
      text(v);
  }
  void integer(int64_t v) { sqlite3_bind_int64(stmt_, ++index_, v); }
  void real(double v);

 private:
  sqlite3_stmt* stmt_;
  int index_ = 0;
};

// The current row of a stepped statement; columns are 0-based.
class SqliteRow {
 public:
  explicit SqliteRow(sqlite3_stmt* stmt) : stmt_(stmt) {}
  std::string text(int i) const;
  int64_t integer(int i) const { return sqlite3_column_int64(stmt_, i); }
  double real(int i) const;

 private:
  sqlite3_stmt* stmt_;
};

}  // namespace dyad::store
