// The store's schema: versioned migration scripts per backend, embedded into
// the binary at build time from src/store/migrations/<backend>/NNNN_name.sql
// (see embed.cmake). A store's `schema_version` table lists the versions
// applied; a migration runs once, in a transaction with its version row.
#pragma once

#include <span>
#include <string>

#include "dyad/status.h"

namespace dyad::store {

enum class Backend { kSqlite, kPostgres };

struct Migration {
  int version;       // NNNN of the file name; versions increase from 1
  const char* name;  // the file name without ".sql"
  const char* sql;   // the script: several statements
};

// In version order.
std::span<const Migration> migrations(Backend backend);

// The version a store has once every migration ran.
int latest_schema_version(Backend backend);

// Creates the version table when missing; the runners insert into it.
inline constexpr const char* kCreateSchemaVersionTable =
    "CREATE TABLE IF NOT EXISTS schema_version ("
    " version integer PRIMARY KEY,"
    " name text NOT NULL,"
    " applied_at text NOT NULL)";

}  // namespace dyad::store

namespace dyad::store {

// Whether a store whose schema is at version `found` may be used: Ok when it
// is current, or older and writable (it is then migrated); otherwise why not.
Status check_schema_version(int found, Backend backend, const std::string& location,
                            bool read_only);

}  // namespace dyad::store
