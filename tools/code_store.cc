#include "code_store.h"

#include <fmt/format.h>

namespace dyad::cli {

// Reads the inputs for the pipeline a few documents ahead: notes them in the
// crash journal in one transaction, turns the documents dyad crashed on
// before into failures, and leaves out what --resume skips.
class CodeSource : public DocumentSource {
 public:
  CodeSource(std::unique_ptr<DocumentSource> inputs, CodeStore& owner)
      : inputs_(std::move(inputs)), owner_(owner) {}

  std::optional<RawItem> next_raw() override {
    while (owner_.error_.ok()) {
      if (ahead_.empty() && !read_ahead()) return std::nullopt;
      RawItem item = std::move(ahead_.front());
      ahead_.pop_front();
      if (!owner_.resume_ || !is_stored(item)) return item;
      ++owner_.skipped_;
      owner_.journal_.finished(std::get<RawDocument>(item).document.id);
    }
    return std::nullopt;
  }

  const IngestOptions& options() const override { return inputs_->options(); }

 private:
  // Up to kDocumentsPerNote documents, and no more bytes than one document
  // may have: large documents are not held by the dozen.
  bool read_ahead() {
    size_t bytes = 0;
    while (ahead_.size() < CodeStore::kDocumentsPerNote && bytes < inputs_->options().max_document_bytes) {
      std::optional<RawItem> item = inputs_->next_raw();
      if (!item) break;
      if (auto* raw = std::get_if<RawDocument>(&*item)) {
        bytes += raw->document.text.size();
        if (auto crash = owner_.journal_.known_crash(*raw)) {
          item = FailedDocument{raw->document.id, raw->document.path, raw->document.line,
                                fmt::format("{} in an earlier run; not coded again while unchanged", *crash)};
        } else {
          owner_.journal_.started(*raw);
        }
      }
      ahead_.push_back(std::move(*item));
    }
    owner_.keep_error(owner_.journal_.flush());
    return !ahead_.empty() && owner_.error_.ok();
  }

  // The content hash is over the cleaned document, so a copy is cleaned here;
  // the pipeline cleans the original again on a worker when it is coded.
  bool is_stored(const RawItem& raw) {
    const auto* doc = std::get_if<RawDocument>(&raw);
    if (!doc) return false;
    InputItem prepared = prepare_document(*doc, inputs_->options());
    const auto* cleaned = std::get_if<Document>(&prepared);
    if (!cleaned) return false;
    auto stored = owner_.store_->is_stored(cleaned->id, content_hash(*cleaned));
    if (!stored.ok()) owner_.keep_error(stored.status());
    return stored.ok() && stored.value();
  }

  std::unique_ptr<DocumentSource> inputs_;
  CodeStore& owner_;
  std::deque<RawItem> ahead_;
};

Status CodeStore::try_unfinished_alone(std::unique_ptr<DocumentSource> inputs,
                                       const std::function<void(const RawDocument&)>& code_alone,
                                       bool quiet) {
  if (Status st = journal_.load(); !st.ok()) return st;
  return journal_.try_unfinished_alone(*inputs, code_alone, quiet);
}

std::unique_ptr<DocumentSource> CodeStore::wrap(std::unique_ptr<DocumentSource> inputs) {
  return std::make_unique<CodeSource>(std::move(inputs), *this);
}

void CodeStore::add(const InputItem& item, const CodedDocument* coded) {
  if (!error_.ok()) return;
  if (const auto* failure = std::get_if<FailedDocument>(&item)) {
    batch_.push_back(to_stored_document(*failure));
    journal_.finished(failure->doc_id);
  } else if (coded) {
    batch_.push_back(to_stored_document(std::get<Document>(item), *coded));
    batch_events_ += coded->events.size();
    journal_.finished(std::get<Document>(item).id);
  }
  if (batch_.size() >= kDocumentsPerTransaction || batch_events_ >= kEventsPerTransaction) {
    write_batch();
  }
}

void CodeStore::write_batch() {
  if (batch_.empty() || !error_.ok()) return;
  keep_error(store_->write(batch_));
  batch_.clear();
  batch_events_ = 0;
}

Status CodeStore::finish() {
  write_batch();
  if (error_.ok()) keep_error(journal_.flush());
  return error_;
}

}  // namespace dyad::cli
