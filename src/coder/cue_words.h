// Cue words as the coder asks about them: the classes of data/cues.txt, read
// off each Word (Word::cues) or, for lemmas and phrases, off the sentence's
// cue table.
#pragma once

#include <string_view>

#include "sentence.h"
#include "word_classes.h"

namespace dyad::coder {

using lexicon::Cue;

inline bool is_cue(const Word& w, Cue cue) { return (w.cues & lexicon::cue_bit(cue)) != 0; }

// Whether a lemma or a phrase of folded words ("pull out") is in a cue class.
inline bool phrase_is_cue(const Sentence& s, std::string_view folded, Cue cue) {
  return s.cue_table && (s.cue_table->lookup(folded).cues & lexicon::cue_bit(cue)) != 0;
}

// Cue words that take a "to"-infinitive and decide its modality.
enum class ControlKind { kNone, kPlanned, kPossible, kNegative, kRecommend };
ControlKind control_kind(const Word& w);

// Words whose complement is attributed ("said", "claimed", "denied").
inline bool is_attribution_word(const Word& w) { return is_cue(w, Cue::kAttribution); }

// The preposition that introduces the reason after an accusation ("accused
// ... of", "praised ... for", "sanctioned ... over"); empty for other words.
std::string_view accusation_preposition(const Word& w);
inline bool is_accusation_word(const Word& w) { return !accusation_preposition(w).empty(); }

// Quotation marks, straight or curly: '"Russia will withdraw," Sarkozy said'.
inline bool is_quote(std::string_view f) { return f == "\"" || f == "\u201c" || f == "\u201d" || f == "``" || f == "''"; }

// Verbs that end an act ("stop", "end", "withdraw"): urging them codes no content.
inline bool is_cessation_verb(const Word& w) { return is_cue(w, Cue::kCessation); }

// Numbers written as words ("ten", "several", "dozens"), which the tagger may read as nouns.
inline bool is_number_word(const Word& w) { return is_cue(w, Cue::kNumberWord); }

}  // namespace dyad::coder
