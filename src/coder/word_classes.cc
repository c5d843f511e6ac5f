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

}  // namespace dyad::coder
