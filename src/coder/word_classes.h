// Closed word classes the clause analysis needs (auxiliaries, modals,
// negators, determiners, prepositions, pronouns, subordinators). The words of
// each class are data (data/cues.txt, read into lexicon::CueTable).
#pragma once

#include <cstdint>

#include "lexicon/cue_table.h"

namespace dyad::coder {

using lexicon::WordClass;
using lexicon::kBe;
using lexicon::kHave;
using lexicon::kDo;
using lexicon::kModalPossible;
using lexicon::kModalRecommend;
using lexicon::kModalFuture;
using lexicon::kNegator;
using lexicon::kDeterminer;
using lexicon::kPreposition;
using lexicon::kPronoun;
using lexicon::kSubordinator;
using lexicon::kConjunction;
using lexicon::kAdverb;
using lexicon::kRelative;
using lexicon::kConditional;
using lexicon::kGet;

inline bool has(uint32_t classes, WordClass c) { return (classes & c) != 0; }

}  // namespace dyad::coder
