// Closed word classes the clause analysis needs: auxiliaries, modals,
// negators, determiners, prepositions, pronouns, subordinators, and the cue
// words of attribution and control ("pledged to", "urged X to").
#pragma once

#include <cstdint>
#include <string_view>

namespace dyad::coder {

enum WordClass : uint32_t {
  kBe = 1u << 0,            // is, was, been ...
  kHave = 1u << 1,          // has, had ...
  kDo = 1u << 2,            // does, did ...
  kModalPossible = 1u << 3, // may, might, could, would, can
  kModalRecommend = 1u << 4,// should, must, ought
  kModalFuture = 1u << 5,   // will, shall, 'll
  kNegator = 1u << 6,       // not, n't, never
  kDeterminer = 1u << 7,    // the, a, its, their ...
  kPreposition = 1u << 8,
  kPronoun = 1u << 9,       // he, she, they, it ...
  kSubordinator = 1u << 10, // that, which, who, if, because ...
  kConjunction = 1u << 11,  // and, or, but
  kAdverb = 1u << 12,       // adverbs allowed inside a verb group
  kRelative = 1u << 13,     // who, which, whom, whose
  kConditional = 1u << 14,  // if, unless
  kGet = 1u << 15,          // get, got: "got sanctioned"
};

// The classes of a folded word (0 for open-class words).
uint32_t word_classes(std::string_view folded);

inline bool has(uint32_t classes, WordClass c) { return (classes & c) != 0; }

// Cue verbs that take a "to"-infinitive and decide its modality. Lemmas.
enum class ControlKind { kNone, kPlanned, kPossible, kNegative, kRecommend };
ControlKind control_kind(std::string_view folded_word);

// Verbs whose complement is attributed ("said", "claimed", "denied"). Folded forms.
bool is_attribution_word(std::string_view folded_word);

// Verbs whose "of"/"for"/"over" complement states an accusation or a reason
// ("accused X of sending ..."). Folded forms.
bool is_accusation_word(std::string_view folded_word);
// The preposition that introduces the reason: "accused ... of", "praised ... for",
// "sanctioned ... over"; empty for other words.
std::string_view accusation_preposition(std::string_view folded_word);

// Verbs that end an act ("stop", "end", "withdraw"): urging them codes no content.
bool is_cessation_verb(std::string_view lemma);

}  // namespace dyad::coder
