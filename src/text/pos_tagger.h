// Part-of-speech tags for the words of a sentence, from a bigram hidden
// Markov model: the word/tag counts and tag-transition probabilities that
// Debian's liblingua-en-tagger-perl ships (trained on a treebank; plain
// files words.yml, tags.yml, unknown.yml), decoded with Viterbi. The clause
// analysis uses the tags for verbs the event dictionaries do not know.
// Internal to libdyad; immutable after load and shared by all threads.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dyad/status.h"

namespace dyad::text {

// The model's tag set (Penn Treebank tags; punctuation split as the model does).
enum class PosTag : uint8_t {
  kCC, kCD, kDET, kEX, kFW, kIN, kJJ, kJJR, kJJS, kLRB, kLS, kMD, kNN, kNNP, kNNPS, kNNS, kPDT,
  kPOS, kPP, kPPC, kPPD, kPPL, kPPR, kPPS, kPRP, kPRPS, kRB, kRBR, kRBS, kRP, kRRB, kSYM, kTO,
  kUH, kVB, kVBD, kVBG, kVBN, kVBP, kVBZ, kWDT, kWP, kWPS, kWRB,
  kCount
};

const char* pos_tag_name(PosTag tag);  // "nn", "vbd", ...

inline bool is_finite_verb(PosTag t) { return t == PosTag::kVBD || t == PosTag::kVBZ || t == PosTag::kVBP; }
inline bool is_verb(PosTag t) { return t >= PosTag::kVB && t <= PosTag::kVBZ; }
inline bool is_noun(PosTag t) { return t >= PosTag::kNN && t <= PosTag::kNNS; }

class PosModel {
 public:
  // Reads DIR/words.yml, DIR/tags.yml and DIR/unknown.yml.
  static Result<std::unique_ptr<PosModel>> load(const std::string& dir);

  // The most likely tags of a sentence's words, given as they appear in the
  // text (case kept: "May" and "may" are told apart by the model).
  // `fixed`, when not empty, gives a tag to keep for some words (kCount: free),
  // e.g. proper nouns for the names the dictionaries know ("US" is no pronoun).
  std::vector<PosTag> tag(const std::vector<std::string_view>& words, const std::vector<PosTag>& fixed = {}) const;

  size_t words() const { return lexicon_.size(); }
  // Whether the model's lexicon gives `word` (as written) the tag `tag`:
  // "Japanese" may be an adjective, "Japan" may not.
  bool may_be(std::string_view word, PosTag tag) const;

 private:
  static constexpr int kTags = static_cast<int>(PosTag::kCount);
  static constexpr size_t kMaxStates = 16;
  struct Emission {
    PosTag tag;
    float log_weight;  // log P(tag | word) - log P(tag): P(word | tag) up to a per-word constant
  };
  struct Range {
    uint32_t begin;  // into emissions_
    uint8_t count;
  };
  struct Span {
    const Emission* data;
    size_t size;
  };
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

  Span span_of(Range range) const;
  Span emissions_of(std::string_view word, std::string& scratch) const;
  Span first_word_emissions(std::string_view word, std::string& scratch) const;
  Span fixed_tag(PosTag tag) const;
  static void prefer_past_after_subject(std::vector<PosTag>& tags, const std::vector<PosTag>& fixed);
  Span unknown_class(std::string_view word) const;

  std::string words_text_, unknown_text_;  // the model files; the keys below view into them
  std::vector<Emission> emissions_;        // every word's, one after another; the last is the fallback
  // Words and unknown-word classes ("-ing-").
  std::unordered_map<std::string_view, Range, Hash, std::equal_to<>> lexicon_;
  float log_transition_[kTags][kTags] = {};  // log P(next | previous)
  Emission fixed_emissions_[kTags] = {};     // one state per tag, for fixed tags
};

}  // namespace dyad::text
