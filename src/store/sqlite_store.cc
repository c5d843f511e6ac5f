#include "store/sqlite_store.h"

#include <chrono>
#include <utility>

#include "store/document_check.h"
#include "store/event_columns.h"
#include "store/event_query.h"
#include "store/page_scan.h"
#include "store/schema.h"
#include "store/sqlite_session.h"
#include "store/sqlite_statement.h"
#include "store/story_keeper.h"

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
  SqliteStore(SqliteDb db, const StoreOptions& options)
      : db_(std::move(db)), session_(make_sqlite_session(db_.get())), options_(options) {}

  Status prepare() { return prepare_all(db_.get(), s_); }
  Status prepare_stories();

  Status write(const std::vector<StoredDocument>& documents) override {
    std::vector<const StoredDocument*> kept = last_of_each_id(documents);
    for (const StoredDocument* d : kept) {
      if (Status st = check_document(*d); !st.ok()) return st;
    }
    if (Status st = s_.begin.run("cannot start a transaction"); !st.ok()) return st;
    if (Status st = write_all(kept); !st.ok()) return rollback(st);
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
  SqlSession& sql_session() override { return *session_; }

  // SQLite calls the progress handler every kProgressSteps virtual machine
  // steps of a running statement; a non-zero answer interrupts it.
  Status set_deadline(Deadline deadline) override {
    deadline_ = deadline;
    if (deadline == Deadline{})
      sqlite3_progress_handler(db_.get(), 0, nullptr, nullptr);
    else
      sqlite3_progress_handler(db_.get(), kProgressSteps, &past_deadline, this);
    return Status::Ok();
  }

 private:
  Status write_all(const std::vector<const StoredDocument*>& documents);
  Result<std::vector<std::vector<EventLinks>>> delete_and_place(
      const std::vector<const StoredDocument*>& documents, StoryKeeper& keeper);
  Status delete_document(const std::string& id);
  Status insert_rows(const StoredDocument& d, const std::vector<EventLinks>& links);
  Result<bool> exists(const std::string& doc_id);

  // Undoes the open transaction (if SQLite has not already) and returns `error`.
  Status rollback(Status error) {
    if (!sqlite3_get_autocommit(db_.get())) s_.rollback.run("cannot roll back");
    return error;
  }

  static constexpr int kProgressSteps = 10000;
  static int past_deadline(void* self) {
    return std::chrono::steady_clock::now() > static_cast<SqliteStore*>(self)->deadline_ ? 1 : 0;
  }

  Deadline deadline_{};
  SqliteDb db_;
  std::unique_ptr<SqlSession> session_;  // declared after db_: closed before it
  SqliteStatements s_;
  StoreOptions options_;
  int story_window_ = 0;  // the window stories are kept with (prepare_stories)
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

Status SqliteStore::prepare_stories() {
  auto window = store::prepare_stories(*session_, options_);
  if (!window.ok()) return window.status();
  story_window_ = window.value();
  return Status::Ok();
}

// Stored documents with these ids are deleted (a look-up first: three
// DELETEs cost more than one SELECT when the id is new), then the new ones
// inserted, their events placed in stories.
Status SqliteStore::write_all(const std::vector<const StoredDocument*>& documents) {
  StoryKeeper keeper(*session_, story_window_);
  auto links = delete_and_place(documents, keeper);
  if (!links.ok()) return links.status();
  for (size_t i = 0; i < documents.size(); ++i) {
    if (Status st = insert_rows(*documents[i], links.value()[i]); !st.ok()) return st;
  }
  return options_.keep_stories ? keeper.finish() : Status::Ok();
}

Result<std::vector<std::vector<EventLinks>>> SqliteStore::delete_and_place(
    const std::vector<const StoredDocument*>& documents, StoryKeeper& keeper) {
  std::vector<std::string> replaced;
  for (const StoredDocument* d : documents) {
    auto stored = exists(d->id);
    if (!stored.ok()) return stored.status();
    if (stored.value()) replaced.push_back(d->id);
  }
  Status st = options_.keep_stories ? keeper.begin() : mark_stories_stale(*session_);
  if (st.ok() && options_.keep_stories) st = keeper.note_replaced(replaced);
  for (size_t i = 0; st.ok() && i < replaced.size(); ++i) st = delete_document(replaced[i]);
  if (!st.ok()) return st;
  if (options_.keep_stories) return keeper.place(documents);
  std::vector<std::vector<EventLinks>> links;
  for (const StoredDocument* d : documents) links.push_back(condition_links(*d));
  return links;
}

Status SqliteStore::delete_document(const std::string& id) {
  for (SqliteStatement* del : {&s_.delete_events, &s_.delete_sentences, &s_.delete_document}) {
    SqliteBinder(del->get()).text(id);
    if (Status st = del->run("cannot store document " + id); !st.ok()) return st;
  }
  return Status::Ok();
}

Status SqliteStore::insert_rows(const StoredDocument& d, const std::vector<EventLinks>& links) {
  const std::string what = "cannot store document " + d.id;
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
    bind_event_row(b, d.id, static_cast<int64_t>(i), d.events[i], links[i]);
    if (Status st = s_.insert_event.run(what); !st.ok()) return st;
  }
  return Status::Ok();
}

Status SqliteStore::query(const EventFilter& filter, const EventVisitor& visit) {
  auto scan = choose_page_scan(*session_, filter);
  if (!scan.ok()) return scan.status();
  EventQuery q = build_event_query(filter, Backend::kSqlite, scan.value());
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

Result<std::unique_ptr<Store>> make_sqlite_store(SqliteDb db, const StoreOptions& options) {
  auto store = std::make_unique<SqliteStore>(std::move(db), options);
  if (Status st = store->prepare(); !st.ok()) return st;
  if (Status st = store->prepare_stories(); !st.ok()) return st;
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace dyad::store
