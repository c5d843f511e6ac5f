#include "store/sqlite_statement.h"

#include <fmt/format.h>

#include <cerrno>
#include <chrono>
#include <random>
#include <thread>
#include <cmath>
#include <cstring>
#include <limits>

namespace dyad::store {
namespace {

// What the user can do about the failures that are not bugs.
std::string hint_for(sqlite3* db, int rc) {
  int system_errno = db ? sqlite3_system_errno(db) : 0;
  switch (rc & 0xff) {
    case SQLITE_FULL:
      return " (the disk is full, or the file size limit was reached)";
    case SQLITE_IOERR:
      if (system_errno == EFBIG) return " (the file size limit was reached: File too large)";
      if (system_errno == ENOSPC) return " (the disk is full: No space left on device)";
      // SQLite's errno is not always the failed write's (it may be overwritten
      // by the rollback that follows), so say what a failed write usually means.
      if (rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_TRUNCATE) {
        return " (a write failed: the disk may be full, or the file size limit (ulimit -f) "
               "reached)";
      }
      return system_errno ? fmt::format(" ({})", std::strerror(system_errno)) : "";
    case SQLITE_READONLY:
      return " (the database was opened read-only, or its file or folder is not writable)";
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return " (another process holds the database lock)";
    case SQLITE_CANTOPEN:
      return system_errno ? fmt::format(" ({})", std::strerror(system_errno)) : "";
    default:
      return "";
  }
}

}  // namespace

Status sqlite_error(sqlite3* db, int rc, std::string_view what) {
  std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  return Status::Error(fmt::format("{}: {}{}", what, message, hint_for(db, rc)));
}

// SQLite's busy handler waits for a lock, except where waiting could
// deadlock: a connection holding a read lock that needs the write lock (as
// `PRAGMA journal_mode = WAL` on a new file does while another process
// creates it too) gets SQLITE_BUSY at once. Outside a transaction nothing
// is held between tries, so the statement is tried again, for as long as
// the busy timeout.
Status sqlite_exec(sqlite3* db, const char* sql, std::string_view what) {
  auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kSqliteBusyTimeoutMs);
  std::minstd_rand jitter(static_cast<unsigned>(reinterpret_cast<uintptr_t>(db)));
  while (true) {
    int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK) return Status::Ok();
    bool retry = (rc & 0xff) == SQLITE_BUSY && sqlite3_get_autocommit(db) &&
                 std::chrono::steady_clock::now() < deadline;
    if (!retry) return sqlite_error(db, rc, what);
    std::this_thread::sleep_for(std::chrono::milliseconds(5 + jitter() % 20));
  }
}

Result<SqliteStatement> SqliteStatement::prepare(sqlite3* db, const std::string& sql,
                                                 bool persistent) {
  sqlite3_stmt* raw = nullptr;
  int rc = sqlite3_prepare_v3(db, sql.c_str(), static_cast<int>(sql.size()),
                              persistent ? SQLITE_PREPARE_PERSISTENT : 0, &raw, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(raw);
    return sqlite_error(db, rc, "cannot prepare a statement");
  }
  SqliteStatement statement;
  statement.stmt_.reset(raw);
  return statement;
}

void SqliteStatement::reset() {
  sqlite3_reset(stmt_.get());
  sqlite3_clear_bindings(stmt_.get());
}

Status SqliteStatement::run(std::string_view what) {
  int rc = sqlite3_step(stmt_.get());
  Status status = rc == SQLITE_DONE || rc == SQLITE_ROW
                      ? Status::Ok()
                      : sqlite_error(sqlite3_db_handle(stmt_.get()), rc, what);
  reset();
  return status;
}

void SqliteBinder::real(double v) {
  if (std::isfinite(v))
    sqlite3_bind_double(stmt_, ++index_, v);
  else
    sqlite3_bind_null(stmt_, ++index_);
}

std::string SqliteRow::text(int i) const {
  const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
  if (!bytes) return {};
  return std::string(bytes, static_cast<size_t>(sqlite3_column_bytes(stmt_, i)));
}

double SqliteRow::real(int i) const {
  if (sqlite3_column_type(stmt_, i) == SQLITE_NULL) return std::numeric_limits<double>::quiet_NaN();
  return sqlite3_column_double(stmt_, i);
}

}  // namespace dyad::store
