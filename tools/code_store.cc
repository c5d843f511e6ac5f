#include "code_store.h"

namespace dyad::cli {

// Reads the inputs for the pipeline, leaving out what --resume skips.
class ResumeSource : public DocumentSource {
 public:
  ResumeSource(std::unique_ptr<DocumentSource> inputs, CodeStore& owner)
      : inputs_(std::move(inputs)), owner_(owner) {}

  std::optional<RawItem> next_raw() override {
    while (owner_.error_.ok()) {
      auto raw = inputs_->next_raw();
      if (!raw || !owner_.resume_ || !is_stored(*raw)) return raw;
      ++owner_.skipped_;
    }
    return std::nullopt;
  }

  const IngestOptions& options() const override { return inputs_->options(); }

 private:
  // The content hash is over the cleaned document, so a copy is cleaned here;
  // the pipeline cleans the original again on a worker when it is coded.
  bool is_stored(const RawItem& raw) {
    const auto* doc = std::get_if<RawDocument>(&raw);
    if (!doc) return false;
    InputItem prepared = prepare_document(*doc, inputs_->options());
    const auto* cleaned = std::get_if<Document>(&prepared);
    if (!cleaned) return false;
    auto stored = owner_.store_->is_stored(cleaned->id, content_hash(*cleaned));
    if (!stored.ok()) owner_.error_ = stored.status();
    return stored.ok() && stored.value();
  }

  std::unique_ptr<DocumentSource> inputs_;
  CodeStore& owner_;
};

std::unique_ptr<DocumentSource> CodeStore::wrap(std::unique_ptr<DocumentSource> inputs) {
  return std::make_unique<ResumeSource>(std::move(inputs), *this);
}

void CodeStore::add(const InputItem& item, const CodedDocument* coded) {
  if (!error_.ok()) return;
  if (const auto* failure = std::get_if<FailedDocument>(&item)) {
    batch_.push_back(to_stored_document(*failure));
  } else if (coded) {
    batch_.push_back(to_stored_document(std::get<Document>(item), *coded));
    batch_events_ += coded->events.size();
  }
  if (batch_.size() >= kDocumentsPerTransaction || batch_events_ >= kEventsPerTransaction) {
    write_batch();
  }
}

void CodeStore::write_batch() {
  if (batch_.empty() || !error_.ok()) return;
  error_ = store_->write(batch_);
  batch_.clear();
  batch_events_ = 0;
}

Status CodeStore::finish() {
  write_batch();
  return error_;
}

}  // namespace dyad::cli
