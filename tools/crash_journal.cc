#include "crash_journal.h"

#include <fmt/format.h>

#include <iostream>

#include "dyad/isolation.h"

namespace dyad::cli {
namespace {

// Far above what one document may cost (markup and sentence limits keep a
// 16 MiB document to seconds), so only a hang reaches it.
constexpr std::chrono::seconds kAloneTimeLimit{120};

}  // namespace

Status CrashJournal::load() {
  auto attempts = store_.attempts();
  if (!attempts.ok()) return attempts.status();
  for (Attempt& a : attempts.value()) {
    if (a.crash.empty()) unfinished_.insert(a.doc_id);
    else crashes_[a.doc_id] = std::move(a);
  }
  return Status::Ok();
}

Status CrashJournal::try_unfinished_alone(DocumentSource& inputs,
                                          const std::function<void(const RawDocument&)>& code_alone,
                                          bool quiet) {
  if (unfinished_.empty()) return Status::Ok();
  if (!quiet)
    std::cerr << fmt::format("dyad: an earlier run stopped while coding {} documents; coding each alone first\n",
                             unfinished_.size());
  std::vector<Attempt> crashed;
  std::vector<std::string> done;
  while (done.size() + crashed.size() < unfinished_.size()) {
    std::optional<RawItem> item = inputs.next_raw();
    if (!item) break;
    const auto* raw = std::get_if<RawDocument>(&*item);
    if (!raw || !unfinished_.count(raw->document.id)) continue;
    IsolatedOutcome outcome = run_isolated([&] { code_alone(*raw); }, kAloneTimeLimit);
    if (outcome.completed) {
      done.push_back(raw->document.id);
      continue;
    }
    Attempt crash{raw->document.id, raw_hash(raw->document), "dyad " + outcome.how + " coding it"};
    if (!quiet)
      std::cerr << fmt::format("dyad: {}: {}; recorded in the store, not coded again while unchanged (document {})\n",
                               raw->document.path, crash.crash, crash.doc_id);
    crashed.push_back(crash);
    crashes_[crash.doc_id] = crash;
  }
  // What was not found is no longer in the inputs: it leaves the journal too.
  std::vector<std::string> cleared(unfinished_.begin(), unfinished_.end());
  unfinished_.clear();
  return store_.record_attempts(crashed, cleared);
}

std::optional<std::string> CrashJournal::known_crash(const RawDocument& raw) const {
  auto it = crashes_.find(raw.document.id);
  if (it == crashes_.end() || it->second.raw_hash != raw_hash(raw.document)) return std::nullopt;
  return it->second.crash;
}

// The hash of an unfinished note is never read (the document is read again
// to be tried alone), so it is not computed for every document.
void CrashJournal::started(const RawDocument& raw) { started_.push_back(Attempt{raw.document.id, "", ""}); }

void CrashJournal::finished(const std::string& doc_id) { finished_.push_back(doc_id); }

Status CrashJournal::flush() {
  Status status = store_.record_attempts(started_, finished_);
  started_.clear();
  finished_.clear();
  return status;
}

}  // namespace dyad::cli
