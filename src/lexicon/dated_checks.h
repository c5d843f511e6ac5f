// Consistency checks for dated actor entries in dyad's own format
// (data/FORMAT.md): each entry's ranges on their own, and one-word names
// (surnames) against the full names of other people in office at the same time.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "compiled_lexicon.h"

namespace dyad::lexicon {

struct DatedIssue {
  int line = 0;  // the dated line (or the entry line) the problem is on
  std::string message;
};

// Whether two inclusive ranges (empty end = open) share at least one day.
bool ranges_overlap(const DatedCode& a, const DatedCode& b);

// Problems of one entry's dated codes:
//   - FROM after TO;
//   - two ranges that overlap (the first listed would win on the shared days);
//   - a dated code that is just the entry's own code (the line says nothing);
//   - a dated state code of another country than the entry's own
//     (organisations such as @UN or @NATO are fine: a Portuguese UN chief).
std::vector<DatedIssue> check_dated_entry(const ActorEntry& entry);

// One-word names of people ("Orban", "Sharif") against the last word of other
// people's full names ("Ludovic Orban", "Nawaz Sharif"): when both people hold
// a dated code at the same time, the surname alone is ambiguous and is reported.
// A double-barrelled last word ("Dlamini-Zuma") is not a surname of its own.
class SurnameCheck {
 public:
  // `names` as written in the entry; only entries with dated codes take part.
  void add(const ActorEntry& entry, const std::vector<std::string>& names);
  // The same with each name's matcher tokens as LexiconBuilder::add_actor hands
  // them back (one per name), so the names are not tokenized twice.
  void add(const ActorEntry& entry, const std::vector<std::string>& names,
           const std::vector<std::vector<std::string>>& name_tokens);
  // One issue per ambiguous surname, at the line of the entry that lists it.
  std::vector<LexiconIssue> issues() const;

 private:
  struct Person {
    ActorEntry entry;                   // code, dated codes, file and line
    std::vector<std::string> surnames;  // one-word names as written
  };
  std::vector<Person> people_;
  // folded last word of a multi-word name -> (person, full name as written)
  std::unordered_map<std::string, std::vector<std::pair<size_t, std::string>>> by_last_word_;
};

}  // namespace dyad::lexicon
