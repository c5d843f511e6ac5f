// Coding a stream of documents on several threads with the output kept in
// input order, in bounded batches (memory does not grow with the corpus).
#pragma once

#include <functional>
#include <string>

#include "dyad/engine.h"
#include "dyad/ingest.h"

namespace dyad {

struct PipelineOptions {
  int threads = 1;              // 1: everything on the calling thread
  size_t batch_documents = 64;  // per thread
};

// Runs on a worker thread right after a document is coded, e.g. to render
// its events as JSON Lines into `out`. May be empty.
using ItemRenderer = std::function<void(const Document& document, const CodedDocument& coded, std::string& out)>;

// Called once per input item, in input order, on the calling thread: `coded`
// is null for a FailedDocument; `rendered` is what the renderer wrote.
using ItemSink = std::function<void(InputItem& item, CodedDocument* coded, std::string& rendered)>;

// Reads `source` to its end; with several threads, the next batch is read
// while the current one is coded. Returns the number of items read. An
// exception while a document is cleaned, coded or rendered makes that
// document a FailedDocument ("internal error while coding: ...").
size_t code_stream(DocumentSource& source, const Engine& engine, const PipelineOptions& options,
                   const ItemRenderer& render, const ItemSink& sink);

}  // namespace dyad
