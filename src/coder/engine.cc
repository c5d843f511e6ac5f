// The pipeline for one document: segment -> tokenize -> match -> phrases ->
// verb groups -> events -> modality and dates -> Event records.
#include <algorithm>
#include <set>
#include <tuple>

#include "analysis.h"
#include "conditions.h"
#include "dates.h"
#include "dyad/engine.h"
#include "event_finder.h"

namespace dyad {
namespace {

Actor to_actor(const coder::Sentence& s, const coder::ActorPhrase& phrase) {
  Actor actor;
  actor.text = std::string(s.surface(phrase.begin, phrase.end));
  actor.code = phrase.code.code;
  actor.country = phrase.code.country;
  actor.org = phrase.code.org;
  actor.role = phrase.code.role;
  return actor;
}

// ANNOTATION.md item 10: one event per (source, target, root) per sentence.
// Verb events come before nominal ones, then text order.
std::vector<coder::CandidateEvent> one_per_triple(const coder::Sentence& s,
                                                  std::vector<coder::CandidateEvent> events) {
  std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) {
    return std::tie(a.nominal, a.anchor) < std::tie(b.nominal, b.anchor);
  });
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  std::vector<coder::CandidateEvent> kept;
  for (auto& e : events) {
    auto key = std::make_tuple(s.phrases[e.source].entity(), s.phrases[e.target].entity(), e.code.substr(0, 2));
    if (seen.insert(key).second) kept.push_back(std::move(e));
  }
  std::stable_sort(kept.begin(), kept.end(),
                   [](const auto& a, const auto& b) { return a.anchor < b.anchor; });
  return kept;
}

}  // namespace

Engine::Engine(std::shared_ptr<const Lexicon> lexicon) : lexicon_(std::move(lexicon)) {}

CodedDocument Engine::code(const Document& doc) const {
  const lexicon::CompiledLexicon& lex = lexicon_->compiled();
  CodedDocument out;
  out.sentences = split_sentences(doc.text);
  coder::Sentence s;
  s.text = doc.text;
  for (size_t index = 0; index < out.sentences.size(); ++index) {
    Span span = out.sentences[index];
    s.tokens = tokenize(doc.text, span);
    coder::match_words(s, lex);
    coder::find_actor_phrases(s, lex, doc.date);
    coder::find_verb_groups(s, lex);
    auto candidates = one_per_triple(s, coder::find_events(s, lex));
    if (candidates.empty()) continue;
    std::string_view sentence_text = std::string_view(doc.text).substr(span.begin, span.size());
    auto dates = coder::find_date_expressions(s, doc.date);
    for (const coder::CandidateEvent& c : candidates) {
      Event e;
      e.doc_id = doc.id;
      e.sentence = static_cast<int>(index);
      e.span = span;
      e.text = std::string(sentence_text);
      e.source = to_actor(s, s.phrases[c.source]);
      e.target = to_actor(s, s.phrases[c.target]);
      e.code = c.code;
      e.root = c.code.substr(0, 2);
      if (const auto* cameo = lex.codebook.find(c.code)) {
        e.goldstein = cameo->goldstein;
        e.quad_class = cameo->quad_class;
      } else {
        int root = std::atoi(e.root.c_str());
        e.quad_class = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
      }
      e.modality = c.modality;
      e.verb = std::string(s.surface(c.anchor, c.anchor_end));
      e.confidence = c.confidence;
      coder::assign_date(s, dates, c, doc.date, e);
      out.events.push_back(std::move(e));
    }
    coder::link_conditions(s, candidates, std::span(out.events).last(candidates.size()));
  }
  return out;
}

}  // namespace dyad
