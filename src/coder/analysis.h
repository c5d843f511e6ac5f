// The analysis stages over one sentence, in the order the engine runs them.
#pragma once

#include <string_view>

#include "lexicon/compiled_lexicon.h"
#include "sentence.h"

namespace dyad::coder {

// Fills Sentence::words from the tokens: trie ids, closed classes, and the
// longest actor / agent / verb / event-noun phrase starting at each token.
void match_words(Sentence& sentence, const lexicon::CompiledLexicon& lexicon);

// Part-of-speech tags of the words (Word::pos), when the lexicon has a model.
void tag_words(Sentence& sentence, const lexicon::CompiledLexicon& lexicon);

// Builds actor phrases (names, titles, agents, possessives, "minister of X").
// Dated actors resolve against `date`.
void find_actor_phrases(Sentence& sentence, const lexicon::CompiledLexicon& lexicon,
                        std::string_view date);

// Groups the actor phrases by coordination ("Putin and Kim") and apposition
// ("Kim's sister, Kim Yo Jong"); reads the part-of-speech tags when there are.
void group_actor_phrases(Sentence& sentence);

// Marks an imperative item and the actor it addresses (Sentence::imperative_begin, addressee).
void find_imperative(Sentence& sentence);

// Finds verb groups: auxiliaries, modals and negators before a dictionary
// verb, with voice, tense and infinitive marks.
void find_verb_groups(Sentence& sentence, const lexicon::CompiledLexicon& lexicon);

}  // namespace dyad::coder
