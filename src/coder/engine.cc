// The pipeline for one document: segment -> per sentence, the path of
// sentence_coder.h -> Event records.
#include "dyad/engine.h"

#include "sentence_coder.h"

namespace dyad {

Engine::Engine(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}

CodedDocument Engine::code(const Document& doc) const {
  const lexicon::CompiledLexicon& lex = lexicon_->compiled();
  CodedDocument out;
  out.sentences = split_sentences(doc.text);
  coder::Sentence s;
  s.text = doc.text;
  for (size_t index = 0; index < out.sentences.size(); ++index) {
    coder::analyse_sentence(s, lex, out.sentences[index], doc.date);
    coder::code_sentence(s, lex, doc, static_cast<int>(index), out.sentences[index], out.events);
  }
  return out;
}

}  // namespace dyad
