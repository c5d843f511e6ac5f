// The coding engine: Document -> sentences -> events. An Engine holds only a
// shared, immutable Lexicon, so it is cheap to copy, one per thread.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/event.h"
#include "dyad/lexicon.h"

namespace dyad {

struct CodedDocument {
  std::vector<Span> sentences;
  std::vector<Event> events;
};

class Engine {
 public:
  explicit Engine(std::shared_ptr<const Lexicon> lexicon);

  // Codes every sentence of the document. Never fails: a sentence the coder
  // cannot read yields no event.
  CodedDocument code(const Document& document) const;

  // A readable trace of the analysis of every sentence (actor phrases, verb
  // groups, subjects, events), for `dyad text --explain` and for debugging.
  std::string explain(const Document& document) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  std::shared_ptr<const Lexicon> lexicon_;
};

}  // namespace dyad
