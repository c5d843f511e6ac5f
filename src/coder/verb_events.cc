// Verb events: the verb pattern that matches, the window where objects
// stand, the target, the passive, and the modality of the verb.
#include "event_finder_impl.h"

#include <algorithm>
#include <unordered_set>

namespace dyad::coder {

bool EventFinder::is_speech_code(const std::string& code) const {
  std::string root = code.substr(0, 2);
  return root == "01" || root == "02" || root == "10" || root == "11" || root == "12" ||
         root == "13" || root == "09";
}

bool EventFinder::strikes_a_place(const std::string& code) {
  return code.starts_with("194") || code.starts_with("195") || code.starts_with("18") || code.starts_with("20");
}

// Codes whose passive subject is what moves (troops, weapons), not who receives it.
bool EventFinder::moves_a_theme(const std::string& code) {
  return code.starts_with("07") || code.starts_with("19") || code.starts_with("15");
}

// End of the stretch after a verb where its objects may stand.
int EventFinder::window_end(const VerbGroup& g, bool speech) const {
  for (int k = g.end; k < s_.size(); ++k) {
    std::string_view f = s_.folded(k);
    const Word& w = s_.words[k];
    if (is_boundary_punct(f) || is_dash_boundary(s_, k) || (f == "according" && s_.folded(k + 1) == "to"))
      return k;
    if (f == "," && starts_attribution(k)) return k;
    if ((f == "and" || f == "but") && k + 1 < s_.size() &&
        (has(s_.words[k + 1].classes, kPronoun) || (s_.folded(k - 1) == "," && s_.words[k + 1].phrase != kNone)))
      return k;  // ", and it may ...": a new clause
    if (k > g.end && w.clause_verb) return k;  // a verb outside the dictionaries opens another clause
    if (k > g.end && w.verb_group != kNone) {
      const VerbGroup& next = s_.verbs[w.verb_group];
      bool shares_object = next.begin == g.end + 1 && has(s_.words[g.end].classes, kConjunction);
      if (shares_object) {  // "killed or wounded 3,000 soldiers"
        k = next.end - 1;
        continue;
      }
      if (!next.infinitive && !next.gerund && next.begin >= g.end) return next.begin;
      std::string_view lead = s_.folded(next.begin - 1);
      if (next.gerund && (lead == "by" || lead == "after" || lead == "before" || lead == "while" ||
                          lead == "without" || lead == "through"))
        return next.begin - 1;  // "violating resolutions by sending troops"
    }
    if (has(w.classes, kRelative) && s_.folded(k - 1) == ",") return k;
    if (has(w.classes, kSubordinator) && !has(w.classes, kPreposition) && !has(w.classes, kRelative)) {
      if (f == "that" && (speech || k == g.end)) continue;
      if (f == "as" || f == "so") continue;
      return k;
    }
  }
  return s_.size();
}

// ", officials said", ", the ministry reported": a closing attribution.
bool EventFinder::starts_attribution(int comma) const {
  int k = comma + 1;
  while (k < s_.size() && (s_.words[k].phrase != kNone || has(s_.words[k].classes, kDeterminer) ||
                           has(s_.words[k].classes, kConjunction)))
    ++k;
  return k > comma + 1 && k < s_.size() && is_attribution_word(s_.words[k]);
}

// "warned that ...", "dismissed reports that ...", "threatened to strike ...",
// "denounced what he called ...": a clause follows the speech verb.
bool EventFinder::introduces_clause(const VerbGroup& g) const {
  for (int k = g.end; k < s_.size() && k < g.end + 4; ++k) {
    std::string_view f = s_.folded(k);
    if (f == "that" || f == "whether" || f == "what" || f == "how") return true;
    if (f == "to" && k + 1 < s_.size() && s_.words[k + 1].verb_group != kNone) return true;
  }
  return false;
}

// A speech act's complement runs to the end of the sentence, short of ";" and attribution.
int EventFinder::complement_end(const VerbGroup& g) const {
  for (int k = g.end; k < s_.size(); ++k) {
    std::string_view f = s_.folded(k);
    if (f == ";" || f == ":" || (f == "according" && s_.folded(k + 1) == "to")) return k;
    if (f == "while" || f == "whereas" || f == "although" || f == "though" || f == "but") return k;
    if (f == "," && k + 2 < s_.size() && s_.words[k + 1].phrase != kNone) {
      int after = s_.groups[s_.phrases[s_.words[k + 1].phrase].group].end;
      // (a group may end the sentence: fuzzing found it)
      if (after < s_.size() && is_attribution_word(s_.words[after])) return k;  // ", officials said"
    }
  }
  return s_.size();
}

bool EventFinder::modifies_next(int k) const {
  if (k + 1 >= s_.size()) return false;
  auto plain = [&](int j) {
    const Word& w = s_.words[j];
    return w.token->kind == TokenKind::kWord && w.classes == 0 && w.phrase == kNone && !w.token->capitalised &&
           w.verb_group == kNone;
  };
  if (!plain(k + 1)) return false;
  if (s_.words[k + 1].noun_classes) return true;
  return k + 2 < s_.size() && plain(k + 2) && s_.words[k + 2].noun_classes;  // "missile warning data"
}

bool EventFinder::word_matches(int k, const PatternElement& e) const {
  std::string_view f = s_.folded(k);
  // "received Egypt's intelligence chief": a word inside an actor's title is
  // no object word; the head of the phrase may be ("sent North Korean troops").
  if (const Word& w = s_.words[k]; w.phrase != kNone && s_.phrases[w.phrase].coded && s_.phrases[w.phrase].end - 1 != k)
    return false;
  // A class word modifying a noun after it is no head: in "missile warning
  // data" the data, not the missile, is what is shared.
  if (e.kind == PatternElement::Kind::kClass) return s_.words[k].in_class(e.class_id) && !modifies_next(k);
  for (const std::string& w : e.words) {
    if (f == w) return true;
    if (f.size() > w.size() && f.starts_with(w)) {
      std::string_view rest = f.substr(w.size());
      if (rest == "s" || rest == "es") return true;
    }
    if (w.find(' ') != std::string::npos) {  // a multi-word element
      std::string joined;
      for (int j = k; j < s_.size() && joined.size() < w.size(); ++j) {
        if (!joined.empty()) joined.push_back(' ');
        joined.append(s_.folded(j));
      }
      if (joined == w) return true;
    }
  }
  return false;
}

// Places and topics are not the object of an act: "met Kim in Pyongyang",
// "shared intelligence on North Korean troops".
bool EventFinder::is_locative(const std::string& prep) const { return phrase_is_cue(s_, prep, Cue::kLocative); }

// Whether a group stands in a place or topic phrase that is no object. A
// preposition that belongs to the verb ("called on UN member states") or
// that the matched event noun takes ("sanctions on Pyongyang") is an object.
bool EventFinder::is_adjunct(int group, int verb_end, int element) const {
  const ActorPhrase& first = s_.phrases[s_.groups[group].phrases.front()];
  int prep_token = first.begin - 1;
  while (prep_token >= 0 && s_.folded(prep_token) == "the") --prep_token;
  if (first.prep == "of" && prep_token > 0 && is_cue(s_.words[prep_token - 1], Cue::kDirection))
    return true;  // "a target southwest of Baghdad"
  if (!is_locative(first.prep)) return false;
  if (prep_token < verb_end) return false;
  if (element >= 0 && s_.words[element].noun_match > 0) {
    const auto& preps = lex_.nouns[s_.words[element].noun_index].target_preps;
    if (std::find(preps.begin(), preps.end(), first.prep) != preps.end()) return false;
  }
  return true;
}

// Whether the "by" at `by` follows a past participle ("set by", "signed by").
bool EventFinder::after_participle(int by) const {
  int k = by - 1;
  while (k >= 0 && has(s_.words[k].classes, kAdverb)) --k;
  return k >= 0 && s_.words[k].verb_match > 0 && (s_.words[k].verb_flags & lexicon::kParticiple);
}


// `verb_end` >= 0 excludes places and topics (see is_adjunct).
int EventFinder::first_target(int from, int to, int exclude, int source_group, bool skip_by,
                 int verb_end, int element) const {
  for (int k = std::max(from, 0); k < to; ++k) {
    const Word& w = s_.words[k];
    if (w.phrase == kNone) continue;
    const ActorPhrase& phrase = s_.phrases[w.phrase];
    int group = phrase.group;
    k = std::max(k, s_.groups[group].end - 1);
    if (group == exclude || (skip_by && phrase.prep == "by")) continue;
    if (verb_end >= 0 && phrase.prep == "by" && after_participle(phrase.begin - 1))
      continue;  // "a cap set by the Security Council": the agent of another verb
    if (verb_end >= 0 && is_adjunct(group, verb_end, element)) continue;
    if (!group_has_coded(s_, group)) continue;
    if (source_group != kNone && same_entities(source_group, group)) continue;
    return group;
  }
  return kNone;
}

bool EventFinder::same_entities(int a, int b) const {
  for (int pa : s_.groups[a].phrases)
    for (int pb : s_.groups[b].phrases)
      if (s_.phrases[pa].coded && s_.phrases[pb].coded && s_.phrases[pa].entity() != s_.phrases[pb].entity())
        return false;
  return true;
}

bool EventFinder::contained_in(int a, int b) const {
  for (int pb : s_.groups[b].phrases) {
    if (!s_.phrases[pb].coded) continue;
    bool in_a = false;
    for (int pa : s_.groups[a].phrases)
      in_a |= s_.phrases[pa].coded && s_.phrases[pa].entity() == s_.phrases[pb].entity();
    if (!in_a) return false;
  }
  return true;
}

// The most specific pattern that matches; among equally specific ones, the
// one whose first element stands nearest the verb ("send lethal arms", not
// "send ... officials" of a later clause).
EventFinder::PatternMatch EventFinder::match_pattern(const VerbGroup& g, int from, int to, int source_group,
                           bool from_antecedent) const {
  PatternMatch best;
  int best_first = 1 << 30;
  size_t best_size = 0;
  for (const VerbPattern& pattern : lex_.patterns_by_lemma[g.lemma]) {
    if (best.pattern && pattern.elements.size() < best_size) break;  // sorted by specificity
    int pos = g.passive || from_antecedent ? from : g.end;
    int first = -1;
    PatternMatch match{&pattern, kNone};
    bool ok = true;
    for (const PatternElement& e : pattern.elements) {
      if (e.kind == PatternElement::Kind::kTarget) {
        // After a word ("clash with +"), the target stands right there.
        int limit = match.last_element >= 0 ? std::min(to, pos + 3) : to;
        match.target_group = first_target(pos, to, kNone, source_group, false);
        if (match.target_group == kNone || s_.groups[match.target_group].begin >= limit) ok = false;
        // "China, Russia and Iran held joint drills near the Iranian port": a
        // show of force is not aimed at a member of the group that stages it.
        else if (pattern.code.starts_with("15") && source_group != kNone &&
                 s_.groups[source_group].phrases.size() > 1 && contained_in(source_group, match.target_group))
          ok = false;
        else pos = s_.groups[match.target_group].end;
      } else {
        int k = pos;
        // A word right after the target stands next to it: "charge X with".
        int limit = match.target_group != kNone && pos == s_.groups[match.target_group].end
                        ? std::min(to, pos + 3) : to;
        while (k < limit && (k == g.verb || !word_matches(k, e))) ++k;
        if (k >= limit) k = to;
        if (k >= to) ok = false;
        else pos = k + 1, match.last_element = k;
        if (first < 0) first = k;
      }
      if (!ok) break;
    }
    if (!ok) continue;
    if (first < 0) first = g.end;
    if (!best.pattern || first < best_first) {
      best = match;
      best_first = first;
      best_size = pattern.elements.size();
    }
  }
  return best;
}

// A verb that only governs the next one: "agreed to hold drills", "refused
// to confirm", "helped push": the governed verb carries the event.
bool EventFinder::infinitive_between(int from, int to) const {
  for (int k = from; k < to; ++k) {
    if (s_.words[k].verb_group != kNone && s_.verbs[s_.words[k].verb_group].infinitive) return true;
    // "to deter": a verb the dictionaries do not code, known to WordNet
    if (s_.folded(k) == "to" && k + 1 < to && s_.words[k + 1].phrase == kNone &&
        lex_.wordnet_verbs.count(std::string(s_.folded(k + 1))) && !s_.words[k + 1].noun_match)
      return true;
  }
  return false;
}

bool EventFinder::governs_next_verb(const VerbGroup& g) const {
  int next = g.end;
  ControlKind kind = control_kind(s_.words[g.verb]);
  if (kind == ControlKind::kPlanned || kind == ControlKind::kNegative) {
    // "refused at the time to confirm": look past a short adverbial for "to".
    for (int k = next; k < s_.size() && k < next + 5; ++k) {
      if (s_.words[k].phrase != kNone || s_.words[k].verb_group != kNone) break;
      if (s_.folded(k) == "to") return k + 1 < s_.size() && s_.words[k + 1].verb_group != kNone;
    }
  }
  std::string_view lemma = lex_.verb_lemmas[g.lemma];
  if ((lemma == "help" || lemma == "let" || lemma == "make") && next < s_.size() &&
      s_.words[next].phrase == kNone && lex_.wordnet_verbs.count(std::string(s_.folded(next))))
    return true;  // "helped push Ukrainian forces out": the pushing is the act
  return next < s_.size() && s_.words[next].verb_group != kNone &&
         (s_.verbs[s_.words[next].verb_group].flags & lexicon::kBase) &&
         !s_.verbs[s_.words[next].verb_group].gerund;
}

void EventFinder::code_verb(int v) {
  const VerbGroup& g = s_.verbs[v];
  if (lex_.patterns_by_lemma[g.lemma].empty() || governs_next_verb(g)) return;
  int subject = subjects_[v];
  int end = window_end(g, true);
  int source = subject, target = kNone;
  int by_group = kNone;
  if (g.passive) {
    for (int k = g.end; k < end; ++k)
      if (s_.words[k].phrase != kNone && s_.phrases[s_.words[k].phrase].prep == "by") {
        by_group = s_.phrases[s_.words[k].phrase].group;
        break;
      }
    source = by_group;
  }
  int elements_from = g.passive ? std::max(0, g.begin - 8) : g.end;
  int antecedent = object_antecedent(v);
  if (antecedent >= 0) elements_from = antecedent;  // "the sanctions that Japan imposed on Pyongyang"
  PatternMatch match = match_pattern(g, elements_from, end, source, antecedent >= 0);
  if (!match.pattern || (match.pattern->code == "---" && match.pattern->rev_code.empty())) return;
  const VerbPattern& p = *match.pattern;
  if (!is_speech_code(p.code)) end = window_end(g, false);
  if (g.passive && by_group == kNone && subject != kNone && moves_a_theme(p.code)) {
    // "North Korean troops were sent to Russia": the subject's state sends.
    source = subject;
    target = first_target(g.end, end, subject, subject, true);
  } else if (g.passive && match.target_group != kNone && match.target_group != by_group) {
    target = match.target_group;  // "was vetoed by Russia in the Security Council"
  } else if (g.passive) {
    target = subject != kNone ? subject
                               : first_target(g.end, end, by_group, source, true, g.end, match.last_element);
    if (target == kNone && (is_speech_code(p.code) || moves_a_theme(p.code)))
      target = actor_in_subject_phrase(g);
  } else {
    target = match.target_group != kNone ? match.target_group
                                         : first_target(g.end, end, source, source, false, g.end,
                                                        match.last_element);
    // "Japan and South Korea should deepen their cooperation to deter
    // Pyongyang": a joint act of a compound actor does not reach into the
    // object of a purpose clause.
    bool joint_pair = !p.rev_code.empty() && p.rev_code == p.code && source != kNone &&
                      s_.groups[source].phrases.size() > 1;
    if (joint_pair && match.target_group == kNone && target != kNone && infinitive_between(g.end, s_.groups[target].begin))
      target = kNone;
    if (target == kNone && is_speech_code(p.code) && introduces_clause(g))  // "warned that ... Seoul"
      target = first_target(g.end, complement_end(g), source, source, false, g.end);
    if (target == kNone && p.code == "016") target = accuser_before(g);
    // "Israeli jets struck depots in southern Lebanon": the place of a strike
    // from the air or by artillery is its target.
    if (target == kNone && strikes_a_place(p.code)) target = first_target(g.end, end, source, source, false);
  }
  EventSite site;
  site.origin = EventOrigin::kVerb;
  site.verb_group = v;
  site.actor_group = source;
  site.speech = is_speech_code(p.code);
  site.rule = match.pattern->elements.empty() ? "verb.bare" : "verb.pattern";
  // Confidence falls with weaker evidence: far-apart phrases, a subject
  // inferred from a pronoun or another verb, a target found beyond the clause.
  double confidence = 0.9;
  if (target != kNone && s_.groups[target].begin - g.end > 8) confidence -= 0.2;
  if (source != kNone && g.begin - s_.groups[source].end > 10) confidence -= 0.15;
  if (inferred_subject_[v] || relative_subject_[v]) confidence -= 0.15;
  if (match.pattern->elements.empty()) confidence -= 0.05;  // the bare verb, no pattern words
  bool joint = !p.rev_code.empty() && p.rev_code == p.code;
  // "the US, South Korea and Japan held an exercise involving a US bomber":
  // a member of the group is no partner of the group's joint act.
  if (joint && source != kNone && target != kNone && contained_in(source, target)) target = kNone;
  emit(source, target, p.code, p.rev_code, g.verb, g.end, false, site, confidence);
  // "Putin and Kim met": a joint act among the members of the subject; "the
  // leaders of France and Germany met Zelensky": with the target only.
  if (joint && source != kNone && target == kNone) emit_within(source, p.code, g.verb, g.end, false, site, confidence);
}

}  // namespace dyad::coder
