// The documents of one batch, coded on C++ threads without the GIL: what
// Python reads back (events as EVENTS.md JSON Lines, failures, counts) or
// writes to a store, without a Python object per event.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "dyad/engine.h"
#include "dyad/ingest.h"
#include "dyad/store.h"

namespace dyad::python {

struct CodedBatch {
  std::vector<InputItem> items;       // in input order: a cleaned Document or a FailedDocument
  std::vector<CodedDocument> coded;   // coded[i] is items[i]'s when that is a Document
  std::vector<std::string> rendered;  // items[i]'s events as EVENTS.md JSON Lines

  size_t documents() const;  // coded documents (failures not counted)
  size_t failed() const;
  size_t sentences() const;
  size_t events() const;
  // Every event in input order, one EVENTS.md JSON line each: what `dyad code` writes.
  std::string events_jsonl() const;
  // One {"doc_id","path","line","error"} line per failed document.
  std::string failures_jsonl() const;
  // Items [first, first + count) as the store keeps them (failures included).
  std::vector<StoredDocument> stored_documents(size_t first, size_t count) const;
};

// Codes `source` to its end with the pipeline of `dyad code` on `threads`
// threads. Touches no Python object: call it with the GIL released.
CodedBatch code_source(DocumentSource& source, const Engine& engine, int threads);

}  // namespace dyad::python
