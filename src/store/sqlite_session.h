// SqlSession over a SQLite connection (sql_session.h).
#pragma once

#include <sqlite3.h>

#include <memory>

#include "store/sql_session.h"

namespace dyad::store {

// `db` must outlive the session. A row visitor must not run the statement
// it is reading (it may run others).
std::unique_ptr<SqlSession> make_sqlite_session(sqlite3* db);

}  // namespace dyad::store
