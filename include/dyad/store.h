// The event store: coded documents, their sentences and their events in
// SQLite (a file, the default) or PostgreSQL (a server, for teams), behind one
// interface. The schema is documented in docs/STORE.md.
//
// Contracts every backend keeps:
// - write() is one transaction: all of its documents are stored, or none is.
//   A document is never half-written (a row without all its events).
// - A document id is the document's identity: writing a document replaces
//   any stored document with that id, its sentences and events included.
// - All SQL is prepared; values, filters included, are bound parameters.
// - No exception escapes; errors come back as Status / Result.
// A Store is used by one thread at a time.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/engine.h"
#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct StoredSentence {
  Span span;
  std::string text;
};

// One document as the store keeps it. A failed document (error non-empty) has
// no sentences and no events.
struct StoredDocument {
  std::string id;
  std::string path;
  int line = 0;  // 1-based JSON Lines line, 0 otherwise
  std::string url, source, title, date;
  std::string content_hash;  // content_hash(document); empty for a failed document
  std::string error;         // non-empty: status 'failed'
  std::vector<StoredSentence> sentences;
  // Each event's `sentence` indexes `sentences`; its `text` is that sentence's
  // text and is stored once, with the sentence.
  std::vector<Event> events;

  bool failed() const { return !error.empty(); }
};

// A hex digest of everything coding reads from the document (id, date, title,
// url, source, text). Same hash: same events, so `--resume` may skip it.
std::string content_hash(const Document& document);

// A hex digest of a document as read, before cleaning (its id and raw
// bytes): how the crash journal knows a document it died on.
std::string raw_hash(const Document& raw_document);

// A document a run began to code: a row of the crash journal.
struct Attempt {
  std::string doc_id;
  std::string raw_hash;  // raw_hash() of the document
  std::string crash;     // empty: unfinished; else how dyad died coding it
};

// The store's view of a coded document, and of one that could not be read.
// A failed document without an id is named "PATH:LINE" (or PATH).
StoredDocument to_stored_document(const Document& document, const CodedDocument& coded);
StoredDocument to_stored_document(const FailedDocument& failure);

// Which events a query returns; empty fields do not filter. Entities are an
// actor's country, else its organisation (EVENTS.md), e.g. "RUS", "NATO".
// (Every member has an initializer, so designated initializers may name any subset.)
struct EventFilter {
  std::string source{}, target{};  // entities
  std::string root{}, code{}, modality{}, doc_id{};
  std::string date_from{}, date_to{};  // YYYY-MM-DD, both inclusive
  int64_t limit = -1;                  // at most this many events; -1: all
  // Keyset paging: only events whose row id is larger (0: from the first).
  int64_t after_id = 0;
  // Incremental pulls: only events of documents coded (stored) at or after
  // this UTC time, "YYYY-MM-DDTHH:MM:SSZ"; empty: any time.
  std::string coded_since{};
};

// An event read back, with its row id (insertion order), document URL and
// story (docs/ANALYSIS.md).
struct StoredEvent {
  int64_t id = 0;
  Event event;
  std::string doc_url;
  int64_t story_id = 0;  // 0: in no story (not a dated fact)
};

struct StoreCounts {
  int64_t documents = 0;  // status 'ok'
  int64_t failed_documents = 0;
  int64_t sentences = 0;
  int64_t events = 0;
};

struct StoreOptions {
  bool read_only = false;  // query and export: never writes, never creates
  // Stories (docs/ANALYSIS.md): the fact events of one source, target and
  // root within this many days of each other are one story. 0: the window
  // the store has (3 for a new store). A different window rebuilds every
  // story when the store is opened for writing.
  int story_window_days = 0;
  // false: writes do not place events in stories (a faster bulk load); the
  // stories are marked stale and rebuilt by the next open for writing with
  // keep_stories.
  bool keep_stories = true;
};

namespace store {
class SqlSession;
}

class Store {
 public:
  virtual ~Store() = default;

  // Stores the documents in one transaction, each replacing any stored
  // document with its id. On error nothing of this call is stored.
  virtual Status write(const std::vector<StoredDocument>& documents) = 0;

  // True when `doc_id` is stored with status 'ok' and this content hash.
  virtual Result<bool> is_stored(const std::string& doc_id, const std::string& content_hash) = 0;

  // Calls `visit` on each matching event in insertion order. A non-ok Status
  // from `visit` stops the query and is returned. `visit` must not use the store.
  using EventVisitor = std::function<Status(const StoredEvent&)>;
  virtual Status query(const EventFilter& filter, const EventVisitor& visit) = 0;

  virtual Result<StoreCounts> counts() = 0;

  // The schema version of the open store (see docs/STORE.md).
  virtual Result<int> schema_version() = 0;

  // The crash journal (docs/STORE.md). One transaction of its own, outside
  // write(): each `noted` attempt is stored (replacing one with its id),
  // then the unfinished attempts of the `finished` ids are deleted.
  virtual Status record_attempts(const std::vector<Attempt>& noted,
                                 const std::vector<std::string>& finished) = 0;
  // Every attempt stored: the unfinished ones a run that died left, and the
  // documents dyad died on.
  virtual Result<std::vector<Attempt>> attempts() = 0;
  // Statements that run past `deadline` are stopped and fail (SQLite: the
  // running statement is interrupted; PostgreSQL: statement_timeout is set
  // to the time left). A default time_point lifts the limit. For servers,
  // which bound the time of each request.
  using Deadline = std::chrono::steady_clock::time_point;
  virtual Status set_deadline(Deadline deadline) = 0;

  // For dyad's own modules (src/analysis): SQL on this store's connection
  // (src/store/sql_session.h). Not part of the stable API.
  virtual store::SqlSession& sql_session() = 0;
};

// The number of events that match `filter` (its limit ignored).
Result<int64_t> count_events(Store& store, const EventFilter& filter);

// True for locations open_store hands to PostgreSQL.
bool is_postgres_location(const std::string& location);

// Opens (and, unless read-only, creates and migrates) the store at `location`:
// "postgresql://..." or "postgres://..." (a libpq URI) for PostgreSQL; a file
// path, or a "file:" URI such as "file:x.sqlite?mode=ro", for SQLite.
Result<std::unique_ptr<Store>> open_store(const std::string& location,
                                          const StoreOptions& options = {});

}  // namespace dyad
