// The PostgreSQL backend, for a team sharing one store. Writes are pipelined
// (libpq pipeline mode: many statements per network round trip) inside one
// explicit transaction; statements are prepared once per connection.
#pragma once

#include <memory>
#include <string>

#include "dyad/store.h"
#include "store/pg_connection.h"

namespace dyad::store {

// Connects, sets the session up and migrates the schema (postgres_open.cc).
// `location`: a libpq URI, "postgresql://user@host:port/db?...".
Result<std::unique_ptr<Store>> open_postgres_store(const std::string& location,
                                                   const StoreOptions& options);

// The store over a connection whose schema is current (postgres_store.cc);
// opened for writing, it first rebuilds stories when they need it.
Result<std::unique_ptr<Store>> make_postgres_store(PgConn conn, const StoreOptions& options);

}  // namespace dyad::store
