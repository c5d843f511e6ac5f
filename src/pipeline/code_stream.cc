#include <atomic>
#include <exception>
#include <string>
#include <thread>
#include <vector>

#include "dyad/pipeline.h"

namespace dyad {
namespace {

struct Batch {
  std::vector<RawItem> raw;     // as read, on the calling thread
  std::vector<InputItem> items; // cleaned, on a worker
  std::vector<CodedDocument> coded;
  std::vector<std::string> rendered;
};

// Reads up to `size` items; false when the source is exhausted.
bool read_batch(DocumentSource& source, size_t size, Batch& batch) {
  batch.raw.clear();
  while (batch.raw.size() < size) {
    auto item = source.next_raw();
    if (!item) return false;
    batch.raw.push_back(std::move(*item));
  }
  return true;
}

// Sizes the per-item slots of a batch that has been read.
void reset_slots(Batch& batch) {
  batch.items.assign(batch.raw.size(), InputItem{});
  batch.coded.assign(batch.raw.size(), CodedDocument{});
  batch.rendered.assign(batch.raw.size(), std::string());
}

// Cleans, codes and renders item i of the batch.
void code_item_unguarded(const Engine& engine, const IngestOptions& ingest, const ItemRenderer& render,
                         Batch& batch, size_t i) {
  if (auto* raw = std::get_if<RawDocument>(&batch.raw[i])) batch.items[i] = prepare_document(std::move(*raw), ingest);
  else batch.items[i] = std::move(std::get<FailedDocument>(batch.raw[i]));
  const auto* doc = std::get_if<Document>(&batch.items[i]);
  if (!doc) return;
  batch.coded[i] = engine.code(*doc);
  if (render) render(*doc, batch.coded[i], batch.rendered[i]);
}

// An exception while coding one document (out of memory, a library that
// throws) fails that document alone; the others of the run go on.
void code_item(const Engine& engine, const IngestOptions& ingest, const ItemRenderer& render,
               Batch& batch, size_t i) {
  FailedDocument failure;
  if (const auto* raw = std::get_if<RawDocument>(&batch.raw[i]))
    failure = FailedDocument{raw->document.id, raw->document.path, raw->document.line, ""};
  try {
    code_item_unguarded(engine, ingest, render, batch, i);
    return;
  } catch (const std::exception& e) {
    failure.error = std::string("internal error while coding: ") + e.what();
  } catch (...) {
    failure.error = "internal error while coding";
  }
  batch.items[i] = std::move(failure);
  batch.coded[i] = CodedDocument{};
  batch.rendered[i].clear();
}

// Starts `threads` workers on the batch; each uses its own Engine copy.
std::vector<std::thread> start_workers(const Engine& engine, const IngestOptions& ingest,
                                       const ItemRenderer& render, Batch& batch,
                                       std::atomic<size_t>& next, int threads) {
  reset_slots(batch);
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t)
    workers.emplace_back([&engine, &ingest, &render, &batch, &next] {
      Engine local = engine;
      for (size_t i = next++; i < batch.raw.size(); i = next++) code_item(local, ingest, render, batch, i);
    });
  return workers;
}

void deliver(Batch& batch, const ItemSink& sink) {
  for (size_t i = 0; i < batch.items.size(); ++i)
    sink(batch.items[i], std::holds_alternative<Document>(batch.items[i]) ? &batch.coded[i] : nullptr,
         batch.rendered[i]);
}

size_t run_serial(DocumentSource& source, const Engine& engine, size_t batch_size,
                  const ItemRenderer& render, const ItemSink& sink) {
  Batch batch;
  size_t total = 0;
  bool more = true;
  while (more) {
    more = read_batch(source, batch_size, batch);
    reset_slots(batch);
    for (size_t i = 0; i < batch.raw.size(); ++i) code_item(engine, source.options(), render, batch, i);
    deliver(batch, sink);
    total += batch.items.size();
  }
  return total;
}

}  // namespace

size_t code_stream(DocumentSource& source, const Engine& engine, const PipelineOptions& options,
                   const ItemRenderer& render, const ItemSink& sink) {
  const int threads = std::max(1, options.threads);
  const size_t batch_size = std::max<size_t>(1, options.batch_documents) * static_cast<size_t>(threads);
  if (threads == 1) return run_serial(source, engine, batch_size, render, sink);

  Batch current, next_batch;
  size_t total = 0;
  bool more = read_batch(source, batch_size, current);
  while (!current.raw.empty()) {
    std::atomic<size_t> next{0};
    auto workers = start_workers(engine, source.options(), render, current, next, threads);
    bool more_after = more && read_batch(source, batch_size, next_batch);  // overlaps the coding
    if (!more) next_batch.raw.clear();
    for (auto& w : workers) w.join();
    deliver(current, sink);
    total += current.items.size();
    std::swap(current, next_batch);
    more = more_after;
  }
  return total;
}

}  // namespace dyad
