#include "conditions.h"

#include <string_view>

#include "modality.h"

namespace dyad::coder {
namespace {

using TokenRange = std::pair<int, int>;  // [first, second)

bool inside(const TokenRange& range, int token) {
  return token >= range.first && token < range.second;
}

bool reads_as_conditional(Modality m) {
  return m == Modality::kPossible || m == Modality::kPlanned || m == Modality::kRecommended;
}

EventCondition condition_from(const Event& e) {
  return EventCondition{e.source, e.target, e.code, e.root, e.verb, e.sentence};
}

// A conditional's token ranges: its condition clause, and the span it
// conditions (the consequent is `consequent` minus `clause`).
struct Conditional {
  TokenRange consequent;
  TokenRange clause;
};

// The first candidate anchored in `range`, or -1.
int first_event_in(const std::vector<CandidateEvent>& candidates, const TokenRange& range) {
  int found = -1;
  for (int i = 0; i < static_cast<int>(candidates.size()); ++i) {
    if (inside(range, candidates[i].anchor) &&
        (found < 0 || candidates[i].anchor < candidates[found].anchor)) {
      found = i;
    }
  }
  return found;
}

void link(const Conditional& c, const std::vector<CandidateEvent>& candidates,
          std::span<Event> events) {
  const int condition = first_event_in(candidates, c.clause);
  if (condition < 0) return;
  std::vector<int> consequents;
  bool any_conditional = false;
  for (int i = 0; i < static_cast<int>(candidates.size()); ++i) {
    int anchor = candidates[i].anchor;
    if (i == condition || !inside(c.consequent, anchor) || inside(c.clause, anchor)) continue;
    consequents.push_back(i);
    any_conditional |= reads_as_conditional(events[i].modality);
  }
  for (int i : consequents) {
    if (any_conditional && !reads_as_conditional(events[i].modality)) continue;
    if (!events[i].condition) events[i].condition = condition_from(events[condition]);
  }
}

bool is_trigger_verb(std::string_view f) {
  return f == "trigger" || f == "prompt" || f == "provoke";
}

bool is_future_modal(std::string_view f) {
  return f == "would" || f == "will" || f == "could" || f == "might";
}

// "X would trigger Y": X (before the verb, from the clause start) is the
// condition, Y (after it, to the clause end) the consequence. Only with a
// modal: "X triggered Y" tells what happened, not a red line.
std::vector<Conditional> trigger_conditionals(const Sentence& s) {
  std::vector<Conditional> found;
  for (int i = 1; i < s.size(); ++i) {
    if (!is_trigger_verb(s.folded(i)) || !is_future_modal(s.folded(i - 1))) continue;
    int begin = i - 1, end = i + 1;
    while (begin > 0 && s.folded(begin - 1) != ";" && s.folded(begin - 1) != ":") --begin;
    while (end < s.size() && s.folded(end) != ";") ++end;
    found.push_back(Conditional{{i + 1, end}, {begin, i - 1}});
  }
  return found;
}

}  // namespace

void link_conditions(const Sentence& s, const std::vector<CandidateEvent>& candidates,
                     std::span<Event> events) {
  if (candidates.size() < 2) return;
  SentenceCues cues = find_sentence_cues(s);
  std::vector<Conditional> conditionals = trigger_conditionals(s);
  for (size_t k = 0; k < cues.conditional_spans.size() && k < cues.condition_clauses.size(); ++k) {
    const TokenRange clause = cues.condition_clauses[k];
    if (s.folded(clause.first) == "unless") continue;
    conditionals.push_back(Conditional{cues.conditional_spans[k], clause});
  }
  for (const Conditional& c : conditionals) link(c, candidates, events);
}

}  // namespace dyad::coder
