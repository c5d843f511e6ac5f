// Event assembly: subjects and objects of verb groups, verb patterns, nominal
// events, compound actors and joint acts -> candidate events.
#pragma once

#include <string>
#include <vector>

#include "dyad/event.h"
#include "lexicon/compiled_lexicon.h"
#include "sentence.h"

namespace dyad::coder {

struct CandidateEvent {
  int source = kNone;  // actor phrase
  int target = kNone;  // actor phrase
  std::string code;
  int anchor = 0;      // token of the verb or event noun
  int anchor_end = 0;
  bool nominal = false;
  Modality modality = Modality::kAsserted;
  double confidence = 0.9;
};

std::vector<CandidateEvent> find_events(const Sentence& sentence,
                                        const lexicon::CompiledLexicon& lexicon);

}  // namespace dyad::coder
