// Opening a PostgreSQL store: the connection, its session settings, and the
// schema migrations (each in the transaction that records its version).
#include <fmt/format.h>

#include "store/postgres_store.h"
#include "store/schema.h"

namespace dyad::store {
namespace {

// Serialises migrations of one database by concurrent dyad processes.
constexpr const char* kMigrationLock = "SELECT pg_advisory_xact_lock(6498009416601190)";

// extra_float_digits = 3: doubles come back exactly (shortest round trip).
Status configure(PGconn* conn, bool read_only) {
  std::string what = "cannot set up the PostgreSQL session";
  if (Status st = pg_exec(conn, "SET extra_float_digits = 3", what); !st.ok()) return st;
  if (!read_only) return Status::Ok();
  return pg_exec(conn, "SET default_transaction_read_only = on", what);
}

Result<int> select_int(PGconn* conn, const char* sql, std::string_view what) {
  PgResult result(PQexecParams(conn, sql, 0, nullptr, nullptr, nullptr, nullptr, 0));
  if (!pg_ok(result.get()) || PQntuples(result.get()) != 1)
    return pg_error(conn, result.get(), what);
  return static_cast<int>(PgRow(result.get(), 0).integer(0));
}

// The applied schema version, 0 when there is no schema_version table.
Result<int> read_schema_version(PGconn* conn) {
  const char* what = "cannot read the schema version";
  auto exists = select_int(conn, "SELECT (to_regclass('schema_version') IS NOT NULL)::int", what);
  if (!exists.ok() || exists.value() == 0) return exists;
  return select_int(conn, "SELECT coalesce(max(version), 0) FROM schema_version", what);
}

Status record_version(PGconn* conn, const Migration& m, std::string_view what) {
  PgParams params;
  params.integer(m.version);
  params.text(m.name);
  PgResult result(PQexecParams(
      conn,
      "INSERT INTO schema_version (version, name, applied_at) "
      "VALUES ($1, $2, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'))",
      params.size(), nullptr, params.values(), nullptr, nullptr, 0));
  return pg_ok(result.get()) ? Status::Ok() : pg_error(conn, result.get(), what);
}

Status run_migrations(PGconn* conn, std::string_view what) {
  if (Status st = pg_exec(conn, kMigrationLock, what); !st.ok()) return st;
  if (Status st = pg_exec(conn, kCreateSchemaVersionTable, what); !st.ok()) return st;
  auto current = read_schema_version(conn);
  if (!current.ok()) return current.status();
  for (const Migration& m : migrations(Backend::kPostgres)) {
    if (m.version <= current.value()) continue;
    std::string step = fmt::format("{} (migration {})", what, m.name);
    if (Status st = pg_exec(conn, m.sql, step); !st.ok()) return st;
    if (Status st = record_version(conn, m, step); !st.ok()) return st;
  }
  return Status::Ok();
}

Status apply_migrations(PGconn* conn) {
  const char* what = "cannot migrate the PostgreSQL schema";
  if (Status st = pg_exec(conn, "BEGIN", what); !st.ok()) return st;
  Status status = run_migrations(conn, what);
  if (status.ok()) status = pg_exec(conn, "COMMIT", what);
  if (!status.ok()) pg_exec(conn, "ROLLBACK", what);
  return status;
}

Status prepare_schema(PGconn* conn, bool read_only) {
  auto found = read_schema_version(conn);
  if (!found.ok()) return found.status();
  if (found.value() == latest_schema_version(Backend::kPostgres)) return Status::Ok();
  std::string name = fmt::format("PostgreSQL database {}", PQdb(conn));
  if (Status st = check_schema_version(found.value(), Backend::kPostgres, name, read_only);
      !st.ok()) {
    return st;
  }
  return apply_migrations(conn);
}

}  // namespace

Result<std::unique_ptr<Store>> open_postgres_store(const std::string& location,
                                                   const StoreOptions& options) {
  auto conn = pg_connect(location);
  if (!conn.ok()) return conn.status();
  if (Status st = configure(conn.value().get(), options.read_only); !st.ok()) return st;
  if (Status st = prepare_schema(conn.value().get(), options.read_only); !st.ok()) return st;
  return make_postgres_store(std::move(conn).value(), options);
}

}  // namespace dyad::store
