// Event assembly: subjects and objects of verb groups, verb patterns, nominal
// events, compound actors and joint acts -> candidate events.
#pragma once

#include <string>
#include <vector>

#include "dyad/event.h"
#include "lexicon/compiled_lexicon.h"
#include "sentence.h"

namespace dyad::coder {

// Where an event was read from: what the modality pass (modality.h) needs.
enum class EventOrigin {
  kVerb,      // a verb pattern: "sent troops to Russia"
  kNoun,      // an event noun: "North Korea's supply of shells"
  kPresence,  // troops or officials stated to be abroad: "soldiers are in Kursk"
};

struct EventSite {
  EventOrigin origin = EventOrigin::kVerb;
  int verb_group = kNone;     // kVerb: the verb group
  int actor_group = kNone;    // kVerb: the group that acts (the subject, or the by-agent of a passive)
  bool speech = false;        // kVerb: a speech act (01, 02, 09-13), whose conditions are its own
  bool presupposed = false;   // kNoun: owned and definite ("Russia's war"), a fact in any clause
  bool negated = false;       // kPresence: "are no longer in"
  bool scheduled = false;     // kPresence: "is due in"
  const char* rule = "";      // the assembly rule that made the event, for --explain
};

struct CandidateEvent {
  int source = kNone;  // actor phrase
  int target = kNone;  // actor phrase
  std::string code;
  int anchor = 0;      // token of the verb or event noun
  int anchor_end = 0;
  bool nominal = false;
  double confidence = 0.9;
  EventSite site;
  // Set by the modality pass:
  Modality modality = Modality::kAsserted;
  const char* modality_rule = "";
  bool future = false;  // the act lies ahead of the text ("will not visit in June"): dates look forward
  bool urged = false;   // the content of an urging or a threat ("urged X to visit")
  bool intent = false;  // a stated intent ("said it was ready to talk"), dated as its statement
};

// The events assembled from one sentence, before the modality pass.
struct AssembledEvents {
  std::vector<CandidateEvent> candidates;
  std::vector<int> subjects;     // the subject group of every verb group, or kNone
  std::vector<int> coordinated;  // the verb each verb continues, with its modal ("should A and B"), or kNone
};

AssembledEvents find_events(const Sentence& sentence, const lexicon::CompiledLexicon& lexicon);

}  // namespace dyad::coder
