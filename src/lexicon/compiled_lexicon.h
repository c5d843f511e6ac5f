// The compiled lexicon: tables behind the token trie. Internal to libdyad.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "codebook.h"
#include "cue_table.h"
#include "dyad/lexicon.h"
#include "text/pos_tagger.h"
#include "token_trie.h"

namespace dyad::lexicon {

// An actor code split into what EVENTS.md reports.
struct ActorCode {
  std::string code;     // "RUSGOV", "NATO"
  std::string country;  // ISO alpha-3 or empty
  std::string org;      // organisation acronym or empty
  std::string role;     // CAMEO role or empty
};

struct DatedCode {
  ActorCode code;
  std::string from, to;  // YYYY-MM-DD, inclusive; empty = open
  int line = 0;          // where it was written, for messages
};

struct ActorEntry {
  ActorCode code;                 // outside every dated range
  std::vector<DatedCode> dated;   // checked in order
  bool is_person = false;         // has dated roles
  std::string name;               // first name written, for messages
  std::string file;
  int line = 0;

  // The code in force on `date` (YYYY-MM-DD; empty = the undated code).
  const ActorCode& resolve(std::string_view date) const;
};

struct AgentEntry {
  std::string role;
  std::string name;
};

// Forms a surface word can have as a verb.
enum VerbFormFlags : uint8_t {
  kBase = 1, kThird = 2, kPast = 4, kParticiple = 8, kGerund = 16,
};

struct VerbForm {
  uint32_t lemma;  // index into verb_lemmas
  uint8_t flags;   // VerbFormFlags
};

struct PatternElement {
  enum class Kind : uint8_t { kWords, kClass, kTarget } kind;
  std::vector<std::string> words;  // kWords: alternatives (folded)
  uint32_t class_id = 0;           // kClass
};

struct VerbPattern {
  std::string code;      // "---" codes nothing
  std::string rev_code;  // reverse-direction code, or empty
  std::vector<PatternElement> elements;
  std::string text;      // the pattern as written, for messages
  std::string file;
  int line = 0;
};

struct EventNoun {
  std::string code, rev_code;
  std::vector<std::string> target_preps;  // folded prepositions introducing the target
  std::string noun;
};

class CompiledLexicon {
 public:
  TokenTrie trie;
  Codebook codebook;
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<std::string> verb_lemmas;
  std::vector<std::vector<VerbPattern>> patterns_by_lemma;  // most specific first
  std::vector<VerbForm> verb_forms;                         // indexed by kVerb payloads
  std::vector<EventNoun> nouns;
  std::vector<std::string> class_names;
  std::unordered_map<std::string, std::vector<uint32_t>, TokenTrie::StringHash, std::equal_to<>>
      word_classes;  // folded word -> noun classes ("troops" -> TROOPS)
  std::unordered_map<std::string, uint32_t> lemma_ids;
  // The lemma of verbs outside the dictionaries, found by their part of
  // speech: it has no pattern, so such verbs give clause structure only.
  uint32_t unknown_verb_lemma = 0;
  std::unordered_set<std::string> wordnet_verbs;  // base forms of every verb WordNet knows
  CueTable cues;                                   // data/cues.txt
  std::unique_ptr<text::PosModel> pos_model;       // null when the model is not installed

  LexiconStats stats;
  std::vector<LexiconIssue> issues;

  // The classes of a folded word, or null.
  const std::vector<uint32_t>* classes_of(std::string_view folded) const {
    auto it = word_classes.find(folded);
    return it == word_classes.end() ? nullptr : &it->second;
  }
};

}  // namespace dyad::lexicon
