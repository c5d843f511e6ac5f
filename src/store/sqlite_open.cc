// Opening a SQLite store: the connection, its settings, and the schema
// migrations (each in the transaction that records its version).
#include <fmt/format.h>

#include <filesystem>

#include "store/schema.h"
#include "store/sqlite_store.h"

namespace dyad::store {
namespace {

Result<SqliteDb> open_connection(const std::string& location, bool read_only) {
  bool uri = location.starts_with("file:");
  std::error_code ec;
  if (read_only && !uri && !std::filesystem::exists(location, ec)) {
    return Status::NotFound(fmt::format("no store at {}", location));
  }
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  if (uri) flags |= SQLITE_OPEN_URI;
  sqlite3* raw = nullptr;
  int rc = sqlite3_open_v2(location.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  SqliteDb db(raw);
  if (rc != SQLITE_OK) {
    return sqlite_error(db.get(), rc, fmt::format("cannot open SQLite database {}", location));
  }
  sqlite3_extended_result_codes(db.get(), 1);
  sqlite3_busy_timeout(db.get(), kSqliteBusyTimeoutMs);
  return db;
}

// The settings measured by bench/store_bench.cc (docs/STORE.md):
// - WAL: readers and the writer do not block each other; a commit appends.
// - synchronous=NORMAL: fsync at checkpoints only; consistent after a crash.
// - 32 KiB pages (taken when the file is created): fewer, shallower B-tree
//   pages per insert, +15% throughput over 4 KiB.
// - a 64 MiB page cache: the indexes of a large batch stay in memory (and,
//   for readers, the pages an analysis reads again).
// - foreign keys declared but not enforced (7% of the insert time): write()
//   checks every document first (document_check.h), and
//   `PRAGMA foreign_key_check` verifies a store.
Status configure(sqlite3* db, const std::string& location) {
  std::string what = fmt::format("cannot set up SQLite database {}", location);
  if (Status st = sqlite_exec(db, "PRAGMA foreign_keys = OFF", what); !st.ok()) return st;
  // Readers too: the analyses (docs/ANALYSIS.md) read rows at random.
  if (Status st = sqlite_exec(db, "PRAGMA cache_size = -65536", what); !st.ok()) return st;
  if (sqlite3_db_readonly(db, "main")) return Status::Ok();
  for (const char* pragma : {"PRAGMA page_size = 32768", "PRAGMA journal_mode = WAL",
                             "PRAGMA synchronous = NORMAL"}) {
    if (Status st = sqlite_exec(db, pragma, what); !st.ok()) return st;
  }
  return Status::Ok();
}

// The applied schema version, 0 when the database has no schema_version table.
Result<int> read_schema_version(sqlite3* db, const std::string& location) {
  std::string what = fmt::format("cannot read the schema version of {}", location);
  auto exists = SqliteStatement::prepare(
      db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'",
      false);
  if (!exists.ok()) return sqlite_error(db, sqlite3_errcode(db), what);
  int rc = sqlite3_step(exists.value().get());
  if (rc != SQLITE_ROW) return sqlite_error(db, rc, what);
  if (sqlite3_column_int(exists.value().get(), 0) == 0) return 0;
  auto version =
      SqliteStatement::prepare(db, "SELECT coalesce(max(version), 0) FROM schema_version", false);
  if (!version.ok()) return version.status();
  rc = sqlite3_step(version.value().get());
  if (rc != SQLITE_ROW) return sqlite_error(db, rc, what);
  return sqlite3_column_int(version.value().get(), 0);
}

Status record_version(sqlite3* db, const Migration& m, const std::string& what) {
  auto insert = SqliteStatement::prepare(db,
                                         "INSERT INTO schema_version (version, name, applied_at) "
                                         "VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                                         false);
  if (!insert.ok()) return insert.status();
  SqliteBinder b(insert.value().get());
  b.integer(m.version);
  b.text(m.name);
  return insert.value().run(what);
}

// Applies the migrations newer than the stored version. BEGIN IMMEDIATE takes
// the write lock first, so two processes cannot migrate at once.
Status apply_migrations(sqlite3* db, const std::string& location) {
  std::string what = fmt::format("cannot migrate the schema of {}", location);
  if (Status st = sqlite_exec(db, "BEGIN IMMEDIATE", what); !st.ok()) return st;
  Status status = sqlite_exec(db, kCreateSchemaVersionTable, what);
  auto current = read_schema_version(db, location);
  if (status.ok() && !current.ok()) status = current.status();
  for (const Migration& m : migrations(Backend::kSqlite)) {
    if (!status.ok()) break;
    if (m.version <= current.value()) continue;
    status = sqlite_exec(db, m.sql, fmt::format("{} (migration {})", what, m.name));
    if (status.ok()) status = record_version(db, m, what);
  }
  if (status.ok()) status = sqlite_exec(db, "COMMIT", what);
  if (!status.ok() && !sqlite3_get_autocommit(db))
    sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
  return status;
}

Status prepare_schema(sqlite3* db, const std::string& location, bool read_only) {
  auto found = read_schema_version(db, location);
  if (!found.ok()) return found.status();
  if (found.value() == latest_schema_version(Backend::kSqlite)) return Status::Ok();
  bool cannot_write = read_only || sqlite3_db_readonly(db, "main");
  if (Status st = check_schema_version(found.value(), Backend::kSqlite, location, cannot_write);
      !st.ok()) {
    return st;
  }
  return apply_migrations(db, location);
}

Result<std::unique_ptr<Store>> open_at(const std::string& location, const StoreOptions& options) {
  auto db = open_connection(location, options.read_only);
  if (!db.ok()) return db.status();
  if (Status st = configure(db.value().get(), location); !st.ok()) return st;
  if (Status st = prepare_schema(db.value().get(), location, options.read_only); !st.ok())
    return st;
  return make_sqlite_store(std::move(db).value(), options);
}

// A reader who may not write the folder of a WAL database cannot create its
// -shm file, and SQLite then refuses to read it. Without a -wal file every
// commit is in the main file, so reading it as immutable is exact.
bool may_read_as_immutable(const std::string& location, const StoreOptions& options) {
  std::error_code ec;
  return options.read_only && !location.starts_with("file:") &&
         std::filesystem::exists(location, ec) && !std::filesystem::exists(location + "-wal", ec);
}

std::string immutable_uri(const std::string& path) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#')
      uri += fmt::format("%{:02X}", static_cast<unsigned char>(c));
    else
      uri += c;
  }
  return uri + "?immutable=1";
}

}  // namespace

Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& location,
                                                 const StoreOptions& options) {
  auto store = open_at(location, options);
  if (store.ok() || !may_read_as_immutable(location, options)) return store;
  auto immutable = open_at(immutable_uri(location), options);
  if (immutable.ok()) return immutable;
  return store;  // the first error is the one that explains
}

}  // namespace dyad::store
