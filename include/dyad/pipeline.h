// Coding a stream of documents on several threads with the output kept in
// input order, in bounded batches (memory does not grow with the corpus).
#pragma once

#include <functional>

#include "dyad/engine.h"
#include "dyad/ingest.h"

namespace dyad {

struct PipelineOptions {
  int threads = 1;
  size_t batch_documents = 64;  // per thread
};

// Called once per input item, in input order, on the calling thread:
// `coded` is null for a FailedDocument.
using ItemSink = std::function<void(InputItem& item, CodedDocument* coded)>;

// Reads `source` to its end. Returns the number of items read.
size_t code_stream(DocumentSource& source, const Engine& engine, const PipelineOptions& options,
                   const ItemSink& sink);

}  // namespace dyad
