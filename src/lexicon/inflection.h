// Inflected forms of dictionary words. Irregular verb forms come from
// WordNet's exception list (verb.exc: "sent send"); regular ones from
// English spelling rules.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad::lexicon {

class Inflector {
 public:
  // Reads WORDNET_DIR/verb.exc and index.verb; without them only regular
  // forms are made and no word is known as a verb.
  Status load_wordnet(const std::string& wordnet_dir);

  // Single-word verbs WordNet knows, in their base form ("push", "expel").
  const std::unordered_set<std::string>& base_verbs() const { return base_verbs_; }

  // (form, VerbFormFlags) for a verb lemma: base, -s, -ing, past and participle.
  std::vector<std::pair<std::string, uint8_t>> verb_forms(const std::string& lemma) const;

  // Singular and regular plural of a noun ("sanction" -> "sanctions").
  static std::vector<std::string> noun_forms(const std::string& noun);

 private:
  std::unordered_map<std::string, std::vector<std::string>> irregular_;  // lemma -> forms
  std::unordered_set<std::string> base_verbs_;
};

}  // namespace dyad::lexicon
