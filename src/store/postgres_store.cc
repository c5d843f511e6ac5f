#include "store/postgres_store.h"

#include <algorithm>
#include <chrono>
#include <utility>

#include "store/event_columns.h"
#include "store/event_query.h"
#include "store/pg_batch_writer.h"
#include "store/pg_session.h"
#include "store/schema.h"
#include "store/story_keeper.h"

namespace dyad::store {
namespace {

// The statements of reads; batch_statements() has those of writes.
std::vector<PgStatement> statements() {
  std::vector<PgStatement> all = batch_statements();
  std::vector<PgStatement> reads = {
      {"dyad_is_stored",
       "SELECT 1 FROM documents WHERE id = $1 AND status = 'ok' AND content_hash = $2"},
      {"dyad_counts",
       "SELECT (SELECT count(*) FROM documents WHERE status = 'ok'), "
       "(SELECT count(*) FROM documents WHERE status = 'failed'), "
       "(SELECT count(*) FROM sentences), (SELECT count(*) FROM events)"},
      {"dyad_schema_version", "SELECT coalesce(max(version), 0) FROM schema_version"},
      {"dyad_note_attempts",
       "INSERT INTO attempts (doc_id, raw_hash, crash) "
       "SELECT id, hash, nullif(crash, '') FROM unnest($1::text[], $2::text[], $3::text[]) AS a (id, hash, crash) "
       "ON CONFLICT (doc_id) DO UPDATE SET raw_hash = EXCLUDED.raw_hash, crash = EXCLUDED.crash"},
      {"dyad_finish_attempts", "DELETE FROM attempts WHERE doc_id = ANY ($1::text[]) AND crash IS NULL"},
      {"dyad_attempts", "SELECT doc_id, raw_hash, coalesce(crash, '') FROM attempts ORDER BY doc_id"},
  };
  all.insert(all.end(), reads.begin(), reads.end());
  return all;
}

class PostgresStore : public Store {
 public:
  PostgresStore(PgConn conn, const StoreOptions& options)
      : conn_(std::move(conn)), session_(make_postgres_session(conn_.get())), options_(options) {}

  Status prepare() {
    for (const PgStatement& s : statements()) {
      PgResult result(PQprepare(conn_.get(), s.name, s.sql.c_str(), 0, nullptr));
      if (!pg_ok(result.get()))
        return pg_error(conn_.get(), result.get(), "cannot prepare a statement");
    }
    return Status::Ok();
  }

  Status write(const std::vector<StoredDocument>& documents) override;
  Status prepare_stories();

  Result<bool> is_stored(const std::string& doc_id, const std::string& hash) override {
    PgParams params;
    params.text(doc_id);
    params.text(hash);
    auto result = pg_exec_prepared(conn_.get(), "dyad_is_stored", params,
                                   "cannot look up document " + doc_id);
    if (!result.ok()) return result.status();
    return PQntuples(result.value().get()) > 0;
  }

  Status query(const EventFilter& filter, const EventVisitor& visit) override;
  Result<StoreCounts> counts() override;
  Result<int> schema_version() override;
  Status record_attempts(const std::vector<Attempt>& noted,
                         const std::vector<std::string>& finished) override;
  Result<std::vector<Attempt>> attempts() override;
  SqlSession& sql_session() override { return *session_; }
  Status set_deadline(Deadline deadline) override;

 private:
  Status run_attempt_statements(const std::vector<Attempt>& noted,
                                const std::vector<std::string>& finished);
  Status read_rows(const EventVisitor& visit);
  void cancel_and_drain();

  // Ends a failed transaction (if the server still has it open); returns `error`.
  Status rollback(Status error) {
    if (PQtransactionStatus(conn_.get()) != PQTRANS_IDLE) {
      PgResult ignored(PQexec(conn_.get(), "ROLLBACK"));
    }
    return error;
  }

  PgConn conn_;
  std::unique_ptr<SqlSession> session_;  // declared after conn_: destroyed before it
  StoreOptions options_;
  int story_window_ = 0;  // the window stories are kept with (prepare_stories)
};

Status PostgresStore::prepare_stories() {
  auto window = store::prepare_stories(*session_, options_);
  if (!window.ok()) return window.status();
  story_window_ = window.value();
  return Status::Ok();
}

Status PostgresStore::write(const std::vector<StoredDocument>& documents) {
  Status status = write_batch(conn_.get(), *session_,
                              BatchOptions{options_.keep_stories, story_window_}, documents);
  return status.ok() ? status : rollback(status);
}

// statement_timeout: the milliseconds left (at least 1), or 0 (no limit).
Status PostgresStore::set_deadline(Deadline deadline) {
  int64_t ms = 0;
  if (deadline != Deadline{}) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    ms = std::max<int64_t>(1, left.count());
  }
  return session_->run("SELECT set_config('statement_timeout', ?1, false)",
                       SqlParams().text(std::to_string(ms)));
}

Status PostgresStore::query(const EventFilter& filter, const EventVisitor& visit) {
  EventQuery q = build_event_query(filter, Backend::kPostgres);
  PgParams params;
  for (const std::string& value : q.params) params.text(value);
  if (!PQsendQueryParams(conn_.get(), q.sql.c_str(), params.size(), nullptr, params.values(),
                         nullptr, nullptr, 0)) {
    return pg_error(conn_.get(), nullptr, "cannot query events");
  }
  PQsetSingleRowMode(conn_.get());  // stream: never the whole result in memory
  return read_rows(visit);
}

// Rows arrive one per result (PGRES_SINGLE_TUPLE), then an empty TUPLES_OK.
Status PostgresStore::read_rows(const EventVisitor& visit) {
  Status status;
  while (PgResult result{PQgetResult(conn_.get())}) {
    if (!status.ok()) continue;  // draining after an error
    if (!pg_ok(result.get())) {
      status = pg_error(conn_.get(), result.get(), "cannot read events");
    } else if (PQresultStatus(result.get()) == PGRES_SINGLE_TUPLE) {
      status = visit(read_event_row(PgRow(result.get(), 0)));
      if (!status.ok()) cancel_and_drain();
    }
  }
  return status;
}

// Asks the server to stop sending rows nobody will read.
void PostgresStore::cancel_and_drain() {
  if (PGcancel* cancel = PQgetCancel(conn_.get())) {
    char ignored[256];
    PQcancel(cancel, ignored, sizeof ignored);
    PQfreeCancel(cancel);
  }
}

Result<StoreCounts> PostgresStore::counts() {
  PgParams none;
  auto result = pg_exec_prepared(conn_.get(), "dyad_counts", none, "cannot count rows");
  if (!result.ok()) return result.status();
  PgRow row(result.value().get(), 0);
  return StoreCounts{row.integer(0), row.integer(1), row.integer(2), row.integer(3)};
}

Result<int> PostgresStore::schema_version() {
  PgParams none;
  auto result =
      pg_exec_prepared(conn_.get(), "dyad_schema_version", none, "cannot read the schema version");
  if (!result.ok()) return result.status();
  return static_cast<int>(PgRow(result.value().get(), 0).integer(0));
}

// Each list goes as one array parameter: two statements whatever the counts.
Status PostgresStore::run_attempt_statements(const std::vector<Attempt>& noted,
                                             const std::vector<std::string>& finished) {
  const std::string what = "cannot record the documents being coded";
  std::vector<std::string> ids, hashes, crashes;
  for (const Attempt& a : noted) {
    ids.push_back(a.doc_id);
    hashes.push_back(a.raw_hash);
    crashes.push_back(a.crash);
  }
  if (!noted.empty()) {
    PgParams params;
    for (const auto* list : {&ids, &hashes, &crashes}) params.text(pg_text_array(*list));
    if (auto r = pg_exec_prepared(conn_.get(), "dyad_note_attempts", params, what); !r.ok())
      return r.status();
  }
  if (!finished.empty()) {
    PgParams params;
    params.text(pg_text_array(finished));
    if (auto r = pg_exec_prepared(conn_.get(), "dyad_finish_attempts", params, what); !r.ok())
      return r.status();
  }
  return Status::Ok();
}

Status PostgresStore::record_attempts(const std::vector<Attempt>& noted,
                                      const std::vector<std::string>& finished) {
  if (noted.empty() && finished.empty()) return Status::Ok();
  const char* what = "cannot record the documents being coded";
  if (Status st = pg_exec(conn_.get(), "BEGIN", what); !st.ok()) return st;
  Status status = run_attempt_statements(noted, finished);
  if (status.ok()) status = pg_exec(conn_.get(), "COMMIT", what);
  return status.ok() ? status : rollback(status);
}

Result<std::vector<Attempt>> PostgresStore::attempts() {
  PgParams none;
  auto result = pg_exec_prepared(conn_.get(), "dyad_attempts", none, "cannot read the documents being coded");
  if (!result.ok()) return result.status();
  std::vector<Attempt> all;
  for (int i = 0; i < PQntuples(result.value().get()); ++i) {
    PgRow row(result.value().get(), i);
    all.push_back(Attempt{row.text(0), row.text(1), row.text(2)});
  }
  return all;
}

}  // namespace

Result<std::unique_ptr<Store>> make_postgres_store(PgConn conn, const StoreOptions& options) {
  auto store = std::make_unique<PostgresStore>(std::move(conn), options);
  if (Status st = store->prepare(); !st.ok()) return st;
  if (Status st = store->prepare_stories(); !st.ok()) return st;
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace dyad::store
