#include "store/sqlite_store.h"

#include <utility>

#include "store/document_check.h"
#include "store/event_columns.h"
#include "store/event_query.h"
#include "store/schema.h"
#include "store/sqlite_statement.h"

namespace dyad::store {
namespace {

// Every statement the store runs more than once, prepared at open.
struct SqliteStatements {
  SqliteStatement begin, commit, rollback;
  SqliteStatement find_document, delete_events, delete_sentences, delete_document;
  SqliteStatement insert_document, insert_sentence, insert_event;
  SqliteStatement is_stored, counts, schema_version;
  SqliteStatement note_attempt, finish_attempt, attempts;
};

Status prepare_all(sqlite3* db, SqliteStatements& s) {
  const std::pair<SqliteStatement*, std::string> all[] = {
      {&s.begin, "BEGIN IMMEDIATE"},
      {&s.commit, "COMMIT"},
      {&s.rollback, "ROLLBACK"},
      {&s.find_document, "SELECT 1 FROM documents WHERE id = ?1"},
      {&s.delete_events, "DELETE FROM events WHERE doc_id = ?1"},
      {&s.delete_sentences, "DELETE FROM sentences WHERE doc_id = ?1"},
      {&s.delete_document, "DELETE FROM documents WHERE id = ?1"},
      {&s.insert_document,
       insert_statement("documents", kDocumentColumns, kDocumentColumnCount, Backend::kSqlite)},
      {&s.insert_sentence,
       insert_statement("sentences", kSentenceColumns, kSentenceColumnCount, Backend::kSqlite)},
      {&s.insert_event,
       insert_statement("events", kEventColumns, kEventColumnCount, Backend::kSqlite)},
      {&s.is_stored,
       "SELECT 1 FROM documents WHERE id = ?1 AND status = 'ok' AND content_hash = ?2"},
      {&s.counts,
       "SELECT (SELECT count(*) FROM documents WHERE status = 'ok'), "
       "(SELECT count(*) FROM documents WHERE status = 'failed'), "
       "(SELECT count(*) FROM sentences), (SELECT count(*) FROM events)"},
      {&s.schema_version, "SELECT coalesce(max(version), 0) FROM schema_version"},
      {&s.note_attempt, "INSERT OR REPLACE INTO attempts (doc_id, raw_hash, crash) VALUES (?1, ?2, ?3)"},
      {&s.finish_attempt, "DELETE FROM attempts WHERE doc_id = ?1 AND crash IS NULL"},
      {&s.attempts, "SELECT doc_id, raw_hash, coalesce(crash, '') FROM attempts ORDER BY doc_id"},
  };
  for (const auto& [statement, sql] : all) {
    auto prepared = SqliteStatement::prepare(db, sql, true);
    if (!prepared.ok()) return prepared.status();
    *statement = std::move(prepared).value();
  }
  return Status::Ok();
}

class SqliteStore : public Store {
 public:
  explicit SqliteStore(SqliteDb db) : db_(std::move(db)) {}

  Status prepare() { return prepare_all(db_.get(), s_); }

  Status write(const std::vector<StoredDocument>& documents) override {
    if (Status st = s_.begin.run("cannot start a transaction"); !st.ok()) return st;
    for (const StoredDocument& d : documents) {
      if (Status st = write_document(d); !st.ok()) return rollback(st);
    }
    if (Status st = s_.commit.run("cannot commit"); !st.ok()) return rollback(st);
    return Status::Ok();
  }

  Result<bool> is_stored(const std::string& doc_id, const std::string& hash) override {
    SqliteBinder b(s_.is_stored.get());
    b.text(doc_id);
    b.text(hash);
    int rc = sqlite3_step(s_.is_stored.get());
    Status error = rc == SQLITE_ROW || rc == SQLITE_DONE
                       ? Status::Ok()
                       : sqlite_error(db_.get(), rc, "cannot look up document " + doc_id);
    s_.is_stored.reset();
    if (!error.ok()) return error;
    return rc == SQLITE_ROW;
  }

  Status query(const EventFilter& filter, const EventVisitor& visit) override;
  Result<StoreCounts> counts() override;
  Result<int> schema_version() override;
  Status record_attempts(const std::vector<Attempt>& noted,
                         const std::vector<std::string>& finished) override;
  Result<std::vector<Attempt>> attempts() override;

 private:
  Status write_document(const StoredDocument& d);
  Status insert_rows(const StoredDocument& d, const std::string& what);
  Result<bool> exists(const std::string& doc_id);

  // Undoes the open transaction (if SQLite has not already) and returns `error`.
  Status rollback(Status error) {
    if (!sqlite3_get_autocommit(db_.get())) s_.rollback.run("cannot roll back");
    return error;
  }

  SqliteDb db_;
  SqliteStatements s_;
};

Result<bool> SqliteStore::exists(const std::string& doc_id) {
  SqliteBinder(s_.find_document.get()).text(doc_id);
  int rc = sqlite3_step(s_.find_document.get());
  s_.find_document.reset();
  if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
    return sqlite_error(db_.get(), rc, "cannot look up document " + doc_id);
  }
  return rc == SQLITE_ROW;
}

// Replaces the stored document with this id, if any (deleting only after a
// look-up: three DELETEs cost more than one SELECT when the id is new).
Status SqliteStore::write_document(const StoredDocument& d) {
  if (Status st = check_document(d); !st.ok()) return st;
  const std::string what = "cannot store document " + d.id;
  auto stored = exists(d.id);
  if (!stored.ok()) return stored.status();
  if (stored.value()) {
    for (SqliteStatement* del : {&s_.delete_events, &s_.delete_sentences, &s_.delete_document}) {
      SqliteBinder(del->get()).text(d.id);
      if (Status st = del->run(what); !st.ok()) return st;
    }
  }
  return insert_rows(d, what);
}

Status SqliteStore::insert_rows(const StoredDocument& d, const std::string& what) {
  SqliteBinder doc(s_.insert_document.get());
  bind_document_row(doc, d);
  if (Status st = s_.insert_document.run(what); !st.ok()) return st;
  for (size_t i = 0; i < d.sentences.size(); ++i) {
    SqliteBinder b(s_.insert_sentence.get());
    bind_sentence_row(b, d.id, static_cast<int64_t>(i), d.sentences[i]);
    if (Status st = s_.insert_sentence.run(what); !st.ok()) return st;
  }
  for (size_t i = 0; i < d.events.size(); ++i) {
    SqliteBinder b(s_.insert_event.get());
    bind_event_row(b, d.id, static_cast<int64_t>(i), d.events[i]);
    if (Status st = s_.insert_event.run(what); !st.ok()) return st;
  }
  return Status::Ok();
}

Status SqliteStore::query(const EventFilter& filter, const EventVisitor& visit) {
  EventQuery q = build_event_query(filter, Backend::kSqlite);
  auto statement = SqliteStatement::prepare(db_.get(), q.sql, false);
  if (!statement.ok()) return statement.status();
  sqlite3_stmt* stmt = statement.value().get();
  SqliteBinder b(stmt);
  for (const std::string& param : q.params) b.text(param);
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    if (Status st = visit(read_event_row(SqliteRow(stmt))); !st.ok()) return st;
  }
  return rc == SQLITE_DONE ? Status::Ok() : sqlite_error(db_.get(), rc, "cannot read events");
}

Result<StoreCounts> SqliteStore::counts() {
  sqlite3_stmt* stmt = s_.counts.get();
  int rc = sqlite3_step(stmt);
  if (rc != SQLITE_ROW) {
    Status error = sqlite_error(db_.get(), rc, "cannot count rows");
    s_.counts.reset();
    return error;
  }
  SqliteRow row(stmt);
  StoreCounts c{row.integer(0), row.integer(1), row.integer(2), row.integer(3)};
  s_.counts.reset();
  return c;
}

Result<int> SqliteStore::schema_version() {
  sqlite3_stmt* stmt = s_.schema_version.get();
  int rc = sqlite3_step(stmt);
  Result<int> version =
      rc == SQLITE_ROW ? Result<int>(static_cast<int>(sqlite3_column_int(stmt, 0)))
                       : Result<int>(sqlite_error(db_.get(), rc, "cannot read the schema version"));
  s_.schema_version.reset();
  return version;
}

Status SqliteStore::record_attempts(const std::vector<Attempt>& noted,
                                    const std::vector<std::string>& finished) {
  if (noted.empty() && finished.empty()) return Status::Ok();
  const std::string what = "cannot record the documents being coded";
  if (Status st = s_.begin.run(what); !st.ok()) return st;
  for (const Attempt& a : noted) {
    SqliteBinder b(s_.note_attempt.get());
    b.text(a.doc_id);
    b.text(a.raw_hash);
    b.optional_text(a.crash);
    if (Status st = s_.note_attempt.run(what); !st.ok()) return rollback(st);
  }
  for (const std::string& id : finished) {
    SqliteBinder(s_.finish_attempt.get()).text(id);
    if (Status st = s_.finish_attempt.run(what); !st.ok()) return rollback(st);
  }
  if (Status st = s_.commit.run(what); !st.ok()) return rollback(st);
  return Status::Ok();
}

Result<std::vector<Attempt>> SqliteStore::attempts() {
  sqlite3_stmt* stmt = s_.attempts.get();
  std::vector<Attempt> all;
  int rc;
  while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
    SqliteRow row(stmt);
    all.push_back(Attempt{row.text(0), row.text(1), row.text(2)});
  }
  Status error = rc == SQLITE_DONE ? Status::Ok()
                                   : sqlite_error(db_.get(), rc, "cannot read the documents being coded");
  s_.attempts.reset();
  if (!error.ok()) return error;
  return all;
}

}  // namespace

Result<std::unique_ptr<Store>> make_sqlite_store(SqliteDb db) {
  auto store = std::make_unique<SqliteStore>(std::move(db));
  if (Status st = store->prepare(); !st.ok()) return st;
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace dyad::store
