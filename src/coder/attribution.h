// Attribution: whether a reporting word ("said", "according to", "accused
// ... of") scopes over an event, making it `reported`; and whether "would"
// in reported speech is the speaker's own commitment (`planned`).
#pragma once

#include <string>
#include <vector>

#include "modality.h"
#include "sentence.h"

namespace dyad::coder {

// ", officials said", ", said Rutte": the reporting word at `cue` closes the
// sentence after a comma, with its speaker.
bool closing_attribution(const Sentence& sentence, int cue);

// Whether an attribution cue of the sentence scopes over the verb event `g`.
// `subjects` holds the subject group of every verb group.
// A speech act is not reported by a closing "as X alleged", which reports its content.
bool attributed(const Sentence& sentence, const SentenceCues& cues, const VerbGroup& g,
                const std::vector<int>& subjects, bool speech_act = false);

// "Putin said Moscow would assist": the speaker commits its own state.
bool reported_own_commitment(const Sentence& sentence, const VerbGroup& g,
                             const std::vector<int>& subjects, const std::string& source_entity);

}  // namespace dyad::coder
