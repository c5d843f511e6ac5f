// The lexicon: every dictionary dyad codes with (actors, agents, verb
// patterns, event nouns, the CAMEO codebook), compiled once into one token
// matcher. Immutable after load and shared read-only by all threads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

namespace lexicon {
class CompiledLexicon;
}

// Where dictionaries come from. Each dict source is a directory in dyad's own
// format, or "petrarch:DIR" / "tabari:DIR" for those formats.
struct LexiconOptions {
  std::vector<std::string> dict_sources;  // empty: the bundled data directory
  std::string iso_codes_dir = "/usr/share/iso-codes/json";
  std::string wordnet_dir = "/usr/share/wordnet";
  // The part-of-speech model (Debian liblingua-en-tagger-perl); without it
  // verbs outside the dictionaries give no clause structure.
  std::string pos_model_dir = "/usr/share/perl5/Lingua/EN/Tagger";
};

// A problem found while loading or checking dictionaries.
struct LexiconIssue {
  std::string file;
  int line = 0;
  std::string message;
  bool fatal = false;  // fatal issues make load_lexicon fail
};

struct LexiconStats {
  size_t actor_entries = 0, matcher_phrases = 0, agent_nouns = 0, verb_patterns = 0,
         verb_forms = 0, event_nouns = 0, cameo_codes = 0;
  double load_seconds = 0;
};

class Lexicon {
 public:
  ~Lexicon();
  const lexicon::CompiledLexicon& compiled() const { return *compiled_; }
  const LexiconStats& stats() const;
  // Non-fatal problems (duplicates, conflicts) found while loading.
  const std::vector<LexiconIssue>& issues() const;

 private:
  friend Result<std::shared_ptr<const Lexicon>> load_lexicon(const LexiconOptions&);
  explicit Lexicon(std::unique_ptr<lexicon::CompiledLexicon> compiled);
  std::unique_ptr<lexicon::CompiledLexicon> compiled_;
};

Result<std::shared_ptr<const Lexicon>> load_lexicon(const LexiconOptions& options);

// The bundled data directory: $DYAD_DATA, else the one the build was made from.
std::string default_data_dir();

}  // namespace dyad
