// The --db side of crash isolation (docs/STORE.md, "A run that dies"). Each
// document is noted in the store's journal before it is coded and cleared
// once its result is back, so a run that dies (a crash, kill -9, the OOM
// killer) leaves the documents it was coding behind. The next run with the
// store first codes each of those alone in a child process: one that kills
// the child is recorded as a crash, and no run codes it again while its
// bytes are the same (it is listed as failed instead).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/ingest.h"
#include "dyad/store.h"

namespace dyad::cli {

class CrashJournal {
 public:
  explicit CrashJournal(Store& store) : store_(store) {}

  // Reads what earlier runs left in the journal.
  Status load();

  // Before any thread starts: reads `inputs` for the documents an earlier
  // run left unfinished and runs `code_alone` on each in a child process.
  // Crashes are recorded; the others, and those no longer in the inputs,
  // leave the journal. Says what it does on stderr unless `quiet`.
  Status try_unfinished_alone(DocumentSource& inputs,
                              const std::function<void(const RawDocument&)>& code_alone, bool quiet);

  // How dyad died on this document (same id, same bytes) in an earlier run.
  std::optional<std::string> known_crash(const RawDocument& raw) const;

  // Queue notes for the next flush(): a document about to be coded, or one
  // whose result is back (or that will not be coded).
  void started(const RawDocument& raw);
  void finished(const std::string& doc_id);
  Status flush();

 private:
  Store& store_;
  std::unordered_map<std::string, Attempt> crashes_;   // by document id
  std::unordered_set<std::string> unfinished_;         // ids an earlier run left
  std::vector<Attempt> started_;
  std::vector<std::string> finished_;
};

}  // namespace dyad::cli
