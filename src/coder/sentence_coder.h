// Coding one sentence: the path both `dyad code` and `dyad text --explain`
// run. analyse -> assemble events -> modality pass -> one per triple -> dates.
#pragma once

#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "event_finder.h"
#include "lexicon/compiled_lexicon.h"
#include "sentence.h"

namespace dyad::coder {

// What became of the candidates of one sentence, for --explain.
struct SentenceTrace {
  std::vector<CandidateEvent> dropped;  // removed by the modality pass (with the rule that dropped them)
  std::vector<CandidateEvent> merged;   // removed by one event per (source, target, root)
  std::vector<CandidateEvent> kept;     // the events coded, in order
};

// Tokenizes the sentence at `span` of `text` and finds its words, actor
// phrases and verb groups. `s.text` must be `text`.
void analyse_sentence(Sentence& s, const lexicon::CompiledLexicon& lex, Span span, std::string_view date);

// Codes the analysed sentence `index` of `doc` into `out`; fills `trace` when given.
void code_sentence(const Sentence& s, const lexicon::CompiledLexicon& lex, const Document& doc, int index,
                   Span span, std::vector<Event>& out, SentenceTrace* trace = nullptr);

}  // namespace dyad::coder
