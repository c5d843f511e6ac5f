#include "store/pg_session.h"

#include <fmt/format.h>

#include <string>
#include <unordered_map>

#include "store/pg_connection.h"

namespace dyad::store {
namespace {

class PgSqlRow : public SqlRow {
 public:
  PgSqlRow(const PGresult* result, int row) : row_(result, row) {}
  bool null(int i) const override { return row_.null(i); }
  std::string text(int i) const override { return row_.text(i); }
  int64_t integer(int i) const override { return row_.integer(i); }
  double real(int i) const override { return row_.real(i); }

 private:
  PgRow row_;
};

PgParams to_pg_params(const SqlParams& params) {
  PgParams out;
  for (const SqlParams::Value& v : params.values()) {
    if (const auto* s = std::get_if<std::string>(&v)) out.text(*s);
    else if (const auto* i = std::get_if<int64_t>(&v)) out.integer(*i);
    else if (const auto* d = std::get_if<double>(&v)) out.real(*d);
    else out.optional_text({});
  }
  return out;
}

// Asks the server to stop sending rows nobody will read.
void cancel_query(PGconn* conn) {
  if (PGcancel* cancel = PQgetCancel(conn)) {
    char ignored[256];
    PQcancel(cancel, ignored, sizeof ignored);
    PQfreeCancel(cancel);
  }
}

// Reads one statement's results up to the null that ends them, visiting
// each row (single-row results and whole ones alike). The first error wins;
// the rest is drained unread.
Status read_statement_results(PGconn* conn, const SqlRowVisitor& visit, bool cancel_on_stop) {
  Status status;
  while (PgResult result{PQgetResult(conn)}) {
    if (!status.ok()) continue;
    if (PQresultStatus(result.get()) == PGRES_PIPELINE_ABORTED) continue;
    if (!pg_ok(result.get())) {
      status = pg_error(conn, result.get(), "a store query failed");
      continue;
    }
    for (int r = 0; visit && status.ok() && r < PQntuples(result.get()); ++r) {
      status = visit(PgSqlRow(result.get(), r));
    }
    if (!status.ok() && cancel_on_stop) cancel_query(conn);
  }
  return status;
}

class PostgresSession : public SqlSession {
 public:
  explicit PostgresSession(PGconn* conn) : conn_(conn) {}

  Backend backend() const override { return Backend::kPostgres; }

  Status run(const std::string& sql, const SqlParams& params,
             const SqlRowVisitor& visit) override {
    auto name = prepared(sql);
    if (!name.ok()) return name.status();
    PgParams values = to_pg_params(params);
    if (!PQsendQueryPrepared(conn_, name.value().c_str(), values.size(), values.values(), nullptr,
                             nullptr, 0)) {
      return pg_error(conn_, nullptr, "a store query failed");
    }
    PQsetSingleRowMode(conn_);  // stream: never a whole large result in memory
    return read_statement_results(conn_, visit, true);
  }

  Status run_each(const std::string& sql, const std::vector<SqlParams>& sets,
                  const SqlSetRowVisitor& visit) override {
    if (sets.empty()) return Status::Ok();
    auto name = prepared(sql);
    if (!name.ok()) return name.status();
    if (!PQenterPipelineMode(conn_)) return pg_error(conn_, nullptr, "cannot enter pipeline mode");
    Status status;
    size_t sent = 0;
    for (; sent < sets.size(); ++sent) {
      PgParams values = to_pg_params(sets[sent]);
      if (!PQsendQueryPrepared(conn_, name.value().c_str(), values.size(), values.values(),
                               nullptr, nullptr, 0)) {
        status = pg_error(conn_, nullptr, "a store query failed");
        break;
      }
    }
    if (!PQpipelineSync(conn_) && status.ok()) status = pg_error(conn_, nullptr, "cannot sync");
    for (size_t set = 0; set < sent; ++set) {
      SqlRowVisitor one;
      if (visit) one = [&](const SqlRow& row) { return visit(set, row); };
      Status st = read_statement_results(conn_, status.ok() ? one : SqlRowVisitor{}, false);
      if (status.ok()) status = st;
    }
    PgResult sync_point(PQgetResult(conn_));
    PQexitPipelineMode(conn_);
    return status;
  }

  Status in_transaction(const std::function<Status()>& work) override {
    const char* what = "a store transaction failed";
    if (Status st = pg_exec(conn_, "BEGIN", what); !st.ok()) return st;
    Status st = work();
    if (st.ok()) st = pg_exec(conn_, "COMMIT", what);
    if (!st.ok() && PQtransactionStatus(conn_) != PQTRANS_IDLE) pg_exec(conn_, "ROLLBACK", what);
    return st;
  }

 private:
  Result<std::string> prepared(const std::string& sql) {
    auto found = names_.find(sql);
    if (found != names_.end()) return found->second;
    std::string name = fmt::format("dyad_session_{}", names_.size());
    PgResult result(PQprepare(conn_, name.c_str(), postgres_placeholders(sql).c_str(), 0, nullptr));
    if (!pg_ok(result.get())) return pg_error(conn_, result.get(), "cannot prepare a statement");
    names_.emplace(sql, name);
    return name;
  }

  PGconn* conn_;
  std::unordered_map<std::string, std::string> names_;
};

}  // namespace

std::unique_ptr<SqlSession> make_postgres_session(PGconn* conn) {
  return std::make_unique<PostgresSession>(conn);
}

}  // namespace dyad::store
