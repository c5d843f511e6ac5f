// Builds a CompiledLexicon from entries read by the format loaders (dyad's
// own, PETRARCH, TABARI). Records duplicates and conflicts as issues.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "compiled_lexicon.h"
#include "dyad/lexicon.h"
#include "inflection.h"

namespace dyad::lexicon {

struct SourceLine {
  std::string file;
  int line = 0;
};

class LexiconBuilder {
 public:
  LexiconBuilder();

  Status load_codebook(const std::string& path) { return lexicon_->codebook.load(path); }
  Status load_wordnet(const std::string& dir) { return inflector_.load_wordnet(dir); }
  // Reads the cue words (after WordNet, whose irregular forms they use).
  void load_cues(const std::string& path) { lexicon_->cues.load(path, inflector_, issues_); }

  // Adds an actor entry with its names; returns its index. With `tokens`, the
  // matcher tokens of each name (as name_tokens: a leading "the" dropped) are
  // handed back, one per name in order, so a caller need not tokenize again.
  uint32_t add_actor(ActorEntry entry, const std::vector<std::string>& names,
                     std::vector<std::vector<std::string>>* tokens = nullptr);
  // Adds names to an existing actor only where no other actor has them (iso-codes names).
  void add_fallback_names(uint32_t actor, const std::vector<std::string>& names);
  void add_agent(const std::string& role, const std::string& noun, bool make_plural,
                 const SourceLine& where);
  void add_word_class(const std::string& name, const std::vector<std::string>& words);
  // `lemma` is the verb ("send", "carry_out"); `elements_text` the rest of the pattern.
  void add_verb_pattern(const std::string& code, const std::string& rev_code,
                        const std::string& lemma, const std::string& elements_text,
                        const SourceLine& where);
  // Adds a verb (all its forms) with no pattern, e.g. a PETRARCH synonym.
  uint32_t add_verb_lemma(const std::string& lemma);
  void add_noun(EventNoun noun, const SourceLine& where);

  // PETRARCH/TABARI verb files use WEIS-era codes outside the CAMEO codebook;
  // when allowed, they are kept (with Goldstein 0) instead of rejected.
  void set_allow_unknown_codes(bool allow) { allow_unknown_codes_ = allow; }

  void issue(const SourceLine& where, std::string message, bool fatal = false);
  const std::vector<LexiconIssue>& issues() const { return issues_; }
  bool known_code(const std::string& code) const;
  const CompiledLexicon& lexicon() const { return *lexicon_; }

  // Sorts patterns (most specific first) and hands the lexicon over.
  std::unique_ptr<CompiledLexicon> finish();

  // A phrase as the matcher sees it: folded tokens, hyphens dropped.
  static std::vector<std::string> phrase_tokens(const std::string& phrase);

 private:
  bool code_ok(const std::string& code, const SourceLine& where);
  std::vector<PatternElement> parse_elements(const std::string& text, const SourceLine& where);

  std::unique_ptr<CompiledLexicon> lexicon_;
  Inflector inflector_;
  std::unordered_map<std::string, uint32_t> actor_by_name_;  // folded name -> actor
  std::unordered_map<std::string, std::string> agent_by_noun_;
  std::unordered_set<std::string> generated_plurals_;
  std::unordered_map<std::string, uint32_t> class_ids_;
  std::vector<LexiconIssue> issues_;
  bool allow_unknown_codes_ = false;
};

}  // namespace dyad::lexicon
