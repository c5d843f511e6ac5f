// One sentence under analysis: tokens with their dictionary matches, actor
// phrases grouped by coordination, and verb groups. Token ranges are
// [begin, end) indexes into `tokens`.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/text.h"
#include "lexicon/compiled_lexicon.h"
#include "text/pos_tagger.h"

namespace dyad::coder {

constexpr int kNone = -1;

struct Word {
  const Token* token;
  uint32_t id;           // trie token id
  uint32_t classes;      // WordClass bits
  uint64_t cues = 0;     // lexicon::Cue bits (data/cues.txt)
  text::PosTag pos = text::PosTag::kNN;  // part of speech in this sentence (text/pos_tagger.h)
  int actor_match = 0;   // length of the longest actor name starting here (0: none)
  uint32_t actor_index = 0;
  int agent_match = 0;   // length of the longest agent noun starting here
  uint32_t agent_index = 0;
  int verb_match = 0;    // length of the longest verb form starting here
  uint32_t verb_lemma = 0;
  uint8_t verb_flags = 0;
  int noun_match = 0;    // length of the longest event noun starting here
  uint32_t noun_index = 0;
  const std::vector<uint32_t>* noun_classes = nullptr;  // noun classes of the word, if any
  // A finite verb the dictionaries do not know ("bristled", "remains"),
  // found by its part of speech: it codes nothing but ends clauses.
  bool clause_verb = false;
  int phrase = kNone;    // actor phrase covering this token
  int verb_group = kNone;

  std::string_view folded() const { return token->folded; }
  bool in_class(uint32_t class_id) const {
    if (!noun_classes) return false;
    for (uint32_t c : *noun_classes)
      if (c == class_id) return true;
    return false;
  }
};

struct ActorPhrase {
  int begin = 0, end = 0;  // tokens
  int head = 0;            // token where the coded actor name or agent sits
  lexicon::ActorCode code; // resolved code; empty entity when uncoded
  bool coded = false;
  bool possessive = false; // followed by 's
  bool person = false;     // headed by a person's name
  std::string prep;        // preposition right before the phrase, or empty
  int group = kNone;
  const std::string& entity() const { return code.country.empty() ? code.org : code.country; }
};

// Coordinated actor phrases: "Putin and Kim", "Seoul, Washington and Tokyo".
struct ActorGroup {
  std::vector<int> phrases;
  int begin = 0, end = 0;
};

struct VerbGroup {
  int begin = 0;           // first auxiliary / modal / "to"
  int verb = 0;            // the main verb token
  int end = 0;             // after the verb and its particle
  uint32_t lemma = 0;
  uint8_t flags = 0;       // VerbFormFlags of the verb token
  bool passive = false;
  bool negated = false;
  bool infinitive = false; // "to" + verb
  bool gerund = false;
  uint32_t modal = 0;      // WordClass bit of the first modal, 0 when none
};

struct Sentence {
  std::string_view text;   // whole document text (tokens index into it)
  const lexicon::CueTable* cue_table = nullptr;  // for lemmas and phrases; words carry their own bits
  const std::vector<std::string>* verb_lemmas = nullptr;  // the lexicon's, for VerbGroup::lemma
  std::vector<Token> tokens;
  std::vector<Word> words;
  std::vector<ActorPhrase> phrases;
  std::vector<ActorGroup> groups;
  std::vector<VerbGroup> verbs;
  // Whether two coded actors of different entities stand in the sentence:
  // only then can it hold an event, and only then is it analysed further.
  bool codable = false;
  // An imperative item ("Expand sanctions on Minsk", "For Tokyo: deepen ..."):
  // the token its verb stands at, or -1; and the actor an item addresses
  // before a colon ("For Tokyo:"), or kNone.
  int imperative_begin = -1;
  int addressee = kNone;

  std::string_view surface(int begin, int end) const {
    if (begin >= end) return {};
    return text.substr(tokens[begin].span.begin, tokens[end - 1].span.end - tokens[begin].span.begin);
  }
  std::string_view folded(int i) const {
    return i >= 0 && i < static_cast<int>(words.size()) ? words[i].folded() : std::string_view();
  }
  int size() const { return static_cast<int>(words.size()); }
  std::string_view lemma_of(const VerbGroup& g) const {
    return verb_lemmas && g.lemma < verb_lemmas->size() ? std::string_view((*verb_lemmas)[g.lemma]) : std::string_view();
  }
};

// The verb group whose verb is at token `i`, or nullptr.
inline const VerbGroup* group_at(const Sentence& s, int i) {
  if (i < 0 || i >= s.size() || s.words[i].verb_group == kNone) return nullptr;
  return &s.verbs[s.words[i].verb_group];
}

}  // namespace dyad::coder
