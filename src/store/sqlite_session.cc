#include "store/sqlite_session.h"

#include <string>
#include <unordered_map>

#include "store/sqlite_statement.h"

namespace dyad::store {

namespace {

class SqliteSqlRow : public SqlRow {
 public:
  explicit SqliteSqlRow(sqlite3_stmt* stmt) : row_(stmt), stmt_(stmt) {}
  bool null(int i) const override { return sqlite3_column_type(stmt_, i) == SQLITE_NULL; }
  std::string text(int i) const override { return row_.text(i); }
  int64_t integer(int i) const override { return row_.integer(i); }
  double real(int i) const override { return row_.real(i); }

 private:
  SqliteRow row_;
  sqlite3_stmt* stmt_;
};

void bind_all(sqlite3_stmt* stmt, const SqlParams& params) {
  SqliteBinder b(stmt);
  for (const SqlParams::Value& v : params.values()) {
    if (const auto* s = std::get_if<std::string>(&v)) b.text(*s);
    else if (const auto* i = std::get_if<int64_t>(&v)) b.integer(*i);
    else if (const auto* d = std::get_if<double>(&v)) b.real(*d);
    else b.optional_text({});
  }
}

class SqliteSession : public SqlSession {
 public:
  explicit SqliteSession(sqlite3* db) : db_(db) {}

  Backend backend() const override { return Backend::kSqlite; }

  Status run(const std::string& sql, const SqlParams& params,
             const SqlRowVisitor& visit) override {
    auto statement = prepared(sql);
    if (!statement.ok()) return statement.status();
    return step_all(*statement.value(), params, visit);
  }

  Status run_each(const std::string& sql, const std::vector<SqlParams>& sets,
                  const SqlSetRowVisitor& visit) override {
    auto statement = prepared(sql);
    if (!statement.ok()) return statement.status();
    for (size_t set = 0; set < sets.size(); ++set) {
      SqlRowVisitor one;
      if (visit) one = [&](const SqlRow& row) { return visit(set, row); };
      if (Status st = step_all(*statement.value(), sets[set], one); !st.ok()) return st;
    }
    return Status::Ok();
  }

  Status in_transaction(const std::function<Status()>& work) override {
    const char* what = "a store transaction failed";
    if (Status st = sqlite_exec(db_, "BEGIN IMMEDIATE", what); !st.ok()) return st;
    Status st = work();
    if (st.ok()) st = sqlite_exec(db_, "COMMIT", what);
    if (!st.ok() && !sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
    return st;
  }

 private:
  Result<SqliteStatement*> prepared(const std::string& sql) {
    auto found = statements_.find(sql);
    if (found != statements_.end()) return &found->second;
    auto statement = SqliteStatement::prepare(db_, sql, true);
    if (!statement.ok()) return statement.status();
    return &statements_.emplace(sql, std::move(statement).value()).first->second;
  }

  Status step_all(SqliteStatement& statement, const SqlParams& params,
                  const SqlRowVisitor& visit) {
    sqlite3_stmt* stmt = statement.get();
    bind_all(stmt, params);
    SqliteSqlRow row(stmt);
    Status status;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
      if (visit) status = visit(row);
      if (!status.ok()) break;
    }
    if (status.ok() && rc != SQLITE_DONE) status = sqlite_error(db_, rc, "a store query failed");
    statement.reset();
    return status;
  }

  sqlite3* db_;
  std::unordered_map<std::string, SqliteStatement> statements_;
};

}  // namespace

std::unique_ptr<SqlSession> make_sqlite_session(sqlite3* db) {
  return std::make_unique<SqliteSession>(db);
}

}  // namespace dyad::store
