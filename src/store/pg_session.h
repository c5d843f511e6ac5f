// SqlSession over a PostgreSQL connection (sql_session.h): statements are
// prepared under generated names on first use; run() streams rows (single-row
// mode), run_each() pipelines its parameter sets in one round trip.
#pragma once

#include <libpq-fe.h>

#include <memory>

#include "store/sql_session.h"

namespace dyad::store {

// `conn` must outlive the session and be idle (not in pipeline mode) between calls.
std::unique_ptr<SqlSession> make_postgres_session(PGconn* conn);

}  // namespace dyad::store
