// Writing a batch of documents to PostgreSQL in one transaction, with as few
// round trips and statements as it takes: libpq pipeline mode, and the
// sentences and events of the whole batch as multi-row INSERTs.
#pragma once

#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/pg_connection.h"

namespace dyad::store {

// The statements write_batch uses, to prepare once per connection.
struct PgStatement {
  const char* name;
  std::string sql;
};
std::vector<PgStatement> batch_statements();

// One transaction: for each document (the last of each id), the stored one
// with its id is deleted and the new row inserted; then all sentences, then
// all events. Nothing is stored on error (the caller rolls back).
Status write_batch(PGconn* conn, const std::vector<StoredDocument>& documents);

}  // namespace dyad::store
