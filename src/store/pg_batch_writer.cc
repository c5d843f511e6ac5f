#include "store/pg_batch_writer.h"

#include <fmt/format.h>

#include <span>
#include <type_traits>

#include "store/document_check.h"
#include "store/event_columns.h"
#include "store/pg_pipeline.h"

namespace dyad::store {
namespace {

// Rows per multi-row INSERT (23 event columns: 1472 parameters of 65535).
constexpr size_t kRowsPerInsert = 64;

// A sync point every this many statements bounds the results waiting in the
// socket buffers (a pipeline that only writes could otherwise deadlock).
constexpr size_t kStatementsPerSync = 256;

// One row to insert: row `index` of a document's sentences or events.
struct RowRef {
  const StoredDocument* document;
  size_t index;
};

// The name of the statement that inserts `rows` rows into `table`.
std::string insert_name(const char* table, size_t rows) {
  return fmt::format("dyad_insert_{}_{}", table, rows);
}

class BatchWriter {
 public:
  explicit BatchWriter(PGconn* conn) : pipeline_(conn) {}

  Status write(const std::vector<const StoredDocument*>& documents) {
    if (Status st = pipeline_.enter(); !st.ok()) return st;
    pipeline_.send_constant("BEGIN", "cannot start a transaction");
    for (const StoredDocument* d : documents) queue_document(*d);
    queue_rows(documents, &StoredDocument::sentences, "sentences");
    queue_rows(documents, &StoredDocument::events, "events");
    if (!status_.ok()) return status_;  // pending statements are drained by ~PgPipeline
    pipeline_.send_constant("COMMIT", "cannot commit");
    return pipeline_.sync();
  }

 private:
  void send(const char* statement, PgParams& params, const std::string& context) {
    if (!status_.ok()) return;
    pipeline_.send_prepared(statement, params, context);
    if (pipeline_.pending() >= kStatementsPerSync) status_ = pipeline_.sync();
  }

  void queue_document(const StoredDocument& d) {
    const std::string context = "cannot store document " + d.id;
    for (const char* del :
         {"dyad_delete_events", "dyad_delete_sentences", "dyad_delete_document"}) {
      PgParams id;
      id.text(d.id);
      send(del, id, context);
    }
    PgParams row;
    bind_document_row(row, d);
    send("dyad_insert_document", row, context);
  }

  // All rows of one table, kRowsPerInsert per statement, then one by one.
  template <class Row>
  void queue_rows(const std::vector<const StoredDocument*>& documents,
                  std::vector<Row> StoredDocument::*rows, const char* table) {
    std::vector<RowRef> refs;
    for (const StoredDocument* d : documents) {
      for (size_t i = 0; i < (d->*rows).size(); ++i) refs.push_back({d, i});
    }
    const std::string many = insert_name(table, kRowsPerInsert), one = insert_name(table, 1);
    for (size_t first = 0; first < refs.size();) {
      const size_t n = refs.size() - first >= kRowsPerInsert ? kRowsPerInsert : 1;
      PgParams params;
      for (const RowRef& r : std::span(refs).subspan(first, n)) {
        const auto& row = (r.document->*rows)[r.index];
        if constexpr (std::is_same_v<Row, Event>) {
          bind_event_row(params, r.document->id, static_cast<int64_t>(r.index), row);
        } else {
          bind_sentence_row(params, r.document->id, static_cast<int64_t>(r.index), row);
        }
      }
      send(n == 1 ? one.c_str() : many.c_str(), params,
           fmt::format("cannot store the {} of document {}", table, refs[first].document->id));
      first += n;
    }
  }

  PgPipeline pipeline_;
  Status status_;
};

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

Status write_batch(PGconn* conn, const std::vector<StoredDocument>& documents) {
  std::vector<const StoredDocument*> kept = last_of_each_id(documents);
  for (const StoredDocument* d : kept) {
    if (Status st = check_document(*d); !st.ok()) return st;
  }
  return BatchWriter(conn).write(kept);
}

}  // namespace dyad::store
