#include "store/pg_pipeline.h"

namespace dyad::store {

PgPipeline::~PgPipeline() {
  if (!in_pipeline_) return;
  if (!contexts_.empty()) sync();
  PQexitPipelineMode(conn_);
}

Status PgPipeline::enter() {
  if (!PQenterPipelineMode(conn_)) return pg_error(conn_, nullptr, "cannot enter pipeline mode");
  in_pipeline_ = true;
  return Status::Ok();
}

void PgPipeline::queued(int sent, const std::string& context) {
  if (sent) {
    contexts_.push_back(context);
  } else if (send_error_.ok()) {
    send_error_ = pg_error(conn_, nullptr, context);
  }
}

void PgPipeline::send_prepared(const char* name, PgParams& params, const std::string& context) {
  queued(PQsendQueryPrepared(conn_, name, params.size(), params.values(), nullptr, nullptr, 0),
         context);
}

void PgPipeline::send_constant(const char* sql, const std::string& context) {
  queued(PQsendQueryParams(conn_, sql, 0, nullptr, nullptr, nullptr, nullptr, 0), context);
}

Status PgPipeline::sync() {
  if (!PQpipelineSync(conn_)) {
    contexts_.clear();
    return pg_error(conn_, nullptr, "cannot send to the PostgreSQL server");
  }
  Status status = read_results();
  contexts_.clear();
  if (!send_error_.ok()) status = send_error_;
  return status;
}

// Each queued statement yields its result (an error, or "aborted" after an
// earlier error) then a null; the sync point yields PGRES_PIPELINE_SYNC.
Status PgPipeline::read_results() {
  Status first_error;
  for (const std::string& context : contexts_) {
    while (PgResult result{PQgetResult(conn_)}) {
      ExecStatusType status = PQresultStatus(result.get());
      if (first_error.ok() && status != PGRES_PIPELINE_ABORTED && !pg_ok(result.get())) {
        first_error = pg_error(conn_, result.get(), context);
      }
    }
    if (PQstatus(conn_) == CONNECTION_BAD) {
      return first_error.ok() ? pg_error(conn_, nullptr, context) : first_error;
    }
  }
  PgResult sync_point(PQgetResult(conn_));
  if (!sync_point || PQresultStatus(sync_point.get()) != PGRES_PIPELINE_SYNC) {
    if (first_error.ok()) first_error = pg_error(conn_, sync_point.get(), "pipeline out of step");
  }
  return first_error;
}

}  // namespace dyad::store
