// The SQLite backend: one database file in WAL mode (readers never block the
// writer), synchronous=NORMAL (a commit survives a crash of the process; a
// power cut may lose the last commits, never consistency), a busy timeout
// for concurrent writers, and statements prepared once per connection.
#pragma once

#include <memory>
#include <string>

#include "dyad/store.h"
#include "store/sqlite_statement.h"

namespace dyad::store {

// `location` is a file path or a "file:" URI (e.g. "file:x.sqlite?mode=ro").
// Opens the connection, sets it up and migrates the schema (sqlite_open.cc).
Result<std::unique_ptr<Store>> open_sqlite_store(const std::string& location,
                                                 const StoreOptions& options);

// The store over a connection whose schema is current (sqlite_store.cc);
// opened for writing, it first rebuilds stories when they need it.
Result<std::unique_ptr<Store>> make_sqlite_store(SqliteDb db, const StoreOptions& options);

}  // namespace dyad::store
