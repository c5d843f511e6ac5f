// Modality: how the sentence holds an event, decided from the scope of cues
// over the event's own verb (its auxiliary chain, the verb that controls its
// infinitive or gerund, a conditional clause, attribution).
#pragma once

#include <optional>

#include "dyad/event.h"
#include "sentence.h"

namespace dyad::coder {

// Cues that hold for the whole sentence, found once.
struct SentenceCues {
  // Token ranges [first, second) under a condition: the "if" clause and the
  // clause it conditions.
  std::vector<std::pair<int, int>> conditional_spans;
  std::vector<std::pair<int, int>> condition_clauses;  // the "if ..." clauses alone
  bool hedged = false;            // reportedly, allegedly, according to
  std::vector<int> attributions;  // tokens of reporting verbs ("said", "claimed", "denied")
  std::vector<int> accusations;   // "accused X of", "sanctioned X over"
};

SentenceCues find_sentence_cues(const Sentence& sentence);

// The modality of a verb event, or nullopt when the event must not be coded
// at all ("should not send", "urged X to stop").
// `subjects` holds the subject group of every verb group (or kNone), and
// `source_entity` the entity of the event's source, for reported commitments
// ("Putin said Moscow would help" is a plan, "analysts said it would" is not).
// A speech act ("threatened ... if attacked") is conditioned only when it
// stands inside the "if" clause itself.
std::optional<Modality> verb_event_modality(const Sentence& sentence, const SentenceCues& cues,
                                            const VerbGroup& group, const std::vector<int>& subjects,
                                            const std::string& source_entity, bool speech_act = false);

bool in_conditional(const SentenceCues& cues, int token);

// The modality of a nominal event at token `noun` ("North Korea's supply of shells").
Modality nominal_event_modality(const Sentence& sentence, const SentenceCues& cues, int noun,
                                bool presupposed, const std::vector<int>& subjects);

}  // namespace dyad::coder
