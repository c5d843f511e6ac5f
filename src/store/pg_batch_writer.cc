#include "store/pg_batch_writer.h"

#include <fmt/format.h>

#include <span>
#include <type_traits>

#include "store/document_check.h"
#include "store/event_columns.h"
#include "store/pg_pipeline.h"
#include "store/story_keeper.h"

namespace dyad::store {
namespace {

// Rows per multi-row INSERT (39 event columns: 2496 parameters of 65535).
constexpr size_t kRowsPerInsert = 64;

// A sync point every this many statements bounds the results waiting in the
// socket buffers (a pipeline that only writes could otherwise deadlock).
constexpr size_t kStatementsPerSync = 256;

// One row to insert: row `index` of the sentences or events of document
// number `document` of the batch.
struct RowRef {
  size_t document;
  size_t index;
};

// The name of the statement that inserts `rows` rows into `table`.
std::string insert_name(const char* table, size_t rows) {
  return fmt::format("dyad_insert_{}_{}", table, rows);
}

// One phase of a write, pipelined: the deletes, or the inserts. The caller
// holds the transaction open around the phases.
class BatchWriter {
 public:
  explicit BatchWriter(PGconn* conn) : pipeline_(conn) {}

  Status delete_documents(const std::vector<const StoredDocument*>& documents) {
    if (Status st = pipeline_.enter(); !st.ok()) return st;
    for (const StoredDocument* d : documents) {
      for (const char* del :
           {"dyad_delete_events", "dyad_delete_sentences", "dyad_delete_document"}) {
        PgParams id;
        id.text(d->id);
        send(del, id, "cannot store document " + d->id);
      }
    }
    return finish();
  }

  Status insert_documents(const std::vector<const StoredDocument*>& documents,
                          const std::vector<std::vector<EventLinks>>& links) {
    if (Status st = pipeline_.enter(); !st.ok()) return st;
    for (const StoredDocument* d : documents) {
      PgParams row;
      bind_document_row(row, *d);
      send("dyad_insert_document", row, "cannot store document " + d->id);
    }
    queue_rows(documents, links, &StoredDocument::sentences, "sentences");
    queue_rows(documents, links, &StoredDocument::events, "events");
    return finish();
  }

 private:
  Status finish() {
    if (!status_.ok()) return status_;  // pending statements are drained by ~PgPipeline
    return pipeline_.sync();
  }

  void send(const char* statement, PgParams& params, const std::string& context) {
    if (!status_.ok()) return;
    pipeline_.send_prepared(statement, params, context);
    if (pipeline_.pending() >= kStatementsPerSync) status_ = pipeline_.sync();
  }

  // All rows of one table, kRowsPerInsert per statement, then one by one.
  template <class Row>
  void queue_rows(const std::vector<const StoredDocument*>& documents,
                  const std::vector<std::vector<EventLinks>>& links,
                  std::vector<Row> StoredDocument::*rows, const char* table) {
    std::vector<RowRef> refs;
    for (size_t k = 0; k < documents.size(); ++k) {
      for (size_t i = 0; i < (documents[k]->*rows).size(); ++i) refs.push_back({k, i});
    }
    const std::string many = insert_name(table, kRowsPerInsert), one = insert_name(table, 1);
    for (size_t first = 0; first < refs.size();) {
      const size_t n = refs.size() - first >= kRowsPerInsert ? kRowsPerInsert : 1;
      PgParams params;
      for (const RowRef& r : std::span(refs).subspan(first, n)) {
        const StoredDocument& d = *documents[r.document];
        const auto& row = (d.*rows)[r.index];
        if constexpr (std::is_same_v<Row, Event>) {
          bind_event_row(params, d.id, static_cast<int64_t>(r.index), row,
                         links[r.document][r.index]);
        } else {
          bind_sentence_row(params, d.id, static_cast<int64_t>(r.index), row);
        }
      }
      send(n == 1 ? one.c_str() : many.c_str(), params,
           fmt::format("cannot store the {} of document {}", table,
                       documents[refs[first].document]->id));
      first += n;
    }
  }

  PgPipeline pipeline_;
  Status status_;
};

Result<std::vector<std::vector<EventLinks>>> delete_and_place(
    PGconn* conn, SqlSession& session, const BatchOptions& options,
    const std::vector<const StoredDocument*>& kept, StoryKeeper& keeper) {
  Status st = options.keep_stories ? keeper.begin() : mark_stories_stale(session);
  if (st.ok() && options.keep_stories) {
    std::vector<std::string> ids;
    for (const StoredDocument* d : kept) ids.push_back(d->id);
    st = keeper.note_replaced(ids);
  }
  if (st.ok()) st = BatchWriter(conn).delete_documents(kept);
  if (!st.ok()) return st;
  if (options.keep_stories) return keeper.place(kept);
  std::vector<std::vector<EventLinks>> links;
  for (const StoredDocument* d : kept) links.push_back(condition_links(*d));
  return links;
}

}  // namespace

std::vector<PgStatement> batch_statements() {
  std::vector<PgStatement> all = {
      {"dyad_delete_events", "DELETE FROM events WHERE doc_id = $1"},
      {"dyad_delete_sentences", "DELETE FROM sentences WHERE doc_id = $1"},
      {"dyad_delete_document", "DELETE FROM documents WHERE id = $1"},
      {"dyad_insert_document",
       insert_statement("documents", kDocumentColumns, kDocumentColumnCount, Backend::kPostgres)},
  };
  // Their names must outlive the connection's use of them: kept in a static.
  static const std::vector<std::string> names = {
      insert_name("sentences", 1), insert_name("sentences", kRowsPerInsert),
      insert_name("events", 1), insert_name("events", kRowsPerInsert)};
  for (size_t rows : {size_t{1}, kRowsPerInsert}) {
    const int n = static_cast<int>(rows);
    all.push_back({names[rows == 1 ? 0 : 1].c_str(),
                   insert_statement("sentences", kSentenceColumns, kSentenceColumnCount,
                                    Backend::kPostgres, n)});
    all.push_back(
        {names[rows == 1 ? 2 : 3].c_str(),
         insert_statement("events", kEventColumns, kEventColumnCount, Backend::kPostgres, n)});
  }
  return all;
}

Status write_batch(PGconn* conn, SqlSession& session, const BatchOptions& options,
                   const std::vector<StoredDocument>& documents) {
  std::vector<const StoredDocument*> kept = last_of_each_id(documents);
  for (const StoredDocument* d : kept) {
    if (Status st = check_document(*d); !st.ok()) return st;
  }
  if (Status st = pg_exec(conn, "BEGIN", "cannot start a transaction"); !st.ok()) return st;
  StoryKeeper keeper(session, options.story_window_days);
  auto links = delete_and_place(conn, session, options, kept, keeper);
  if (!links.ok()) return links.status();
  if (Status st = BatchWriter(conn).insert_documents(kept, links.value()); !st.ok()) return st;
  if (options.keep_stories) {
    if (Status st = keeper.finish(); !st.ok()) return st;
  }
  return pg_exec(conn, "COMMIT", "cannot commit");
}

}  // namespace dyad::store
