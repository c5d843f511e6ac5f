// A libpq pipeline: statements are queued without waiting for their results,
// then a sync point sends them and reads every result. The pipeline does not
// begin or end transactions; the caller queues BEGIN and COMMIT.
#pragma once

#include <string>
#include <vector>

#include "store/pg_connection.h"

namespace dyad::store {

class PgPipeline {
 public:
  explicit PgPipeline(PGconn* conn) : conn_(conn) {}
  ~PgPipeline();  // leaves pipeline mode if still in it (results are read first)

  Status enter();

  // Queues a statement prepared under `name` (or, when `name` is null, the
  // constant `sql` without parameters). `context` names the statement in an
  // error ("cannot store document X"). Errors are reported by sync().
  void send_prepared(const char* name, PgParams& params, const std::string& context);
  void send_constant(const char* sql, const std::string& context);

  // Statements queued since the last sync.
  size_t pending() const { return contexts_.size(); }

  // Sends a sync point and reads the results; the first error, if any.
  Status sync();

 private:
  void queued(int sent, const std::string& context);
  Status read_results();

  PGconn* conn_;
  bool in_pipeline_ = false;
  std::vector<std::string> contexts_;  // one per queued statement
  Status send_error_;
};

}  // namespace dyad::store
