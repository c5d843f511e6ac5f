// The --db side of `dyad code`: coded documents (and failures) go to the
// store in transactions of up to kDocumentsPerTransaction documents, so a run
// killed midway leaves whole documents only. With --resume, documents
// already stored with status ok and the same content hash are skipped before
// they are cleaned or coded. After a store error the input ends early and
// finish() reports the error.
#pragma once

#include <cstddef>
#include <memory>
#include <vector>

#include "dyad/ingest.h"
#include "dyad/store.h"

namespace dyad::cli {

class CodeStore {
 public:
  static constexpr size_t kDocumentsPerTransaction = 1024;
  static constexpr size_t kEventsPerTransaction = 50000;

  CodeStore(std::unique_ptr<Store> store, bool resume)
      : store_(std::move(store)), resume_(resume) {}

  // The inputs as the pipeline should read them: without the stored
  // documents (--resume), and ending after a store error.
  std::unique_ptr<DocumentSource> wrap(std::unique_ptr<DocumentSource> inputs);

  // Queues a coded document (`coded` non-null) or a failure for writing.
  void add(const InputItem& item, const CodedDocument* coded);

  // Writes what is queued; the first store error of the run, if any.
  Status finish();

  size_t skipped() const { return skipped_; }

 private:
  friend class ResumeSource;
  void write_batch();

  std::unique_ptr<Store> store_;
  bool resume_;
  std::vector<StoredDocument> batch_;
  size_t batch_events_ = 0;
  size_t skipped_ = 0;
  Status error_;
};

}  // namespace dyad::cli
