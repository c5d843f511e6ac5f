// Modality: how the sentence holds an event. A pass over the assembled
// candidate events of one sentence: each event's cues are collected from the
// scope of cue words over its own verb (auxiliary chain, the verb that
// controls its infinitive or gerund, a condition, attribution) or, for an
// event noun, over the clause it sits in; then one precedence decides.
//
// Precedence, highest first (the only place it is written):
//
//   drop         the event is not coded at all: a recommendation not to act
//                ("should not send", "urged X to stop sending")
//   negated      negation in the chain ("did not send"), a negative controller
//                ("refused to", "has yet to"), "refrained from", "sent no troops"
//   conditioned  inside an if-clause or the clause it conditions, an open
//                question ("did not say whether ...")            -> possible
//   recommended  should/must/ought, "urged X to", "it is vital that"
//   possible     may/might/could/would, likely, considering, does not rule out
//   planned      will (the actor's), pledged/agreed/plans to, "is to"
//   reported     said/claimed/according to/reportedly, accused X of
//   asserted     none of the above
//
// The one exception to the order: "would" in the reported speech of the
// actor itself ("Putin said Moscow would help") is its plan, not a possibility.
#pragma once

#include <array>
#include <optional>
#include <utility>
#include <vector>

#include "dyad/event.h"
#include "sentence.h"

namespace dyad::coder {

struct CandidateEvent;

// Cues that hold for the whole sentence, found once.
struct SentenceCues {
  // Token ranges [first, second) under a condition: the "if" clause and the
  // clause it conditions.
  std::vector<std::pair<int, int>> conditional_spans;
  std::vector<std::pair<int, int>> condition_clauses;  // the "if ..." clauses alone
  bool hedged = false;            // "according to": the whole sentence is reported
  // Token ranges [first, second) of clauses with a hedging adverb
  // ("reportedly", "allegedly"), each up to ", and" or ";".
  std::vector<std::pair<int, int>> hedged_clauses;
  bool question = false;          // the sentence asks ("Will China invade Taiwan?")
  std::vector<int> attributions;  // tokens of reporting verbs ("said", "claimed", "denied")
  std::vector<int> accusations;   // "accused X of", "sanctioned X over"
};

SentenceCues find_sentence_cues(const Sentence& sentence);

bool in_conditional(const SentenceCues& cues, int token);
// Whether the token stands under a hedge: "according to", or a hedging adverb of its clause.
bool hedged_at(const SentenceCues& cues, int token);

// The kinds of cue, in precedence order.
enum class CueKind { kDrop, kNegated, kConditioned, kRecommended, kPossible, kPlanned, kReported, kCount };

// The cues found for one event, each with the id of the rule that found it
// (the first rule of each kind is kept; `dyad text --explain` prints it).
class CueSet {
 public:
  void add(CueKind kind, const char* rule) {
    if (!rules_[static_cast<size_t>(kind)]) rules_[static_cast<size_t>(kind)] = rule;
  }
  void remove(CueKind kind) { rules_[static_cast<size_t>(kind)] = nullptr; }
  bool has(CueKind kind) const { return rules_[static_cast<size_t>(kind)] != nullptr; }
  const char* rule(CueKind kind) const { return rules_[static_cast<size_t>(kind)]; }
  void merge(const CueSet& other) {
    for (size_t k = 0; k < rules_.size(); ++k)
      if (!rules_[k]) rules_[k] = other.rules_[k];
  }

  // The winning cue under the precedence above: nullopt when the event is
  // dropped; `rule` gets the deciding rule id ("" for plain assertion).
  std::optional<Modality> resolve(const char** rule) const;

 private:
  std::array<const char*, static_cast<size_t>(CueKind::kCount)> rules_{};
};

// The modality pass: sets each candidate's modality and the rule that decided
// it, and removes the candidates that must not be coded (into `dropped`, when
// given, with the rule that dropped them). `subjects` holds the subject group
// of every verb group (or kNone), `coordinated` the verb each verb continues
// ("should expand X and deepen Y": "deepen" continues "expand"), or kNone.
void qualify_events(const Sentence& sentence, const SentenceCues& cues, const std::vector<int>& subjects,
                    const std::vector<int>& coordinated, std::vector<CandidateEvent>& events,
                    std::vector<CandidateEvent>* dropped = nullptr);

struct DateExpression;

// After the pass: an event noun stated as a fact but dated ahead of the
// document ("a naval exercise next month") is planned.
void plan_by_future_date(const Sentence& sentence, const std::vector<DateExpression>& dates,
                         std::string_view doc_date, std::vector<CandidateEvent>& events);

}  // namespace dyad::coder
