// The --db side of `dyad code`: coded documents (and failures) go to the
// store in transactions of up to kDocumentsPerTransaction documents, so a run
// killed midway leaves whole documents only. With --resume, documents
// already stored with status ok and the same content hash are skipped before
// they are cleaned or coded. Every document is noted in the crash journal
// (crash_journal.h) while it is being coded. After a store error the input
// ends early and finish() reports the error.
#pragma once

#include <cstddef>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

#include "crash_journal.h"
#include "dyad/ingest.h"
#include "dyad/store.h"

namespace dyad::cli {

class CodeStore {
 public:
  static constexpr size_t kDocumentsPerTransaction = 1024;
  static constexpr size_t kEventsPerTransaction = 50000;
  // Documents read ahead and noted in the journal in one transaction.
  static constexpr size_t kDocumentsPerNote = 32;

  CodeStore(std::unique_ptr<Store> store, bool resume)
      : store_(std::move(store)), resume_(resume), journal_(*store_) {}

  // Reads the journal; then, while the process has one thread, codes alone
  // (code_alone, in a child process) what an earlier run left unfinished,
  // reading `inputs` for it.
  Status try_unfinished_alone(std::unique_ptr<DocumentSource> inputs,
                              const std::function<void(const RawDocument&)>& code_alone, bool quiet);

  // The inputs as the pipeline should read them: noted in the journal,
  // without the stored documents (--resume), documents dyad crashed on
  // before as failures, and ending after a store error.
  std::unique_ptr<DocumentSource> wrap(std::unique_ptr<DocumentSource> inputs);

  // Queues a coded document (`coded` non-null) or a failure for writing.
  void add(const InputItem& item, const CodedDocument* coded);

  // Writes what is queued; the first store error of the run, if any.
  Status finish();

  size_t skipped() const { return skipped_; }

 private:
  friend class CodeSource;
  void write_batch();
  void keep_error(Status status) {
    if (error_.ok()) error_ = std::move(status);
  }

  std::unique_ptr<Store> store_;
  bool resume_;
  CrashJournal journal_;
  std::vector<StoredDocument> batch_;
  size_t batch_events_ = 0;
  size_t skipped_ = 0;
  Status error_;
};

}  // namespace dyad::cli
