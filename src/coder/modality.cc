// The modality pass: cue collection per event, then the precedence of modality.h.
#include "modality.h"

#include <algorithm>

#include "attribution.h"
#include "dates.h"
#include "cue_words.h"
#include "event_finder.h"
#include "word_classes.h"

namespace dyad::coder {
namespace {

// The rule of a cooperative act governed by a word of willingness ("ready
// to", "open to"): see stated_intent.
constexpr const char* kIntentRule = "poss.intent";

bool possible_rule_is(const CueSet& cues, const char* rule) { return cues.rule(CueKind::kPossible) == rule; }

// The CAMEO code of the intent to do a cooperative act (roots 04-08), or
// empty for other acts: talks 036 (mediation 039), diplomatic cooperation
// 032, material cooperation 031x, aid 033x, yielding 035x.
std::string intent_code(const std::string& code) {
  // The first entry whose act is a prefix of the code: specific ones first.
  static constexpr std::pair<std::string_view, const char*> kIntents[] = {
      {"045", "039"},  {"04", "036"},   {"05", "032"},   {"061", "0311"}, {"062", "0312"}, {"063", "0313"},
      {"064", "0314"}, {"06", "031"},   {"071", "0331"}, {"072", "0332"}, {"073", "0333"}, {"074", "0334"},
      {"07", "033"},   {"081", "0351"}, {"082", "0352"}, {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
      {"087", "0356"}, {"08", "035"}};
  for (auto [act, intent] : kIntents)
    if (code.starts_with(act)) return intent;
  return "";
}

// "Iran is ready to resume talks with the EU", "Russia remains open to a
// dialogue with NATO": a cooperative act governed by a word of willingness
// is possible, and its holder states an intent to cooperate (root 03), with
// the modality of the clause that states it. The intent is coded once: from
// the holder, not back from the partner. Returns the intent, if any.
std::optional<std::pair<CandidateEvent, CueSet>> stated_intent(const SentenceCues& sentence_cues, const CandidateEvent& e,
                                                              const CueSet& cues) {
  if (!possible_rule_is(cues, kIntentRule) || in_conditional(sentence_cues, e.anchor)) return std::nullopt;
  // "Seoul should be ready to", "is not ready to", "if Iran is ready to": no intent is stated.
  for (CueKind other : {CueKind::kDrop, CueKind::kNegated, CueKind::kConditioned, CueKind::kRecommended})
    if (cues.has(other)) return std::nullopt;
  std::string code = intent_code(e.code);
  if (code.empty()) return std::nullopt;
  std::pair<CandidateEvent, CueSet> intent{e, cues};
  intent.first.code = code;
  intent.first.intent = true;
  intent.second.remove(CueKind::kPossible);
  return intent;
}

// What the event finder learned about the verbs, which scopes depend on.
struct VerbLinks {
  const std::vector<int>& subjects;     // subject group of every verb group
  const std::vector<int>& coordinated;  // the verb each verb continues, or kNone
};

void add_chain_cues(const VerbGroup& g, CueSet& cues) {
  if (g.negated) cues.add(CueKind::kNegated, "neg.chain");
  if (g.modal == kModalRecommend) cues.add(CueKind::kRecommended, "rec.modal");
  else if (g.modal == kModalPossible) cues.add(CueKind::kPossible, "poss.modal");
  else if (g.modal == kModalFuture) cues.add(CueKind::kPlanned, "plan.modal");
}

void add_control(ControlKind kind, CueSet& cues, bool intent = false) {
  switch (kind) {
    case ControlKind::kPlanned: cues.add(CueKind::kPlanned, "plan.control"); break;
    case ControlKind::kPossible: cues.add(CueKind::kPossible, intent ? kIntentRule : "poss.control"); break;
    case ControlKind::kNegative: cues.add(CueKind::kNegated, "neg.control"); break;
    case ControlKind::kRecommend: cues.add(CueKind::kRecommended, "rec.control"); break;
    case ControlKind::kNone: break;
  }
}

// The cue of a modal word standing outside a verb group.
void add_modal_word(const Word& w, CueSet& cues, const char* rule_suffix_possible = "poss.clause-modal") {
  if (has(w.classes, kModalPossible)) cues.add(CueKind::kPossible, rule_suffix_possible);
  else if (has(w.classes, kModalRecommend)) cues.add(CueKind::kRecommended, "rec.clause-modal");
  else if (has(w.classes, kModalFuture)) cues.add(CueKind::kPlanned, "plan.clause-modal");
}

bool is_modal_word(const Word& w) {
  return (w.classes & (kModalPossible | kModalRecommend | kModalFuture)) != 0;
}

// The start of the noun phrase an event noun heads: its owner ("North
// Korea's supply") or its determiners and modifiers ("a new Modi visit").
int noun_phrase_start(const Sentence& s, int noun) {
  int k = noun;
  while (k > 0) {
    const Word& w = s.words[k - 1];
    if (w.phrase != kNone) {
      k = s.groups[s.phrases[w.phrase].group].begin;
      continue;
    }
    bool modifier = has(w.classes, kDeterminer) || (w.classes == 0 && w.token->kind == TokenKind::kWord &&
                                                     w.verb_group == kNone && w.noun_match == 0);
    if (!modifier || s.folded(k - 1) == "of" || s.folded(k - 1) == "for") break;
    if (noun - k > 5) break;
    --k;
  }
  return k;
}

// "the odds of North Korea delivering", "the prospect of a Modi visit",
// "fears of an Israeli strike", "the absence of any Chinese condemnation":
// a noun of possibility or absence before the phrase that starts at `start`.
void add_frame_noun_cues(const Sentence& s, int start, CueSet& cues) {
  int of = start - 1;
  if (of < 1 || (s.folded(of) != "of" && s.folded(of) != "for")) return;
  const Word& frame = s.words[of - 1];
  if (is_cue(frame, Cue::kPossibilityNoun)) cues.add(CueKind::kPossible, "poss.prospect-of");
  else if (is_cue(frame, Cue::kRecommendationNoun) && s.folded(of) == "for") cues.add(CueKind::kRecommended, "rec.case-for");
  else if (is_cue(frame, Cue::kAbsenceNoun)) cues.add(CueKind::kNegated, "neg.absence-of");
}

// "the planned deployment", "the proposed sale": an adjective of plan or possibility before the noun.
void add_noun_adjective_cues(const Sentence& s, int noun, CueSet& cues) {
  for (int k = noun - 1; k >= 0 && k >= noun - 4; --k) {
    const Word& w = s.words[k];
    if (is_cue(w, Cue::kPlannedAdjective)) return cues.add(CueKind::kPlanned, "plan.adjective");
    if (is_cue(w, Cue::kPossibleAdjective)) return cues.add(CueKind::kPossible, "poss.adjective");
    if (w.verb_group != kNone || w.token->kind == TokenKind::kPunct || has(w.classes, kPreposition)) return;
  }
}

// "A Chinese blockade of Taiwan is the scenario ...", "an Iranian strike
// remains a risk": an indefinite event noun as the subject of a present
// copula is spoken of, not stated to have happened.
void add_indefinite_subject_cues(const Sentence& s, int noun, CueSet& cues) {
  int start = noun_phrase_start(s, noun);
  std::string_view article = s.folded(start);
  if (article != "a" && article != "an" && article != "any") return;
  std::string_view before = s.folded(start - 1);
  if (start > 0 && before != "," && before != ";" && before != ":" && before != "that") return;
  for (int k = noun + 1; k < s.size() && k <= noun + 12; ++k) {
    std::string_view f = s.folded(k);
    if (f == "is" || f == "are" || f == "remains" || f == "remain") {
      if (!group_at(s, k)) cues.add(CueKind::kPossible, "poss.indefinite-subject");
      return;
    }
    if (group_at(s, k) || s.words[k].clause_verb || s.words[k].token->kind == TokenKind::kPunct) return;
  }
}

// "There is no evidence that China has supplied ...", "little sign that
// Moscow will withdraw", "nothing suggests that": the clause after the frame
// ending at `that` is negated.
bool absence_of_evidence_before(const Sentence& s, int that) {
  if (s.folded(that) != "that" || that < 2) return false;
  // "Nothing suggests that ...", "little indicates that ...".
  std::string_view verb = s.folded(that - 1), subject = s.folded(that - 2);
  if ((subject == "nothing" || subject == "little") && (verb == "suggests" || verb == "indicates" || verb == "shows"))
    return true;
  if (!is_cue(s.words[that - 1], Cue::kEvidenceNoun)) return false;
  for (int k = that - 2; k >= 0 && k >= that - 4; --k) {
    std::string_view f = s.folded(k);
    if (f == "no" || f == "little" || f == "scant" || f == "scarce") return true;
  }
  return false;
}

// The "that" opening the clause token `i` stands in, within its clause, or -1.
int that_opening_clause(const Sentence& s, int i, const VerbGroup* own) {
  for (int k = i - 1; k > 0 && k >= i - 12; --k) {
    std::string_view f = s.folded(k);
    if (f == "that") return k;
    if (f == "," || f == ";" || (group_at(s, k) && group_at(s, k) != own)) return -1;
  }
  return -1;
}

bool is_time_frame(const Sentence& s, int k) {
  std::string_view f = s.folded(k);
  return f == "during" || f == "after" || f == "following" || f == "amid";
}

// "Trump called off his summit with Kim", "the meeting has been postponed":
// the noun is the object or the subject of a verb of cancelling. What was
// cancelled was planned, so its date looks ahead.
void add_cancellation_cues(const Sentence& s, int noun, CueSet& cues) {
  auto cancels = [&](const VerbGroup* g) {
    return g && s.cue_table && (s.cue_table->lookup(s.lemma_of(*g)).cues & lexicon::cue_bit(Cue::kCancellation));
  };
  for (int k = noun - 1; k >= 0 && k >= noun - 6; --k) {
    if (const VerbGroup* g = group_at(s, k)) {
      if (cancels(g)) return cues.add(CueKind::kNegated, "neg.cancelled"), cues.add(CueKind::kPlanned, "plan.cancelled");
      break;
    }
    if (s.folded(k) == "," || s.folded(k) == ";") break;
  }
  for (int k = noun + 1; k < s.size() && k < noun + 14; ++k) {
    const VerbGroup* g = group_at(s, k);
    if (!g) {
      if (s.folded(k) == ";" || (s.folded(k) == "," && s.folded(k + 1) != "scheduled")) return;
      continue;
    }
    if (g->passive && cancels(g)) return cues.add(CueKind::kNegated, "neg.cancelled"), cues.add(CueKind::kPlanned, "plan.cancelled");
    if (!g->passive || !is_cue(s.words[g->verb], Cue::kControlPlanned)) return;  // "scheduled for Thursday"
  }
}

// "Any easing of sanctions is contingent on ...": a predicate of dependence after the noun.
void add_dependence_cues(const Sentence& s, int noun, CueSet& cues) {
  for (int k = noun + 1; k < s.size() && k < noun + 10; ++k) {
    const Word& w = s.words[k];
    if (s.folded(k) == ";" || s.folded(k) == "," || has(w.classes, kSubordinator)) return;
    if (is_cue(w, Cue::kConditionalPredicate)) return cues.add(CueKind::kPossible, "poss.contingent-on");
  }
}

// "urged Seoul to send", "is likely to send", "has yet to send": the word
// that governs the infinitive, skipping the object of urge and "on" of "call on".
int infinitive_controller(const Sentence& s, const VerbGroup& g) {
  int k = g.begin - 1;  // g.begin is "to"
  while (k >= 0 && (s.words[k].phrase != kNone || s.folded(k) == "on" || s.folded(k) == "upon" ||
                    s.folded(k) == "not" || s.folded(k) == "the")) {
    // "press Cairo and Addis Ababa to resume": past the whole object group.
    if (s.words[k].phrase != kNone) k = s.groups[s.phrases[s.words[k].phrase].group].begin;
    --k;
  }
  // "agreed at Camp David on Friday to hold", "urged Israel and Hamas on
  // Thursday to declare": look past a short adverbial and the object group.
  for (int j = k, steps = 0; j >= 0 && steps < 7; --j, ++steps) {
    if (s.words[j].phrase != kNone) {
      j = s.groups[s.phrases[s.words[j].phrase].group].begin;
      continue;
    }
    std::string_view f = s.folded(j);
    if (f == "," || f == ";" || f == "and" || f == "but") break;
    // "has to send" is an obligation; "has every reason to send" is not.
    bool bare_have = has(s.words[j].classes, kHave) && !group_at(s, j);
    if (bare_have && j != k) continue;
    if (control_kind(s.words[j]) != ControlKind::kNone || group_at(s, j)) return j;
  }
  return k;
}

// A modal earlier in the same clause scopes over a complement whose governing
// word dyad does not know ("may now feel freer to share").
void add_clause_modal(const Sentence& s, int from, CueSet& cues) {
  for (int k = from - 1; k >= 0 && k > from - 10; --k) {
    std::string_view f = s.folded(k);
    if (f == ";" || f == "," || f == "that" || group_at(s, k)) return;
    if (is_modal_word(s.words[k])) return add_modal_word(s.words[k], cues);
  }
}

void add_governing_cues(const Sentence& s, const VerbGroup& g, CueSet& cues, int depth = 0);

// "praised Trump for mediating", "criticised Manila for holding": the
// preposition at `prep` gives the reason of an accusation or praise.
bool reason_of_accusation(const Sentence& s, int prep) {
  int k = prep - 1;
  while (k >= 0 && (s.words[k].phrase != kNone || has(s.words[k].classes, kDeterminer))) --k;
  return k >= 0 && is_accusation_word(s.words[k]);
}

// "whether to impose sanctions and, for the first time, to send arms": a
// coordinated infinitive shares the verb that governs the first.
const VerbGroup* coordinated_infinitive(const Sentence& s, const VerbGroup& g) {
  for (const VerbGroup& earlier : s.verbs) {
    if (earlier.verb >= g.begin) break;
    if (!earlier.infinitive || &earlier == &g || g.begin - earlier.end >= 12) continue;
    for (int j = earlier.end; j < g.begin; ++j)
      if (s.folded(j) == "and" || s.folded(j) == "or") return &earlier;
  }
  return nullptr;
}

void add_infinitive_cues(const Sentence& s, const VerbGroup& g, CueSet& cues, int depth) {
  int k = infinitive_controller(s, g);
  if (k < 0) return;
  if (const VerbGroup* controller = group_at(s, k)) k = controller->verb;  // "called on": "called"
  if (control_kind(s.words[k]) == ControlKind::kNone && !group_at(s, k)) {
    if (const VerbGroup* first = coordinated_infinitive(s, g)) return add_governing_cues(s, *first, cues, depth + 1);
  }
  ControlKind kind = control_kind(s.words[k]);
  // "he expected to visit" is his plan; "is expected to visit" a forecast.
  // "Few expect Belgrade to recognise Kosovo": an expectation about another actor is a forecast.
  bool object_between = false;
  for (int j = k + 1; j < g.begin; ++j) object_between |= s.words[j].phrase != kNone;
  if (is_cue(s.words[k], Cue::kControlExpect) && !(k > 0 && has(s.words[k - 1].classes, kBe)) && !object_between)
    kind = ControlKind::kPlanned;
  // "wants Putin to attack": a wish about another actor is a recommendation.
  if (object_between && (kind == ControlKind::kPossible || kind == ControlKind::kPlanned) &&
      is_cue(s.words[k], Cue::kWishForOther))
    kind = ControlKind::kRecommend;
  if (kind == ControlKind::kNone && has(s.words[k].classes, kBe) && k == g.begin - 1)
    cues.add(CueKind::kPlanned, "plan.schedule");  // "is to send"
  // "NATO should be ready to shoot them down", "may be willing to": the
  // modal before the copula of the adjective.
  // (before the control word, so that "may be willing" states no intent)
  if (!group_at(s, k) && k > 1 && has(s.words[k - 1].classes, kBe))
    for (int a = k - 2; a >= 0 && a >= k - 4; --a) {
      if (is_modal_word(s.words[a])) {
        add_modal_word(s.words[a], cues, "poss.modal");
        break;
      }
      if (!has(s.words[a].classes, kAdverb) && !has(s.words[a].classes, kNegator)) break;
    }
  add_control(kind, cues, is_cue(s.words[k], Cue::kIntent));
  if (kind == ControlKind::kNone && !group_at(s, k)) add_clause_modal(s, g.begin, cues);
  if (const VerbGroup* governor = group_at(s, k)) {
    add_chain_cues(*governor, cues);
    add_governing_cues(s, *governor, cues, depth + 1);
  } else if (k > 0 && group_at(s, k - 1) == nullptr) {
    // "is likely to": the adjective's own auxiliaries ("is not likely").
    for (int a = k - 1; a >= 0 && a >= k - 3; --a)
      if (has(s.words[a].classes, kNegator)) cues.add(CueKind::kNegated, "neg.adjective-chain");
  }

}

// "will begin sharing", "agreed to keep sharing": the aspect verb is part of the chain.
void add_aspect_cues(const Sentence& s, const VerbGroup& g, CueSet& cues, int depth) {
  for (int k = g.begin - 2; k >= 0 && k > g.begin - 6; --k) {
    const Word& w = s.words[k];
    if (w.folded() == "to") {
      VerbGroup as_infinitive = g;
      as_infinitive.begin = k;
      as_infinitive.infinitive = true;
      as_infinitive.gerund = false;
      return add_governing_cues(s, as_infinitive, cues, depth + 1);
    }
    if (is_modal_word(w)) add_modal_word(w, cues, "poss.modal");
    else if (has(w.classes, kNegator)) cues.add(CueKind::kNegated, "neg.chain");
    else if (!has(w.classes, kAdverb) && !has(w.classes, kBe) && !has(w.classes, kHave)) return;
  }
}

// A gerund complement sits in the scope of its verb's modal: "would end ...
// arming", "should start by sending", "may retaliate by handing", "should
// respond ... not with X but by deepening ..." (up to 20 tokens back, within the clause).
void add_gerund_scope_cues(const Sentence& s, const VerbGroup& g, CueSet& cues, int depth) {
  for (int k = g.begin - 1; k >= 0 && k > g.begin - 20; --k) {
    if (s.folded(k) == ";" || s.folded(k) == "," || s.folded(k) == "that") return;
    const VerbGroup* governor = group_at(s, k);
    if (governor) {  // its modal scopes over the gerund, its negation does not ("did not stop by sending")
      VerbGroup modal_only = *governor;
      modal_only.negated = false;
      add_chain_cues(modal_only, cues);
      add_governing_cues(s, *governor, cues, depth + 1);
      return;
    }
    if (is_modal_word(s.words[k])) return add_modal_word(s.words[k], cues, "poss.modal");
  }
}

void add_gerund_cues(const Sentence& s, const VerbGroup& g, CueSet& cues, int depth) {
  // "the odds of North Korea delivering missiles", "the risk of Eritrean forces clashing".
  int start = g.begin;
  if (const Word& w = s.words[g.begin - 1]; w.phrase != kNone) start = s.groups[s.phrases[w.phrase].group].begin;
  add_frame_noun_cues(s, start, cues);
  const Word& before = s.words[g.begin - 1];
  std::string_view two_before = s.folded(g.begin - 2);
  if (before.folded() == "from" && g.begin >= 2 && is_cue(s.words[g.begin - 2], Cue::kAbstain))
    cues.add(CueKind::kNegated, "neg.refrain-from");
  if (before.folded() == "of" && two_before == "short") cues.add(CueKind::kNegated, "neg.stopped-short-of");
  if (before.folded() == "by" && two_before == "not") cues.add(CueKind::kNegated, "neg.not-by");  // "..., not by sending"
  // "warned Seoul against sending arms": advice not to act codes nothing;
  // "decided against sending troops": not done.
  if (before.folded() == "against" && g.begin >= 2) {
    const Word* verb = nullptr;  // the verb before "against" (a dictionary verb, else one by its tag)
    for (int k = g.begin - 2; k >= 0 && k >= g.begin - 6 && !verb; --k) {
      if (const VerbGroup* governor = group_at(s, k)) verb = &s.words[governor->verb];
      else if (s.words[k].phrase == kNone && text::is_verb(s.words[k].pos)) verb = &s.words[k];
    }
    if (verb) {
      bool advice = is_cue(*verb, Cue::kSpeech) || is_cue(*verb, Cue::kThreatVerb) ||
                    is_cue(*verb, Cue::kControlRecommend) || is_cue(*verb, Cue::kRecommendingVerb);
      cues.add(advice ? CueKind::kDrop : CueKind::kNegated, advice ? "drop.warned-against" : "neg.against");
    }
  }
  if (is_cue(before, Cue::kDeliberate)) cues.add(CueKind::kPossible, "poss.considering");
  if (before.folded() == "out" && g.begin >= 2 && is_cue(s.words[g.begin - 2], Cue::kRuleOut)) {
    const VerbGroup* rule = group_at(s, g.begin - 2);
    bool not_ruled_out = rule && rule->negated;
    for (int k = g.begin - 3; k >= 0 && k >= g.begin - 5; --k) not_ruled_out |= has(s.words[k].classes, kNegator);
    // "refused to rule out striking": a refusal to rule it out
    if (rule && rule->infinitive && rule->begin >= 1 && control_kind(s.words[rule->begin - 1]) == ControlKind::kNegative)
      not_ruled_out = true;
    if (not_ruled_out) cues.add(CueKind::kPossible, "poss.not-ruled-out");
    else cues.add(CueKind::kNegated, "neg.ruled-out");
    return;  // the negation or refusal of "rule out" is spent: it does not reach the act
  }
  if (is_cue(before, Cue::kAvoid)) cues.add(CueKind::kNegated, "neg.avoided");
  if (before.folded() == "for" && !reason_of_accusation(s, g.begin - 1))
    cues.add(CueKind::kPossible, "poss.meant-for");  // "meant for striking"
  if (is_cue(before, Cue::kAspect)) add_aspect_cues(s, g, cues, depth);
  if (const VerbGroup* governor = group_at(s, g.begin - 1);
      governor && is_cessation_verb(s.words[governor->verb])) {
    CueSet outer;
    add_chain_cues(*governor, outer);
    add_governing_cues(s, *governor, outer, depth + 1);
    if (outer.has(CueKind::kRecommended)) cues.add(CueKind::kDrop, "drop.urged-to-stop");
    else cues.add(CueKind::kNegated, "neg.stopped");
    return;
  }
  add_gerund_scope_cues(s, g, cues, depth);
}

// "Sending lethal arms to Kyiv would do irreversible damage": a gerund that
// is the subject of a modal verb takes its modal.
void add_gerund_subject_cues(const Sentence& s, const VerbGroup& g, const std::vector<int>& subjects, CueSet& cues) {
  for (int k = g.end; k < s.size() && k < g.end + 12; ++k) {
    std::string_view f = s.folded(k);
    if (f == "," || f == ";" || f == "that" || has(s.words[k].classes, kSubordinator)) return;
    if (is_modal_word(s.words[k])) return add_modal_word(s.words[k], cues, "poss.gerund-subject-of-modal");
    const VerbGroup* next = group_at(s, k);
    if (next && next != &g && !next->infinitive && !next->gerund && subjects[s.words[next->verb].verb_group] != kNone)
      return;  // another clause with its own subject
  }
}

// "Warsaw must reinforce its border and expel any diplomat caught spying":
// a verb with no auxiliary after "and" or a list mark, continuing a verb
// outside the dictionaries, takes the modal that opens the list.
void add_list_modal(const Sentence& s, const VerbGroup& g, CueSet& cues) {
  if (g.begin != g.verb || g.infinitive || g.gerund || !(g.flags & lexicon::kBase)) return;
  std::string_view joiner = s.folded(g.begin - 1);
  if (joiner != "and" && joiner != "or" && joiner != "," && joiner != ";") return;
  for (int k = g.begin - 2; k >= 0 && k >= g.begin - 16; --k) {
    const Word& w = s.words[k];
    if (s.folded(k) == ":" || (has(w.classes, kSubordinator) && !has(w.classes, kRelative))) return;
    if (is_modal_word(w)) return add_modal_word(w, cues, "poss.list-modal");
    if (const VerbGroup* other = group_at(s, k); other && other->modal == 0 && other->verb == k && !other->infinitive &&
                                                 !other->gerund && other->begin != other->verb)
      return;  // a verb with its own auxiliary: another clause
  }
}

// Cues from the verbs that govern this one: infinitive controllers, gerund
// frames ("refrained from sending", "considering sending"), chained.
void add_governing_cues(const Sentence& s, const VerbGroup& g, CueSet& cues, int depth) {
  if (depth > 3) return;
  if (g.infinitive) return add_infinitive_cues(s, g, cues, depth);
  if (g.gerund && g.begin > 0) add_gerund_cues(s, g, cues, depth);
}

bool near_hedge(const Sentence& s, const VerbGroup& g) {
  for (int k = std::max(0, g.begin - 3); k < std::min(s.size(), g.end + 2); ++k)
    if (is_cue(s.words[k], Cue::kHedgeAdverb)) return true;
  return false;
}

// "In the event of a Russian attack, ...", "in the event that ...".
bool in_the_event(const Sentence& s, int i) {
  return s.folded(i) == "event" && s.folded(i - 1) == "the" && s.folded(i - 2) == "in" &&
         (s.folded(i + 1) == "of" || s.folded(i + 1) == "that");
}

// "Were Washington to resume deliveries, ...", "Should Polish territory be
// used, ...", "Had Seoul sent arms, ...": a condition by inversion.
bool inverted_condition(const Sentence& s, int i) {
  std::string_view f = s.folded(i);
  if (f != "were" && f != "had" && f != "should") return false;
  if (i > 0 && s.folded(i - 1) != "," && s.folded(i - 1) != ";") return false;
  int next = i + 1;
  if (s.folded(next) == "the") ++next;
  return next < s.size() && s.words[next].phrase != kNone;
}

bool is_clause_mark(const Sentence& s, int k) {
  std::string_view f = s.folded(k);
  return f == "," || f == ";" || f == ":" || f == "that" || f == "which" || f == "whether" ||
         f == "who" || f == "\u2014" || is_attribution_word(s.words[k]);
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

// "It is vital that X ...", "it is essential that X ...": the clause is a recommendation.
bool in_recommending_frame(const Sentence& s, const VerbGroup& g);

// A bare base form, adverbs allowed: "that Japan (immediately) release".
bool subjunctive(const Sentence& s, const VerbGroup& g) {
  if (!(g.flags & lexicon::kBase) || (g.flags & lexicon::kPast) || g.infinitive || g.modal != 0) return false;
  for (int k = g.begin; k < g.verb; ++k)
    if (!has(s.words[k].classes, kAdverb) && !s.folded(k).ends_with("ly")) return false;
  return true;
}

// The frame of an earlier "that" clause joined by "and that": search on from `from`.
bool in_recommending_frame_before(const Sentence& s, int from, const VerbGroup& g) {
  for (int k = from - 1; k > 0 && k >= from - 25; --k) {
    if (s.folded(k) == ";") return false;
    if (s.folded(k) != "that") continue;
    if (is_cue(s.words[k - 1], Cue::kRecommendingFrame)) return true;
    return subjunctive(s, g) && is_cue(s.words[k - 1], Cue::kRecommendingVerb);
  }
  return false;
}

// "We recommend that Washington resume ...": a verb of recommending before a
// clause in the subjunctive (a base form), and "... and that Berlin fund".
bool in_recommending_frame(const Sentence& s, const VerbGroup& g) {
  for (int k = g.begin - 1; k > 0 && k >= g.begin - 12; --k) {
    if (s.folded(k) == "," || s.folded(k) == ";") return false;
    if (s.folded(k) == "that") {
      if (s.folded(k - 1) == "and") return in_recommending_frame_before(s, k - 1, g);
      if (is_cue(s.words[k - 1], Cue::kRecommendingFrame)) return true;
      // "demanded on Tuesday that Israel apologise": past a short adverbial.
      int frame = k - 1;
      while (frame > 0 && k - frame < 4 && !is_cue(s.words[frame], Cue::kRecommendingVerb) &&
             (s.tokens[frame].capitalised || has(s.words[frame].classes, kPreposition) || has(s.words[frame].classes, kAdverb)))
        --frame;
      return subjunctive(s, g) && is_cue(s.words[frame], Cue::kRecommendingVerb);
    }
    if (group_at(s, k) && group_at(s, k) != &g) return false;
  }
  return false;
}

// Whether the verb stands in an imperative item, before any ";" that ends it.
bool in_imperative(const Sentence& s, const VerbGroup& g) {
  if (s.imperative_begin < 0 || g.verb < s.imperative_begin) return false;
  for (int k = s.imperative_begin; k < g.verb; ++k)
    if (s.folded(k) == ";") return false;
  return true;
}

// "signed no agreements", "announced no new sanctions": the object is negated.
bool negated_object(const Sentence& s, const VerbGroup& g) {
  for (int k = g.end; k < s.size() && k < g.end + 3; ++k) {
    if (s.folded(k) == "no") return true;
    if (s.words[k].phrase != kNone || s.words[k].verb_group != kNone) return false;
  }
  return false;
}

// "Pyongyang denied sending troops to Russia", "Beijing denied that it had
// supplied drones": a pure denial codes only the 016 (ANNOTATION.md item 7);
// the denied act is coded, reported, only when it is somebody's claim
// ("denied reports that ...", "..., as Warsaw alleged").
bool purely_denied(const Sentence& s, const VerbGroup& g) {
  int k = g.begin - 1;
  if (g.gerund) {
    const VerbGroup* governor = group_at(s, k);
    if (!governor || !is_cue(s.words[governor->verb], Cue::kDenial)) return false;
  } else {
    while (k >= 0 && (s.words[k].phrase != kNone || has(s.words[k].classes, kDeterminer))) --k;  // its subject
    if (k < 1 || s.folded(k) != "that" || !is_cue(s.words[k - 1], Cue::kDenial)) return false;
  }
  for (int j = 0; j < s.size(); ++j)
    if (is_cue(s.words[j], Cue::kClaim)) return false;
  return true;
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

// "The treaty that Putin and Kim signed on Wednesday obliges each side to
// help the other if it is attacked": a relative clause on the subject, with
// the main verb after it, is not what the condition governs.
bool relative_before_main_verb(const Sentence& s, const VerbGroup& g) {
  int k = g.begin - 1;
  while (k >= 0 && s.words[k].phrase != kNone) k = s.groups[s.phrases[s.words[k].phrase].group].begin - 1;
  if (k < 1 || (s.folded(k) != "that" && s.folded(k) != "which") || !text::is_noun(s.words[k - 1].pos) ||
      s.words[k - 1].phrase != kNone)
    return false;
  for (int j = g.end; j < s.size(); ++j) {
    if (has(s.words[j].classes, kConditional) || s.folded(j) == "," || s.folded(j) == ";") return false;
    if (text::is_finite_verb(s.words[j].pos) && s.words[j].verb_group == kNone && s.words[j].phrase == kNone) return true;
    if (const VerbGroup* main = group_at(s, j); main && main != &g && !main->infinitive && !main->gerund) return true;
  }
  return false;
}

// The cues of a verb event. `speech_act`: a speech act ("threatened ... if
// attacked") is conditioned only when it stands inside the "if" clause itself.
CueSet verb_cues(const Sentence& s, const SentenceCues& sentence_cues, const VerbGroup& g, const VerbLinks& links,
                 const std::string& source_entity, bool speech_act) {
  const std::vector<int>& subjects = links.subjects;
  CueSet cues;
  add_chain_cues(g, cues);
  add_governing_cues(s, g, cues);
  if (g.gerund) add_gerund_subject_cues(s, g, links.subjects, cues);
  // "should expand sanctions and deepen sharing", "should supply X, fund Y
  // and press Z": the modal of the verbs it continues, down the list.
  int head = links.coordinated[s.words[g.verb].verb_group];
  for (int steps = 0; head != kNone && steps < 6; ++steps, head = links.coordinated[head]) {
    const VerbGroup& h = s.verbs[head];
    add_chain_cues(h, cues);
    add_governing_cues(s, h, cues);
    if (in_recommending_frame(s, h)) cues.add(CueKind::kRecommended, "rec.frame");
  }
  if (links.coordinated[s.words[g.verb].verb_group] == kNone) add_list_modal(s, g, cues);
  if (near_hedge(s, g)) cues.add(CueKind::kPossible, "poss.hedge-adverb");
  if (in_imperative(s, g) && !cues.has(CueKind::kPossible) && !cues.has(CueKind::kPlanned))
    cues.add(CueKind::kRecommended, "rec.imperative");  // "Let NATO jets protect ...", "For Tokyo: deepen ..."
  if (in_recommending_frame(s, g)) cues.add(CueKind::kRecommended, "rec.frame");
  if (int that = that_opening_clause(s, g.begin, &g); that >= 0 && absence_of_evidence_before(s, that))
    cues.add(CueKind::kNegated, "neg.no-evidence");
  if (is_cue(s.words[g.verb], Cue::kCommitment)) cues.add(CueKind::kPlanned, "plan.commitment-verb");
  if (negated_object(s, g)) cues.add(CueKind::kNegated, "neg.object-no");
  // "Trump warned that he would impose sanctions unless ...": the speaker's
  // own commitment, conditional ones too (ANNOTATION.md item 3), is planned.
  bool own_commitment = cues.has(CueKind::kPossible) && g.modal == kModalPossible && s.folded(g.begin) == "would" &&
                        reported_own_commitment(s, g, subjects, source_entity);
  if (own_commitment) {
    cues.remove(CueKind::kPossible);
    cues.add(CueKind::kPlanned, "plan.own-commitment");
  }
  // "should not send", "urged X to stop", "urged X to end its cooperation": nothing is coded.
  if (cues.has(CueKind::kRecommended) && (cues.has(CueKind::kNegated) || is_cessation_verb(s.words[g.verb])))
    cues.add(CueKind::kDrop, "drop.recommend-not-to-act");
  // "Japan will impose sanctions if Pyongyang tests a bomb, Abe said": so is its own "will".
  bool own_will = !own_commitment && g.modal == kModalFuture && reported_own_commitment(s, g, subjects, source_entity);
  if (own_will) cues.add(CueKind::kPlanned, "plan.own-commitment");
  for (auto [begin, end] : speech_act ? sentence_cues.condition_clauses : sentence_cues.conditional_spans)
    if (g.verb >= begin && g.verb < end && !own_commitment && !own_will && !relative_before_main_verb(s, g))
      cues.add(CueKind::kConditioned, "cond.if");
  if (in_open_question(s, g)) cues.add(CueKind::kConditioned, "cond.open-question");
  if (sentence_cues.question) cues.add(CueKind::kConditioned, "cond.question");  // "Will China invade Taiwan?"
  if (purely_denied(s, g)) cues.add(CueKind::kDrop, "drop.purely-denied");
  if (attributed(s, sentence_cues, g, subjects, speech_act)) cues.add(CueKind::kReported, "rep.attribution");
  // "North Korea said it was ready to hold talks": its own stated willingness is its act.
  if (cues.has(CueKind::kReported) && possible_rule_is(cues, kIntentRule) &&
      reported_own_commitment(s, g, subjects, source_entity))
    cues.remove(CueKind::kReported);
  return cues;
}

// "unable to arrange a meeting", "likely to hold talks", "urged the G7 to
// keep up its support": the word that governs an infinitive before the noun.
void add_nominal_controller(const Sentence& s, int noun, CueSet& cues) {
  for (int k = noun - 1; k >= 1 && k >= noun - 8; --k) {
    if (s.folded(k) == "," || s.folded(k) == "that") return;
    if (s.folded(k) != "to") continue;
    if (k + 1 < s.size() && is_cue(s.words[k + 1], Cue::kRuleOut)) return;  // "refused to rule out": see the governor
    int controller = k - 1;
    if (controller > 0 && s.words[controller].phrase != kNone)
      controller = s.groups[s.phrases[s.words[controller].phrase].group].begin - 1;
    if (controller < 0) return;  // the group opens the sentence: nothing governs it (fuzzing found it)
    if (s.folded(controller) == "the" && controller > 0) --controller;
    if (const VerbGroup* group = group_at(s, controller)) controller = group->verb;
    ControlKind kind = control_kind(s.words[controller]);
    if (kind != ControlKind::kNone) return add_control(kind, cues, is_cue(s.words[controller], Cue::kIntent));
  }
}

// A bare nominal takes the modality of the verb that governs it: a modal
// after it ("an attack ... would mean"), the verb before it, or the verb it
// is the subject of.
bool carries_noun_verb(const Sentence& s, const VerbGroup& g);

void add_nominal_clause_cues(const Sentence& s, const SentenceCues& sentence_cues, int noun, const VerbLinks& links,
                             CueSet& cues) {
  for (int k = noun + 1; k < s.size() && k < noun + 12; ++k) {
    const Word& w = s.words[k];
    if (w.verb_group != kNone || s.folded(k) == ";" || has(w.classes, kSubordinator)) break;
    if (has(w.classes, kModalFuture)) return cues.add(CueKind::kPossible, "poss.subject-of-will");
    if (is_modal_word(w)) return add_modal_word(w, cues, "poss.subject-of-modal");
  }
  const VerbGroup* governor = nullptr;
  for (int k = noun - 1; k >= 0 && !governor; --k) {
    // "..., and a fresh attack would very likely prompt another round of
    // Indian strikes": a modal of the noun's own clause (whose verb the
    // dictionaries do not know) governs it, not a verb of an earlier clause.
    if (is_modal_word(s.words[k])) return add_modal_word(s.words[k], cues, "poss.clause-modal");
    if (s.folded(k) == ";" || (s.folded(k) == "," && has(s.words[k + 1].classes, kConjunction))) break;
    governor = group_at(s, k);
  }
  for (int k = noun + 1; k < s.size() && !governor; ++k) governor = group_at(s, k);
  if (governor) {
    CueSet verb = verb_cues(s, sentence_cues, *governor, links, "", false);
    if (verb.has(CueKind::kDrop)) return cues.add(CueKind::kPossible, "poss.governor-dropped");
    // "would not support an Israeli strike": what a hypothetical refusal is
    // about stays possible; only a verb that carries the act out negates it.
    if (verb.has(CueKind::kNegated) && verb.has(CueKind::kPossible) && !carries_noun_verb(s, *governor))
      verb.remove(CueKind::kNegated);
    // "ruled out sanctions": negated; "did not rule out", "refused to rule out": possible.
    if (is_cue(s.words[governor->verb], Cue::kRuleOut)) {
      bool not_ruled_out = verb.has(CueKind::kNegated);
      verb.remove(CueKind::kNegated);
      if (not_ruled_out) verb.add(CueKind::kPossible, "poss.not-ruled-out");
      else verb.add(CueKind::kNegated, "neg.ruled-out");
    }
    cues.merge(verb);
    // "Belousov said cooperation between Moscow and Pyongyang was expanding".
    if (is_attribution_word(s.words[governor->verb])) cues.add(CueKind::kReported, "rep.governed-by-saying");
    return;
  }
  if (in_conditional(sentence_cues, noun)) return cues.add(CueKind::kConditioned, "cond.if");
  add_clause_modal(s, noun, cues);  // "may also be preparing the ground for a trip"
  for (int cue : sentence_cues.attributions)
    if (cue < noun || closing_attribution(s, cue)) return cues.add(CueKind::kReported, "rep.attribution");
  if (hedged_at(sentence_cues, noun)) cues.add(CueKind::kReported, "rep.hedge");
}

// "would have ended", "could not have won": a sentence about what did not happen.
bool counterfactual(const Sentence& s) {
  for (int k = 0; k + 1 < s.size(); ++k) {
    std::string_view f = s.folded(k);
    if (f != "would" && f != "could" && f != "might") continue;
    int next = k + 1;
    if (has(s.words[next].classes, kNegator) && next + 1 < s.size()) ++next;
    if (s.folded(next) == "have") return true;
  }
  return false;
}

// Whether the noun phrase of `noun` is the object of a verb that carries out
// the act it names ("resume its offensive", "step up its strikes").
bool carries_noun_verb(const Sentence& s, const VerbGroup& g) {
  return s.cue_table && (s.cue_table->lookup(s.lemma_of(g)).cues & lexicon::cue_bit(Cue::kCarriesNoun));
}

bool carried_by_verb(const Sentence& s, int noun) {
  const VerbGroup* g = group_at(s, noun_phrase_start(s, noun) - 1);
  return g && carries_noun_verb(s, *g);
}

// The cues of a nominal event at token `noun` ("North Korea's supply of shells").
CueSet noun_cues(const Sentence& s, const SentenceCues& sentence_cues, int noun, bool presupposed,
                 const VerbLinks& links) {
  CueSet cues;
  // "Azerbaijan could resume its offensive": an owned act that a verb carries
  // out has that verb's modality, not a given fact's.
  if (presupposed && carried_by_verb(s, noun)) presupposed = false;
  for (int k = noun - 1; k >= 0 && k >= noun - 5; --k) {  // "no interest in talks", "no new sanctions"
    if (s.folded(k) == "no") return cues.add(CueKind::kNegated, "neg.no-noun"), cues;
    if (group_at(s, k) || s.folded(k) == ",") break;
  }
  for (int cue : sentence_cues.accusations)  // "criticise Russia over its cooperation": the reason
    if (cue < noun && cue >= noun - 8) return cues.add(CueKind::kReported, "rep.accused-for"), cues;
  if (sentence_cues.question) cues.add(CueKind::kConditioned, "cond.question");
  // "during a meeting with Shoigu", "after talks in Moscow": an event noun
  // that places the clause in time happened.
  if (is_time_frame(s, noun_phrase_start(s, noun) - 1)) return cues;
  add_frame_noun_cues(s, noun_phrase_start(s, noun), cues);
  // "Absent American pressure, ...", "without a ceasefire": the act is
  // missing, unless a counterfactual says it is there ("Without Chinese
  // support, the war would have ended").
  if (std::string_view prep = s.folded(noun_phrase_start(s, noun) - 1);
      (prep == "without" || prep == "absent") && !counterfactual(s))
    cues.add(CueKind::kNegated, "neg.without");
  add_noun_adjective_cues(s, noun, cues);
  // "The Commission has drafted sanctions against Minsk": a prepared act lies ahead.
  if (const VerbGroup* g = group_at(s, noun_phrase_start(s, noun) - 1);
      g && s.cue_table && (s.cue_table->lookup(s.lemma_of(*g)).cues & lexicon::cue_bit(Cue::kPlanningVerb)))
    cues.add(CueKind::kPlanned, "plan.prepared");
  add_cancellation_cues(s, noun, cues);
  add_dependence_cues(s, noun, cues);
  add_indefinite_subject_cues(s, noun, cues);
  if (int that = that_opening_clause(s, noun, nullptr); that >= 0 && absence_of_evidence_before(s, that))
    cues.add(CueKind::kNegated, "neg.no-evidence");
  if (!presupposed) add_nominal_controller(s, noun, cues);
  if (cues.has(CueKind::kNegated) || cues.has(CueKind::kPossible) || cues.has(CueKind::kRecommended) ||
      cues.has(CueKind::kPlanned))
    return cues;
  for (int cue : sentence_cues.accusations)
    if (cue < noun) return cues.add(CueKind::kReported, "rep.accused-for"), cues;
  if (presupposed) {  // "Russia's war in Ukraine": a fact in any clause ...
    // ... but the writer vouches for nothing a closing ", the agency reported" covers.
    for (int cue : sentence_cues.attributions)
      if (cue > noun && is_cue(s.words[cue], Cue::kReporting) && closing_attribution(s, cue))
        return cues.add(CueKind::kReported, "rep.closing-attribution"), cues;
    return cues;
  }
  add_nominal_clause_cues(s, sentence_cues, noun, links, cues);
  return cues;
}

// Troops or officials stated to be abroad take the modality of their clause.
CueSet presence_cues(const Sentence& s, const SentenceCues& sentence_cues, const CandidateEvent& e) {
  CueSet cues;
  if (e.site.negated) cues.add(CueKind::kNegated, "neg.presence");
  if (e.site.scheduled) cues.add(CueKind::kPlanned, "plan.presence-due");
  int token = s.phrases[e.source].begin;
  if (in_conditional(sentence_cues, token)) cues.add(CueKind::kConditioned, "cond.if");
  if (hedged_at(sentence_cues, token)) cues.add(CueKind::kReported, "rep.hedge");
  for (int cue : sentence_cues.attributions)
    if (cue < token || cue > token + 3) cues.add(CueKind::kReported, "rep.attribution");
  return cues;
}

// The entity of the last coded phrase of a group ("" for none).
std::string actor_entity(const Sentence& s, int group) {
  std::string entity;
  if (group != kNone)
    for (int p : s.groups[group].phrases)
      if (s.phrases[p].coded) entity = s.phrases[p].entity();
  return entity;
}

CueSet event_cues(const Sentence& s, const SentenceCues& sentence_cues, const VerbLinks& links,
                  const CandidateEvent& e) {
  switch (e.site.origin) {
    case EventOrigin::kVerb:
      return verb_cues(s, sentence_cues, s.verbs[e.site.verb_group], links, actor_entity(s, e.site.actor_group),
                       e.site.speech);
    case EventOrigin::kNoun: return noun_cues(s, sentence_cues, e.anchor, e.site.presupposed, links);
    case EventOrigin::kPresence: return presence_cues(s, sentence_cues, e);
  }
  return {};
}

}  // namespace

std::optional<Modality> CueSet::resolve(const char** rule) const {
  static constexpr Modality kModality[] = {Modality::kAsserted, Modality::kNegated, Modality::kPossible,
                                           Modality::kRecommended, Modality::kPossible, Modality::kPlanned,
                                           Modality::kReported};
  for (size_t k = 0; k < rules_.size(); ++k) {
    if (!rules_[k]) continue;
    *rule = rules_[k];
    if (k == static_cast<size_t>(CueKind::kDrop)) return std::nullopt;
    return kModality[k];
  }
  *rule = "";
  return Modality::kAsserted;
}

// The clause around token `i`: from after the ", and" / ", but" / ";" before
// it to the next one ("Israeli jets reportedly struck ..., and Damascus accused").
std::pair<int, int> clause_around(const Sentence& s, int i) {
  // ", an attack Islamabad denies", ", a claim Moscow rejects": an apposition
  // that names the act again is the writer's own clause.
  auto apposition = [&](int k) {
    return k + 2 < s.size() && has(s.words[k + 1].classes, kDeterminer) &&
           (is_cue(s.words[k + 2], Cue::kEventAnaphor) || is_cue(s.words[k + 2], Cue::kClaim));
  };
  auto boundary = [&](int k) {
    return s.folded(k) == ";" ||
           (s.folded(k) == "," && (s.folded(k + 1) == "and" || s.folded(k + 1) == "but" || apposition(k)));
  };
  int begin = i, end = i;
  while (begin > 0 && !boundary(begin - 1)) --begin;
  while (end < s.size() && !boundary(end)) ++end;
  return {begin, end};
}

bool hedged_at(const SentenceCues& cues, int token) {
  if (cues.hedged) return true;
  for (auto [begin, end] : cues.hedged_clauses)
    if (token >= begin && token < end) return true;
  return false;
}

bool in_conditional(const SentenceCues& cues, int token) {
  for (auto [begin, end] : cues.conditional_spans)
    if (token >= begin && token < end) return true;
  return false;
}

SentenceCues find_sentence_cues(const Sentence& s) {
  SentenceCues cues;
  cues.question = s.size() > 0 && s.folded(s.size() - 1) == "?";
  for (int i = 0; i < s.size(); ++i) {
    std::string_view f = s.folded(i);
    const Word& w = s.words[i];
    if (has(w.classes, kConditional) || (f == "case" && s.folded(i - 1) == "in") || f == "conditioned" ||
        (f == "provided" && s.folded(i + 1) == "that") || in_the_event(s, i) || inverted_condition(s, i)) {
      cues.conditional_spans.push_back(condition_scope(s, i));
      int end = i + 1;
      while (end < s.size() && s.folded(end) != "," && s.folded(end) != ";") ++end;
      cues.condition_clauses.emplace_back(i, end);
    }
    if (f == "according" && s.folded(i + 1) == "to")
      cues.hedged = true;
    else if (is_cue(w, Cue::kHedge))
      cues.hedged_clauses.push_back(clause_around(s, i));
    else if (is_attribution_word(w))
      cues.attributions.push_back(i);
    if (std::string_view reason = accusation_preposition(w); !reason.empty()) {
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

// Whether a verb is the content of an urging or a threat: "urged Kyiv to
// hold talks", "threatened to strike", "demanded that Iran free".
bool urged_by_speech(const Sentence& s, const VerbGroup& g) {
  if (!g.infinitive) return in_recommending_frame(s, g);  // "demanded on Monday that Iran free"
  int k = infinitive_controller(s, g);
  if (k < 0 || !group_at(s, k)) return false;
  const Word& w = s.words[k];
  return is_cue(w, Cue::kControlRecommend) || is_cue(w, Cue::kRecommendingVerb) || is_cue(w, Cue::kThreatVerb);
}

void plan_by_future_date(const Sentence& s, const std::vector<DateExpression>& dates, std::string_view doc_date,
                         std::vector<CandidateEvent>& events) {
  for (CandidateEvent& e : events) {
    if (!e.nominal || e.modality != Modality::kAsserted) continue;
    const DateExpression* date = nearest_date(s, dates, e);
    if (!date || !lies_ahead(*date, doc_date)) continue;
    e.modality = Modality::kPlanned;
    e.modality_rule = "plan.future-date";
    e.future = true;
  }
}

void qualify_events(const Sentence& s, const SentenceCues& cues, const std::vector<int>& subjects,
                    const std::vector<int>& coordinated, std::vector<CandidateEvent>& events,
                    std::vector<CandidateEvent>* dropped) {
  VerbLinks links{subjects, coordinated};
  std::vector<CandidateEvent> kept;
  kept.reserve(events.size());
  auto qualify = [&](CandidateEvent e, const CueSet& found) {
    auto modality = found.resolve(&e.modality_rule);
    if (!modality) {
      if (dropped) dropped->push_back(std::move(e));
      return;
    }
    if (e.intent && *e.modality_rule == 0) e.modality_rule = "intent.stated";
    e.modality = *modality;
    e.urged = e.site.origin == EventOrigin::kVerb && urged_by_speech(s, s.verbs[e.site.verb_group]);
    e.future = *modality == Modality::kPlanned || *modality == Modality::kPossible ||
               *modality == Modality::kRecommended ||
               (*modality == Modality::kNegated && found.has(CueKind::kPlanned));
    kept.push_back(std::move(e));
  };
  struct Stated { int anchor, source, target; };
  std::vector<Stated> intents;  // the intents stated so far
  for (CandidateEvent& e : events) {
    CueSet found = event_cues(s, cues, links, e);
    if (auto intent = stated_intent(cues, e, found)) {
      bool reverse = std::any_of(intents.begin(), intents.end(), [&e](const Stated& earlier) {
        return earlier.anchor == e.anchor && earlier.source == e.target && earlier.target == e.source;
      });
      if (!reverse) {
        intents.push_back({e.anchor, e.source, e.target});
        qualify(std::move(intent->first), intent->second);
      }
    }
    qualify(std::move(e), found);
  }
  events = std::move(kept);
}

}  // namespace dyad::coder
