#include "coded_batch.h"

#include <algorithm>

#include "dyad/output.h"
#include "dyad/pipeline.h"

namespace dyad::python {

size_t CodedBatch::documents() const {
  return static_cast<size_t>(std::count_if(items.begin(), items.end(), [](const InputItem& item) {
    return std::holds_alternative<Document>(item);
  }));
}

size_t CodedBatch::failed() const { return items.size() - documents(); }

size_t CodedBatch::sentences() const {
  size_t n = 0;
  for (const CodedDocument& c : coded) n += c.sentences.size();
  return n;
}

size_t CodedBatch::events() const {
  size_t n = 0;
  for (const CodedDocument& c : coded) n += c.events.size();
  return n;
}

std::string CodedBatch::events_jsonl() const {
  std::string out;
  for (const std::string& text : rendered) out += text;
  return out;
}

std::string CodedBatch::failures_jsonl() const {
  std::string out;
  for (const InputItem& item : items)
    if (const auto* failure = std::get_if<FailedDocument>(&item)) append_failure_jsonl(out, *failure);
  return out;
}

std::vector<StoredDocument> CodedBatch::stored_documents(size_t first, size_t count) const {
  std::vector<StoredDocument> out;
  const size_t end = std::min(items.size(), first + count);
  for (size_t i = first; i < end; ++i) {
    if (const auto* failure = std::get_if<FailedDocument>(&items[i])) out.push_back(to_stored_document(*failure));
    else out.push_back(to_stored_document(std::get<Document>(items[i]), coded[i]));
  }
  return out;
}

CodedBatch code_source(DocumentSource& source, const Engine& engine, int threads) {
  CodedBatch batch;
  PipelineOptions options;
  options.threads = threads;
  auto render = [](const Document&, const CodedDocument& coded, std::string& out) {
    for (const Event& e : coded.events) append_event_jsonl(out, e);
  };
  auto keep = [&batch](InputItem& item, CodedDocument* coded, std::string& rendered) {
    batch.items.push_back(std::move(item));
    batch.coded.push_back(coded ? std::move(*coded) : CodedDocument{});
    batch.rendered.push_back(std::move(rendered));
  };
  code_stream(source, engine, options, render, keep);
  return batch;
}

}  // namespace dyad::python
