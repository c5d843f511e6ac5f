#include "modality.h"

#include <unordered_set>

#include "attribution.h"
#include "word_classes.h"

namespace dyad::coder {
namespace {

// What a cue says about an event, before precedence is applied.
struct CueSet {
  bool negated = false, recommend = false, possible = false, planned = false;
  bool cessation_urged = false;
};

void add_chain_cues(const VerbGroup& g, CueSet& cues) {
  if (g.negated) cues.negated = true;
  if (g.modal == kModalRecommend) cues.recommend = true;
  else if (g.modal == kModalPossible) cues.possible = true;
  else if (g.modal == kModalFuture) cues.planned = true;
}

void add_control(ControlKind kind, CueSet& cues) {
  switch (kind) {
    case ControlKind::kPlanned: cues.planned = true; break;
    case ControlKind::kPossible: cues.possible = true; break;
    case ControlKind::kNegative: cues.negated = true; break;
    case ControlKind::kRecommend: cues.recommend = true; break;
    case ControlKind::kNone: break;
  }
}

// "urged Seoul to send", "is likely to send", "has yet to send": the word
// that governs the infinitive, skipping the object of urge and "on" of "call on".
int infinitive_controller(const Sentence& s, const VerbGroup& g) {
  int k = g.begin - 1;  // g.begin is "to"
  while (k >= 0 && (s.words[k].phrase != kNone || s.folded(k) == "on" || s.folded(k) == "upon" ||
                    s.folded(k) == "not" || s.folded(k) == "the"))
    --k;
  // "agreed at Camp David on Friday to hold": look past a short adverbial.
  for (int j = k, steps = 0; j >= 0 && steps < 7; --j, ++steps) {
    std::string_view f = s.folded(j);
    if (f == "," || f == ";" || f == "and" || f == "but") break;
    if (control_kind(f) != ControlKind::kNone || group_at(s, j)) return j;
  }
  return k;
}

// A modal earlier in the same clause scopes over a complement whose governing
// word dyad does not know ("may now feel freer to share").
void add_clause_modal(const Sentence& s, int from, CueSet& cues) {
  for (int k = from - 1; k >= 0 && k > from - 10; --k) {
    std::string_view f = s.folded(k);
    if (f == ";" || f == "," || f == "that" || group_at(s, k)) return;
    const Word& w = s.words[k];
    if (has(w.classes, kModalPossible)) return void(cues.possible = true);
    if (has(w.classes, kModalRecommend)) return void(cues.recommend = true);
    if (has(w.classes, kModalFuture)) return void(cues.planned = true);
  }
}

// Cues from the verbs that govern this one: infinitive controllers, gerund
// frames ("refrained from sending", "considering sending"), chained.
void add_governing_cues(const Sentence& s, const VerbGroup& g, CueSet& cues, int depth = 0) {
  if (depth > 3) return;
  if (g.infinitive) {
    int k = infinitive_controller(s, g);
    if (k < 0) return;
    if (const VerbGroup* controller = group_at(s, k)) k = controller->verb;  // "called on": "called"
    if (control_kind(s.folded(k)) == ControlKind::kNone && !group_at(s, k)) {
      // "whether to impose sanctions and, for the first time, to send arms":
      // a coordinated infinitive shares the verb that governs the first.
      for (const VerbGroup& earlier : s.verbs) {
        if (earlier.verb >= g.begin) break;
        if (earlier.infinitive && &earlier != &g && g.begin - earlier.end < 12) {
          bool joined = false;
          for (int j = earlier.end; j < g.begin; ++j) joined |= s.folded(j) == "and" || s.folded(j) == "or";
          if (joined) {
            add_governing_cues(s, earlier, cues, depth + 1);
            return;
          }
        }
      }
    }
    ControlKind kind = control_kind(s.folded(k));
    // "he expected to visit" is his plan; "is expected to visit" a forecast.
    if (s.folded(k).starts_with("expect") && !(k > 0 && has(s.words[k - 1].classes, kBe)))
      kind = ControlKind::kPlanned;
    // "wants Putin to attack": a wish or expectation about another actor is a recommendation.
    bool object_between = false;
    for (int j = k + 1; j < g.begin; ++j) object_between |= s.words[j].phrase != kNone;
    if (object_between && (kind == ControlKind::kPossible || kind == ControlKind::kPlanned)) {
      std::string_view f = s.folded(k);
      if (f.starts_with("want") || f.starts_with("wish") || f.starts_with("expect") || f.starts_with("need") ||
          f.starts_with("press") || f.starts_with("allow") || f.starts_with("encourag"))
        kind = ControlKind::kRecommend;
    }
    if (kind == ControlKind::kNone && has(s.words[k].classes, kBe) && k == g.begin - 1) {
      // "is to send": a schedule.
      cues.planned = true;
    }
    add_control(kind, cues);
    if (kind == ControlKind::kNone && !group_at(s, k)) add_clause_modal(s, g.begin, cues);  // "may feel freer to share"
    if (const VerbGroup* governor = group_at(s, k)) {
      add_chain_cues(*governor, cues);
      add_governing_cues(s, *governor, cues, depth + 1);
    } else if (k > 0 && group_at(s, k - 1) == nullptr) {
      // "is likely to": the adjective's own auxiliaries ("is not likely").
      for (int a = k - 1; a >= 0 && a >= k - 3; --a)
        if (has(s.words[a].classes, kNegator)) cues.negated = true;
    }
    return;
  }
  if (g.gerund) {
    std::string_view before = s.folded(g.begin - 1);
    std::string_view two_before = s.folded(g.begin - 2);
    if (before == "from" && (two_before.starts_with("refrain") || two_before.starts_with("abstain")))
      cues.negated = true;
    if (before == "of" && two_before == "short") cues.negated = true;
    if (before.starts_with("consider") || before == "weighing" || before == "mulling" ||
        before == "contemplating" || before == "discussing")
      cues.possible = true;
    if (before == "out" && (two_before == "rule" || two_before == "ruled" || two_before == "rules" ||
                            two_before == "ruling")) {
      const VerbGroup* rule = group_at(s, g.begin - 2);
      bool not_ruled_out = rule && rule->negated;
      for (int k = g.begin - 3; k >= 0 && k >= g.begin - 5; --k)
        not_ruled_out |= has(s.words[k].classes, kNegator);
      if (not_ruled_out) cues.possible = true;  // "does not rule out sending"
      else cues.negated = true;
    }
    if (before == "avoided" || before == "avoid" || before == "stopped" || before == "ceased")
      cues.negated = true;
    if (before == "for" && !is_accusation_word(two_before)) cues.possible = true;  // "meant for striking"
    // "will begin sharing", "agreed to keep sharing": the aspect verb is part of the chain.
    if (before == "begin" || before == "start" || before == "keep" || before == "continue" ||
        before == "resume" || before == "begins" || before == "started" || before == "began" ||
        before == "continued" || before == "kept" || before == "resumed") {
      for (int k = g.begin - 2; k >= 0 && k > g.begin - 6; --k) {
        const Word& w = s.words[k];
        if (w.folded() == "to") {
          VerbGroup as_infinitive = g;
          as_infinitive.begin = k;
          as_infinitive.infinitive = true;
          as_infinitive.gerund = false;
          add_governing_cues(s, as_infinitive, cues, depth + 1);
          break;
        }
        if (has(w.classes, kModalPossible)) cues.possible = true;
        else if (has(w.classes, kModalRecommend)) cues.recommend = true;
        else if (has(w.classes, kModalFuture)) cues.planned = true;
        else if (has(w.classes, kNegator)) cues.negated = true;
        else if (!has(w.classes, kAdverb) && !has(w.classes, kBe) && !has(w.classes, kHave)) break;
      }
    }
    if (const VerbGroup* governor = group_at(s, g.begin - 1);
        governor && is_cessation_verb(s.folded(governor->verb))) {
      CueSet outer;
      add_chain_cues(*governor, outer);
      add_governing_cues(s, *governor, outer, depth + 1);
      if (outer.recommend) cues.cessation_urged = true;  // "urged X to stop sending": nothing coded
      else cues.negated = true;                          // "stopped sending"
      return;
    }
    // A gerund complement sits in the scope of its verb's modal: "would end ... arming",
    // "should start by sending", "may retaliate by handing".
    for (int k = g.begin - 1; k >= 0 && k > g.begin - 12; --k) {
      if (s.folded(k) == ";" || s.folded(k) == "," || s.folded(k) == "that") break;
      const VerbGroup* governor = group_at(s, k);
      uint32_t modal = governor ? governor->modal : 0;
      if (!governor) {
        const Word& w = s.words[k];
        if (has(w.classes, kModalPossible)) modal = kModalPossible;
        else if (has(w.classes, kModalRecommend)) modal = kModalRecommend;
        else if (has(w.classes, kModalFuture)) modal = kModalFuture;
      }
      if (modal == kModalPossible) cues.possible = true;
      else if (modal == kModalRecommend) cues.recommend = true;
      else if (modal == kModalFuture) cues.planned = true;
      if (governor || modal) {
        if (governor) add_governing_cues(s, *governor, cues, depth + 1);
        break;
      }
    }
  }
}

bool near_hedge(const Sentence& s, const VerbGroup& g) {
  for (int k = g.begin - 3; k < g.end + 2; ++k) {
    std::string_view f = s.folded(k);
    if (f == "likely" || f == "probably" || f == "possibly" || f == "perhaps" || f == "potentially")
      return true;
  }
  return false;
}

}  // namespace

namespace {

bool is_clause_mark(const Sentence& s, int k) {
  std::string_view f = s.folded(k);
  return f == "," || f == ";" || f == ":" || f == "that" || f == "which" || f == "whether" ||
         f == "who" || f == "\u2014" || is_attribution_word(f);
}

// The "if" clause runs to the next comma; it conditions the clause after it
// when it opens the sentence, else the clause before it.
std::pair<int, int> condition_scope(const Sentence& s, int cue) {
  int end = cue + 1;
  while (end < s.size() && s.folded(end) != "," && s.folded(end) != ";") ++end;
  int start = cue;
  while (start > 0 && !is_clause_mark(s, start - 1)) --start;
  bool fronted = start == 0 || s.folded(start - 1) == "," || s.folded(start - 1) == ";";
  if (fronted && cue - start <= 2 && end < s.size() && s.folded(end) == ",") {
    int consequent_end = end + 1;
    while (consequent_end < s.size() && s.folded(consequent_end) != ";") ++consequent_end;
    return {cue, consequent_end};
  }
  return {start, end};
}

}  // namespace

bool in_conditional(const SentenceCues& cues, int token) {
  for (auto [begin, end] : cues.conditional_spans)
    if (token >= begin && token < end) return true;
  return false;
}

SentenceCues find_sentence_cues(const Sentence& s) {
  SentenceCues cues;
  for (int i = 0; i < s.size(); ++i) {
    std::string_view f = s.folded(i);
    const Word& w = s.words[i];
    if (has(w.classes, kConditional) || (f == "case" && s.folded(i - 1) == "in") ||
        f == "conditioned" || (f == "provided" && s.folded(i + 1) == "that"))
    {
      cues.conditional_spans.push_back(condition_scope(s, i));
      int end = i + 1;
      while (end < s.size() && s.folded(end) != "," && s.folded(end) != ";") ++end;
      cues.condition_clauses.emplace_back(i, end);
    }
    if (f == "reportedly" || f == "allegedly" || f == "purportedly" || f == "supposedly" ||
        (f == "according" && s.folded(i + 1) == "to"))
      cues.hedged = true;
    else if (is_attribution_word(f))
      cues.attributions.push_back(i);
    if (std::string_view reason = accusation_preposition(f); !reason.empty()) {
      // The reason after "accused X of", "praised X for", "sanctioned X over" is attributed.
      for (int k = i + 1; k < s.size() && k < i + 20; ++k) {
        if (s.folded(k) == reason || s.folded(k) == "over" || (reason == "over" && s.folded(k) == "for")) {
          cues.accusations.push_back(k);
          break;
        }
        if (s.folded(k) == ";" || (k > i + 1 && group_at(s, k) && !s.verbs[s.words[k].verb_group].gerund)) break;
      }
    }
  }
  return cues;
}

// "It is vital that X ...", "it is essential that X ...": the clause is a recommendation.
bool in_recommending_frame(const Sentence& s, const VerbGroup& g) {
  static const std::unordered_set<std::string_view> kFrames = {
      "vital", "essential", "important", "imperative", "necessary", "crucial", "urgent", "critical"};
  for (int k = g.begin - 1; k > 0 && k >= g.begin - 12; --k) {
    if (s.folded(k) == "," || s.folded(k) == ";" || (group_at(s, k) && group_at(s, k) != &g)) return false;
    if (s.folded(k) == "that") return kFrames.count(s.folded(k - 1)) > 0;
  }
  return false;
}

bool is_commitment_verb(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "pledged", "pledges", "pledge", "promised", "promises", "promise", "vowed", "vows",
      "vow", "offered", "offers", "committed", "commits", "guaranteed", "guarantees"};
  return kWords.count(w) > 0;
}

// "signed no agreements", "announced no new sanctions": the object is negated.
bool negated_object(const Sentence& s, const VerbGroup& g) {
  for (int k = g.end; k < s.size() && k < g.end + 3; ++k) {
    if (s.folded(k) == "no") return true;
    if (s.words[k].phrase != kNone || s.words[k].verb_group != kNone) return false;
  }
  return false;
}

// "did not say whether Moscow had asked ...": an open question, not a fact.
bool in_open_question(const Sentence& s, const VerbGroup& g) {
  for (int k = g.begin - 1; k >= 0 && k >= g.begin - 8; --k) {
    std::string_view f = s.folded(k);
    if (f == "whether") return true;
    if (f == "," || f == ";" || f == "that" || (group_at(s, k) && group_at(s, k) != &g)) return false;
  }
  return false;
}

std::optional<Modality> verb_event_modality(const Sentence& s, const SentenceCues& sentence_cues,
                                            const VerbGroup& g, const std::vector<int>& subjects,
                                            const std::string& source_entity, bool speech_act) {
  CueSet cues;
  add_chain_cues(g, cues);
  add_governing_cues(s, g, cues);
  if (near_hedge(s, g)) cues.possible = true;
  if (in_recommending_frame(s, g)) cues.recommend = true;  // "it is vital that Seoul share ..."
  if (is_commitment_verb(s.folded(g.verb))) cues.planned = true;  // "pledged full support"
  if (negated_object(s, g)) cues.negated = true;                 // "signed no agreements"
  if (cues.possible && g.modal == kModalPossible && s.folded(g.begin) == "would" &&
      !in_conditional(sentence_cues, g.verb) && reported_own_commitment(s, g, subjects, source_entity)) {
    cues.possible = false;
    cues.planned = true;
  }
  if (cues.cessation_urged) return std::nullopt;
  if (cues.recommend && (cues.negated || is_cessation_verb(s.folded(g.verb)))) return std::nullopt;
  if (cues.negated) return Modality::kNegated;
  bool conditioned = false;
  for (auto [begin, end] : speech_act ? sentence_cues.condition_clauses : sentence_cues.conditional_spans)
    conditioned |= g.verb >= begin && g.verb < end;
  if (conditioned || in_open_question(s, g)) return Modality::kPossible;
  if (cues.recommend) return Modality::kRecommended;
  if (cues.possible) return Modality::kPossible;
  if (cues.planned) return Modality::kPlanned;
  if (attributed(s, sentence_cues, g, subjects)) return Modality::kReported;
  return Modality::kAsserted;
}

Modality nominal_event_modality(const Sentence& s, const SentenceCues& cues, int noun, bool presupposed,
                                const std::vector<int>& subjects) {
  for (int k = noun - 1; k >= 0 && k >= noun - 5; --k) {  // "no interest in talks", "no new sanctions"
    if (s.folded(k) == "no") return Modality::kNegated;
    if (group_at(s, k) || s.folded(k) == ",") break;
  }
  for (int cue : cues.accusations)  // "criticise Russia over its cooperation": the reason
    if (cue < noun && cue >= noun - 8) return Modality::kReported;
  if (!presupposed) {  // "unable to arrange a meeting", "likely to hold talks"
    for (int k = noun - 1; k >= 1 && k >= noun - 8; --k) {
      if (s.folded(k) == "," || s.folded(k) == "that") break;
      if (s.folded(k) != "to") continue;
      int controller = k - 1;  // "urged the G7 to keep up its support": skip the object
      while (controller > 0 && s.words[controller].phrase != kNone) --controller;
      if (s.folded(controller) == "the" && controller > 0) --controller;
      if (const VerbGroup* group = group_at(s, controller)) controller = group->verb;
      switch (control_kind(s.folded(controller))) {
        case ControlKind::kNegative: return Modality::kNegated;
        case ControlKind::kPossible: return Modality::kPossible;
        case ControlKind::kRecommend: return Modality::kRecommended;
        case ControlKind::kPlanned: return Modality::kPlanned;
        case ControlKind::kNone: break;
      }
    }
  }
  for (int cue : cues.accusations)
    if (cue < noun) return Modality::kReported;
  if (presupposed) return Modality::kAsserted;
  // A bare nominal takes the modality of the verb that governs it: the verb
  // before it, or the verb it is the subject of.
  for (int k = noun + 1; k < s.size() && k < noun + 12; ++k) {
    const Word& w = s.words[k];
    if (w.verb_group != kNone || s.folded(k) == ";" || has(w.classes, kSubordinator)) break;
    if (has(w.classes, kModalPossible)) return Modality::kPossible;  // "an attack ... would mean"
    if (has(w.classes, kModalRecommend)) return Modality::kRecommended;
    if (has(w.classes, kModalFuture)) return Modality::kPossible;
  }
  const VerbGroup* governor = nullptr;
  for (int k = noun - 1; k >= 0 && !governor; --k) governor = group_at(s, k);
  for (int k = noun + 1; k < s.size() && !governor; ++k) governor = group_at(s, k);
  if (governor) {
    auto m = verb_event_modality(s, cues, *governor, subjects, "");
    if (!m) return Modality::kPossible;
    // "Belousov said cooperation between Moscow and Pyongyang was expanding".
    if (*m == Modality::kAsserted && is_attribution_word(s.folded(governor->verb))) return Modality::kReported;
    return *m;
  }
  if (in_conditional(cues, noun)) return Modality::kPossible;
  CueSet clause;
  add_clause_modal(s, noun, clause);  // "may also be preparing the ground for a trip"
  if (clause.recommend) return Modality::kRecommended;
  if (clause.possible) return Modality::kPossible;
  if (clause.planned) return Modality::kPlanned;
  for (int cue : cues.attributions)
    if (cue < noun || closing_attribution(s, cue)) return Modality::kReported;
  return cues.hedged ? Modality::kReported : Modality::kAsserted;
}

}  // namespace dyad::coder
