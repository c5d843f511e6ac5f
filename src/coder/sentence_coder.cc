#include "sentence_coder.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "analysis.h"
#include "conditions.h"
#include "dates.h"
#include "modality.h"

namespace dyad::coder {
namespace {

Actor to_actor(const Sentence& s, const ActorPhrase& phrase) {
  Actor actor;
  actor.text = std::string(s.surface(phrase.begin, phrase.end));
  actor.code = phrase.code.code;
  actor.country = phrase.code.country;
  actor.org = phrase.code.org;
  actor.role = phrase.code.role;
  return actor;
}

// ANNOTATION.md item 10: one event per (source, target, root) per sentence.
// Verb events come before nominal ones, then text order. Merged events go to `merged`.
std::vector<CandidateEvent> one_per_triple(const Sentence& s, std::vector<CandidateEvent> events,
                                           std::vector<CandidateEvent>* merged) {
  std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) {
    return std::tie(a.nominal, a.anchor) < std::tie(b.nominal, b.anchor);
  });
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  std::vector<CandidateEvent> kept;
  for (auto& e : events) {
    auto key = std::make_tuple(s.phrases[e.source].entity(), s.phrases[e.target].entity(), e.code.substr(0, 2));
    if (seen.insert(key).second) kept.push_back(std::move(e));
    else if (merged) merged->push_back(std::move(e));
  }
  std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.anchor < b.anchor; });
  return kept;
}

Event to_event(const Sentence& s, const lexicon::CompiledLexicon& lex, const CandidateEvent& c) {
  Event e;
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
  return e;
}

bool has_two_entities(const Sentence& s) {
  const std::string* first = nullptr;
  for (const ActorPhrase& p : s.phrases) {
    if (!p.coded) continue;
    if (!first) first = &p.entity();
    else if (p.entity() != *first) return true;
  }
  return false;
}

}  // namespace

void analyse_sentence(Sentence& s, const lexicon::CompiledLexicon& lex, Span span, std::string_view date) {
  s.tokens = tokenize(s.text, span);
  match_words(s, lex);
  find_actor_phrases(s, lex, date);
  s.codable = has_two_entities(s);
  s.verbs.clear();
  s.groups.clear();
  if (!s.codable) {
    group_actor_phrases(s);  // for --explain
    return;
  }
  tag_words(s, lex);
  group_actor_phrases(s);
  find_imperative(s);
  find_verb_groups(s, lex);
}

void code_sentence(const Sentence& s, const lexicon::CompiledLexicon& lex, const Document& doc, int index,
                   Span span, std::vector<Event>& out, SentenceTrace* trace) {
  if (!s.codable) return;
  AssembledEvents assembled = find_events(s, lex);
  if (assembled.candidates.empty()) return;
  qualify_events(s, find_sentence_cues(s), assembled.subjects, assembled.coordinated, assembled.candidates,
                 trace ? &trace->dropped : nullptr);
  auto dates = find_date_expressions(s, doc.date);
  plan_by_future_date(s, dates, doc.date, assembled.candidates);
  auto candidates = one_per_triple(s, std::move(assembled.candidates), trace ? &trace->merged : nullptr);
  if (candidates.empty()) return;
  std::string sentence_text(std::string_view(doc.text).substr(span.begin, span.size()));
  for (const CandidateEvent& c : candidates) {
    Event e = to_event(s, lex, c);
    e.doc_id = doc.id;
    e.sentence = index;
    e.span = span;
    e.text = sentence_text;
    assign_date(s, dates, c, doc.date, e);
    out.push_back(std::move(e));
  }
  // Red lines: the consequence of a conditional carries its condition event.
  link_conditions(s, candidates, std::span(out).last(candidates.size()));
  if (trace) trace->kept = std::move(candidates);
}

}  // namespace dyad::coder
