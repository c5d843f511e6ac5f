#include <atomic>
#include <thread>
#include <vector>

#include "dyad/pipeline.h"

namespace dyad {
namespace {

struct Batch {
  std::vector<InputItem> items;
  std::vector<CodedDocument> coded;
  std::vector<std::string> rendered;
};

// Reads up to `size` items; false when the source is exhausted.
bool read_batch(DocumentSource& source, size_t size, Batch& batch) {
  batch.items.clear();
  while (batch.items.size() < size) {
    auto item = source.next();
    if (!item) return false;
    batch.items.push_back(std::move(*item));
  }
  return true;
}

void code_item(const Engine& engine, const ItemRenderer& render, Batch& batch, size_t i) {
  const auto* doc = std::get_if<Document>(&batch.items[i]);
  if (!doc) return;
  batch.coded[i] = engine.code(*doc);
  if (render) render(*doc, batch.coded[i], batch.rendered[i]);
}

// Starts `threads` workers on the batch; each uses its own Engine copy.
std::vector<std::thread> start_workers(const Engine& engine, const ItemRenderer& render, Batch& batch,
                                       std::atomic<size_t>& next, int threads) {
  batch.coded.assign(batch.items.size(), CodedDocument{});
  batch.rendered.assign(batch.items.size(), std::string());
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t)
    workers.emplace_back([&engine, &render, &batch, &next] {
      Engine local = engine;
      for (size_t i = next++; i < batch.items.size(); i = next++) code_item(local, render, batch, i);
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
    batch.coded.assign(batch.items.size(), CodedDocument{});
    batch.rendered.assign(batch.items.size(), std::string());
    for (size_t i = 0; i < batch.items.size(); ++i) code_item(engine, render, batch, i);
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
  while (!current.items.empty()) {
    std::atomic<size_t> next{0};
    auto workers = start_workers(engine, render, current, next, threads);
    bool more_after = more && read_batch(source, batch_size, next_batch);  // overlaps the coding
    if (!more) next_batch.items.clear();
    for (auto& w : workers) w.join();
    deliver(current, sink);
    total += current.items.size();
    std::swap(current, next_batch);
    more = more_after;
  }
  return total;
}

}  // namespace dyad
