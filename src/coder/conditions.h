// Red lines: a conditional's consequence event is linked to the event of its
// condition ("If Russia transfers X to North Korea, Seoul would arm Ukraine",
// "Seoul would arm Ukraine if ...", "aid conditioned on ...", "any transfer
// of X would trigger Y"). The link is Event::condition; the events themselves
// (codes, modality) are left as the event finder made them.
#pragma once

#include <span>
#include <vector>

#include "dyad/event.h"
#include "event_finder.h"
#include "sentence.h"

namespace dyad::coder {

// `events[i]` is the event made from `candidates[i]`, all of one sentence. Each event of a consequent gets the condition of the
// first event whose anchor lies in the condition clause; when a consequent
// holds events the coder already reads as conditional (possible, planned,
// recommended), only those are linked, so that a speech act around them
// ("threatened to attack ... if") stays unconditional. A condition clause
// without an event links nothing; "unless" (a negated condition) is left out.
void link_conditions(const Sentence& sentence, const std::vector<CandidateEvent>& candidates,
                     std::span<Event> events);

}  // namespace dyad::coder
