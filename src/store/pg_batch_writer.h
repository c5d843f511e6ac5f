// Writing a batch of documents to PostgreSQL in one transaction, with as few
// round trips and statements as it takes: libpq pipeline mode, and the
// sentences and events of the whole batch as multi-row INSERTs.
#pragma once

#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/pg_connection.h"
#include "store/sql_session.h"

namespace dyad::store {

// The statements write_batch uses, to prepare once per connection.
struct PgStatement {
  const char* name;
  std::string sql;
};
std::vector<PgStatement> batch_statements();

struct BatchOptions {
  bool keep_stories = true;
  int story_window_days = 0;
};

// One transaction: for each document (the last of each id), the stored one
// with its id is deleted; the events are placed in stories; the new rows are
// inserted: documents, then all sentences, then all events; the stories are
// brought up to date. Nothing is stored on error (the caller rolls back).
Status write_batch(PGconn* conn, SqlSession& session, const BatchOptions& options,
                   const std::vector<StoredDocument>& documents);

}  // namespace dyad::store
