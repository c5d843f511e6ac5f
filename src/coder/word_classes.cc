#include "cue_words.h"

namespace dyad::coder {

ControlKind control_kind(const Word& w) {
  if (is_cue(w, Cue::kControlPlanned)) return ControlKind::kPlanned;
  if (is_cue(w, Cue::kControlNegative)) return ControlKind::kNegative;
  if (is_cue(w, Cue::kControlPossible) || is_cue(w, Cue::kControlExpect)) return ControlKind::kPossible;
  if (is_cue(w, Cue::kControlRecommend)) return ControlKind::kRecommend;
  return ControlKind::kNone;
}

std::string_view accusation_preposition(const Word& w) {
  if (is_cue(w, Cue::kAccusationOf)) return "of";
  if (is_cue(w, Cue::kAccusationFor)) return "for";
  if (is_cue(w, Cue::kAccusationOver)) return "over";
  if (is_cue(w, Cue::kAccusationWith)) return "with";
  if (is_cue(w, Cue::kAccusationOn)) return "on";
  return {};
}

// "two", "ten", "dozens": numbers written as words, which the tagger may read as nouns.
bool is_number_word(std::string_view f) {
  static constexpr std::string_view kWords[] = {"two", "three", "four", "five", "six", "seven", "eight", "nine",
                                                "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
                                                "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
                                                "several", "many", "few"};
  for (std::string_view w : kWords)
    if (f == w) return true;
  return false;
}

}  // namespace dyad::coder
