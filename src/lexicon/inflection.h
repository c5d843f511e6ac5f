// Inflected forms of dictionary words. Irregular verb forms come from
// WordNet's exception list (verb.exc: "sent send"); regular ones from
// English spelling rules.
#pragma once

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dyad/status.h"

namespace dyad::lexicon {

class Inflector {
 public:
  // Reads WORDNET_DIR/verb.exc; without it only regular forms are made.
  Status load_wordnet(const std::string& wordnet_dir);

  // (form, VerbFormFlags) for a verb lemma: base, -s, -ing, past and participle.
  std::vector<std::pair<std::string, uint8_t>> verb_forms(const std::string& lemma) const;

  // Singular and regular plural of a noun ("sanction" -> "sanctions").
  static std::vector<std::string> noun_forms(const std::string& noun);

 private:
  std::unordered_map<std::string, std::vector<std::string>> irregular_;  // lemma -> forms
};

}  // namespace dyad::lexicon
