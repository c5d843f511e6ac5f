#include <atomic>
#include <thread>
#include <vector>

#include "dyad/pipeline.h"

namespace dyad {
namespace {

// Codes every Document of the batch; each thread uses its own Engine copy.
void code_batch(const Engine& engine, std::vector<InputItem>& batch, std::vector<CodedDocument>& coded,
                int threads) {
  std::atomic<size_t> next{0};
  auto work = [&] {
    Engine local = engine;
    for (size_t i = next++; i < batch.size(); i = next++)
      if (const auto* doc = std::get_if<Document>(&batch[i])) coded[i] = local.code(*doc);
  };
  std::vector<std::thread> workers;
  for (int t = 1; t < threads && static_cast<size_t>(t) < batch.size(); ++t) workers.emplace_back(work);
  work();
  for (auto& w : workers) w.join();
}

}  // namespace

size_t code_stream(DocumentSource& source, const Engine& engine, const PipelineOptions& options,
                   const ItemSink& sink) {
  const int threads = std::max(1, options.threads);
  const size_t batch_size = std::max<size_t>(1, options.batch_documents) * static_cast<size_t>(threads);
  std::vector<InputItem> batch;
  std::vector<CodedDocument> coded;
  size_t total = 0;
  bool more = true;
  while (more) {
    batch.clear();
    while (batch.size() < batch_size) {
      auto item = source.next();
      if (!item) {
        more = false;
        break;
      }
      batch.push_back(std::move(*item));
    }
    coded.assign(batch.size(), CodedDocument{});
    code_batch(engine, batch, coded, threads);
    for (size_t i = 0; i < batch.size(); ++i)
      sink(batch[i], std::holds_alternative<Document>(batch[i]) ? &coded[i] : nullptr);
    total += batch.size();
  }
  return total;
}

}  // namespace dyad
