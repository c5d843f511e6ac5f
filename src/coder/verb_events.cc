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

int EventFinder::force_posture_target(const VerbGroup& g, int end, int source) const {
  for (int k = g.end; k < end; ++k) {
    if (s_.words[k].phrase == kNone) continue;
    const ActorPhrase& phrase = s_.phrases[s_.words[k].phrase];
    bool near = phrase.prep == "near" || phrase.prep == "around" || phrase.prep == "off" || phrase.prep == "along" ||
                phrase.prep == "toward" || phrase.prep == "towards";
    if (near && phrase.coded && (source == kNone || !same_entities(source, phrase.group))) return phrase.group;
    k = s_.groups[phrase.group].end - 1;
  }
  return kNone;
}

int EventFinder::org_in_window(int from, int to, std::string_view org) const {
  for (int k = from; k < to && k < s_.size(); ++k)
    if (s_.words[k].phrase != kNone && s_.phrases[s_.words[k].phrase].code.org == org)
      return s_.phrases[s_.words[k].phrase].group;
  return kNone;
}

bool EventFinder::attacks(const std::string& code) {
  return code.starts_with("18") || code.starts_with("19") || code.starts_with("20");
}

// "struck targets in Paktika", "hit positions in northern Syria"; "killed
// dozens of fighters in northern Mali": people with no state of their own,
// where the place is the target.
bool EventFinder::object_is_a_place(const VerbGroup& g) const {
  for (int k = g.end; k < s_.size() && k < g.end + 5; ++k) {
    if (targets_class_ >= 0 && s_.words[k].in_class(targets_class_)) return true;
    if (victims_class_ >= 0 && s_.words[k].in_class(victims_class_)) return true;
    if (s_.words[k].phrase != kNone && names_a_maker(s_.phrases[s_.words[k].phrase].group)) {
      k = s_.groups[s_.phrases[s_.words[k].phrase].group].end + 1;  // "the Chinese-built port": on to the noun
      continue;
    }
    if (s_.words[k].phrase != kNone || s_.words[k].verb_group != kNone) return false;
  }
  return false;
}

int EventFinder::topic_target(int from, int to, int source) const {
  for (int k = from; k < to; ++k) {
    const Word& w = s_.words[k];
    if (w.phrase == kNone) continue;
    const ActorPhrase& phrase = s_.phrases[w.phrase];
    int group = phrase.group;
    k = std::max(k, s_.groups[group].end - 1);
    bool topic = phrase.prep == "about" || phrase.prep == "over" || phrase.prep == "regarding" ||
                 phrase.prep == "concerning";
    if (!topic) continue;
    if (group_has_coded(s_, group) && (source == kNone || !same_entities(source, group))) return group;
  }
  return kNone;
}

// "Kim Yo Jong dismissed his overtures": an object owned by a pronoun is
// aimed at the actor the pronoun stands for, when that is not the subject.
int EventFinder::possessive_object_owner(int v, int source) const {
  const VerbGroup& g = s_.verbs[v];
  int k = g.end;
  if (k >= s_.size() || s_.words[k].phrase != kNone) return kNone;
  std::string_view f = s_.folded(k);
  std::string_view pronoun = f == "his" ? "he" : f == "her" ? "she" : f == "their" ? "they" : std::string_view();
  if (pronoun.empty()) return kNone;
  int owner = resolve_pronoun_as(pronoun, k, v);
  if (owner == kNone || owner == source || (source != kNone && same_entities(owner, source))) return kNone;
  return owner;
}

// Whether a verb's object names an act of the sentence again: "prompting
// Egypt to condemn the raid", or, before the subject, "..., a move Beijing
// denounced as protectionist".
int EventFinder::other_party_before(int token, int source) const {
  for (int k = token - 1; k >= 0; --k) {
    if (s_.words[k].phrase == kNone) continue;
    int group = s_.phrases[s_.words[k].phrase].group;
    if (group_has_coded(s_, group) && (source == kNone || !same_entities(group, source))) return group;
    k = s_.groups[group].begin;
  }
  return kNone;
}

int EventFinder::thanker_of(int v) const {
  const VerbGroup& g = s_.verbs[v];
  if (!g.gerund || g.begin == 0 || s_.folded(g.begin - 1) != "for") return kNone;
  for (int u = v - 1; u >= 0; --u) {
    if (lex_.verb_lemmas[s_.verbs[u].lemma] == "thank") return s_.verbs[u].passive ? kNone : subjects_[u];
    if (s_.verbs[u].end < g.begin - 8) break;
  }
  return kNone;
}

bool EventFinder::anaphor_object(const VerbGroup& g, int subject) const {
  int k = g.end;
  for (int plain = 0; k < s_.size() && k < g.end + 4; ++k) {
    const Word& w = s_.words[k];
    if (w.phrase != kNone) return false;
    if (is_cue(w, Cue::kEventAnaphor)) return true;
    bool adjective = w.pos == text::PosTag::kJJ && plain++ < 2;
    if (!has(w.classes, kDeterminer) && s_.folded(k) != "that" && !adjective) break;
  }
  if (subject == kNone || g.passive) return false;
  int before = s_.groups[subject].begin - 1;
  if (before >= 0 && s_.folded(before) == "the") --before;
  if (before < 2) return false;  // (a subject that opens the sentence: fuzzing found it)
  // (", a charge Belgrade rejects": a claim named again, too)
  bool named_again = is_cue(s_.words[before], Cue::kEventAnaphor) || is_cue(s_.words[before], Cue::kClaim);
  return s_.groups[subject].end == g.begin && named_again &&
         has(s_.words[before - 1].classes, kDeterminer) && s_.folded(before - 2) == ",";
}

// The target of a reaction to an act named again: whoever acted before it
// in the sentence ("Israel struck Gaza, prompting Egypt to condemn the raid").
int EventFinder::reaction_target(int v, int source) const {
  if (source == kNone) return kNone;
  for (int u = v - 1; u >= 0; --u) {
    int actor = subjects_[u];
    if (actor != kNone && actor != source && !same_entities(actor, source)) return actor;
  }
  return kNone;
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
    // "struck Gaza, prompting Egypt to ...", "vetoed the draft, drawing
    // condemnation from Washington": a participle clause after a comma has
    // its own objects.
    if (f == "," && k > g.end && k + 1 < s_.size() && s_.words[k + 1].pos == text::PosTag::kVBG &&
        !has(s_.words[k + 1].classes, kPreposition))
      return k;
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
  if (k < s_.size() && is_quote(s_.folded(k))) ++k;  // '," Bush said'
  int first = k;
  // ", UN experts said", ", NATO's top commander, General X, said": the
  // speaker, its plain nouns and appositions, then the reporting verb.
  for (int plain = 0; k < s_.size(); ++k) {
    const Word& w = s_.words[k];
    if (w.phrase != kNone || has(w.classes, kDeterminer) || has(w.classes, kConjunction)) continue;
    if (s_.folded(k) == "," && k > first && s_.words[k - 1].phrase != kNone) continue;  // an apposition
    bool noun = w.token->kind == TokenKind::kWord && w.classes == 0 && w.verb_group == kNone && plain < 3;
    if (!noun) break;
    ++plain;
  }
  return k > first && k < s_.size() && is_attribution_word(s_.words[k]);
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
    int speaker = k + 1 < s_.size() && is_quote(s_.folded(k + 1)) ? k + 2 : k + 1;  // '," Bush said'
    if (f == "," && speaker + 1 < s_.size() && s_.words[speaker].phrase != kNone) {
      int after = s_.groups[s_.phrases[s_.words[speaker].phrase].group].end;
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
  // "at a castle outside the Slovenian capital Ljubljana": a name after a
  // place noun takes the preposition of the place.
  if (first.prep.empty() && prep_token >= 0 && prep_token >= verb_end &&
      ((targets_class_ >= 0 && s_.words[prep_token].in_class(targets_class_)) || s_.folded(prep_token) == "capital")) {
    for (int k = prep_token - 1; k >= verb_end && k >= prep_token - 5; --k) {
      const Word& w = s_.words[k];
      if (w.verb_group != kNone || s_.folded(k) == ",") break;
      if (w.phrase == kNone && has(w.classes, kPreposition)) return is_locative(std::string(s_.folded(k)));
    }
  }
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
  // "a ceasefire brokered by France": a participle the dictionaries may not know, by its tag.
  return k >= 0 && ((s_.words[k].verb_match > 0 && (s_.words[k].verb_flags & lexicon::kParticiple)) ||
                    (s_.words[k].pos == text::PosTag::kVBN && s_.words[k].phrase == kNone));
}


bool EventFinder::names_a_maker(int group) const {
  int after = s_.groups[group].end;
  return after + 1 < s_.size() && s_.folded(after) == "-" && is_cue(s_.words[after + 1], Cue::kMadeBy) &&
         s_.tokens[after].span.begin == s_.tokens[after - 1].span.end;
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
    if (names_a_maker(group)) continue;  // "struck the Chinese-built port in Pakistan"
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

bool EventFinder::event_noun_between(int from, int to) const {
  for (int k = std::max(from, 0); k < to; ++k)
    if (s_.words[k].noun_match > 0 && s_.words[k].phrase == kNone) return true;
  return false;
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
        // "welcomed the ceasefire between India and Pakistan": a visit or a
        // meeting has its partner as its object, not inside an event noun.
        else if (pattern.code.starts_with("04") && event_noun_between(pos, s_.groups[match.target_group].begin))
          ok = false;
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

bool EventFinder::reciprocal_object(const VerbGroup& g, int end) const {
  for (int k = g.end; k + 1 < end && k < g.end + 4; ++k)
    if ((s_.folded(k) == "each" && s_.folded(k + 1) == "other") || (s_.folded(k) == "one" && s_.folded(k + 1) == "another"))
      return true;
  return false;
}

int EventFinder::joiner_of(int v) const {
  const VerbGroup& g = s_.verbs[v];
  if (!g.gerund || s_.folded(g.begin - 1) != "in" || g.begin < 3) return kNone;
  const Word& partner = s_.words[g.begin - 2];
  if (partner.phrase == kNone) return kNone;
  int join = s_.groups[s_.phrases[partner.phrase].group].begin - 1;
  const VerbGroup* joined = group_at(s_, join);
  if (!joined || s_.lemma_of(*joined) != "join") return kNone;
  return subjects_[s_.words[join].verb_group];
}

// "The Kremlin denied that ..., as Warsaw alleged": the one who alleged
// accuses the one who denies (112).
void EventFinder::code_allegation_answered(int v, int accuser) {
  const VerbGroup& g = s_.verbs[v];
  if (accuser == kNone || !is_cue(s_.words[g.verb], Cue::kClaim)) return;
  int as = s_.groups[accuser].begin - 1;
  if (as < 0 || s_.folded(as) != "as") return;
  for (int u = v - 1; u >= 0; --u) {
    if (!is_cue(s_.words[s_.verbs[u].verb], Cue::kDenial) && s_.lemma_of(s_.verbs[u]) != "reject") continue;
    if (subjects_[u] == kNone) return;
    EventSite site{.origin = EventOrigin::kVerb, .verb_group = v, .actor_group = accuser, .speech = true,
                   .rule = "verb.allegation-answered"};
    emit(accuser, subjects_[u], "112", "", g.verb, g.end, false, site, 0.6);
    return;
  }
}

// "Netanyahu said Iran had made a big mistake", "Erdogan called Netanyahu's
// government a threat": a statement that judges an actor codes 010 from the
// speaker to that actor (ANNOTATION.md item 1), when the words judge.
void EventFinder::code_evaluation(int v, int speaker) {
  const VerbGroup& g = s_.verbs[v];
  const Word& verb = s_.words[g.verb];
  bool names = is_cue(verb, Cue::kNamingVerb);
  if (speaker == kNone || (!names && !is_cue(verb, Cue::kSpeech))) return;
  int end = complement_end(g);
  int judged = kNone;
  int from = g.end;
  for (int k = g.end; k < end && k < g.end + 4 && !names; ++k)  // "told reporters that", "told the Council that"
    if (s_.folded(k) == "that") from = k + 1;
  for (int k = from; k < end; ++k) {
    const Word& w = s_.words[k];
    if (judged == kNone) {
      if (w.phrase != kNone && s_.phrases[w.phrase].coded) judged = s_.phrases[w.phrase].group;
      else if (w.verb_group != kNone) return;  // the complement's verb comes before any actor
      continue;
    }
    // "called Iran a threat to world peace", "branded Kim the devil": what a
    // naming verb calls its object judges it, evaluative word or not.
    std::string_view f = s_.folded(k);
    bool named_as = names && k == s_.groups[judged].end && (f == "a" || f == "an" || f == "the") &&
                    k + 1 < end && s_.words[k + 1].phrase == kNone;
    if (named_as || (k >= s_.groups[judged].end && is_cue(w, Cue::kEvaluative))) {
      EventSite site{.origin = EventOrigin::kVerb, .verb_group = v, .actor_group = speaker, .speech = true,
                     .rule = "verb.evaluation"};
      emit(speaker, judged, "010", "", g.verb, g.end, false, site, 0.6);
      return;
    }
  }
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
  if (!match.pattern || (match.pattern->code == "---" && match.pattern->rev_code.empty())) {
    if (!g.passive) code_evaluation(v, source);
    if (!g.passive) code_allegation_answered(v, source);
    return;
  }
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
    // "Israel and Hamas agreed to a truce brokered by Egypt": the mediator
    // works between the parties of the clause it sits in.
    if (target == kNone && by_group != kNone && p.code.starts_with("045") && v > 0 && subjects_[v - 1] != by_group)
      target = subjects_[v - 1];
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
    // "Pakistan launched drones at Indian bases, an attack Islamabad denies":
    // with no accuser named, the other party of the denied act.
    if (target == kNone && p.code == "016" && antecedent >= 0) target = other_party_before(antecedent, source);
    // "expressed concern over Russia's build-up", "voiced alarm about North
    // Korea": what a statement is about is its target.
    if (target == kNone && is_speech_code(p.code)) target = topic_target(g.end, end, source);
    // "threatened on Thursday to launch a strike on the United States": a
    // threat is aimed at whom the threatened act is (see aim_threats_at_their_acts).
    if (target == kNone && p.code.starts_with("13") && v + 1 < static_cast<int>(s_.verbs.size()) &&
        s_.verbs[v + 1].infinitive && s_.verbs[v + 1].begin - g.end <= 4)
      target = first_target(s_.verbs[v + 1].end, window_end(s_.verbs[v + 1], false), source, source, false);
    if (target == kNone) target = possessive_object_owner(v, source);
    if (target == kNone) target = thanker_of(v);
    // (backing an act named again, 051, is a reaction too: "Washington backed the move")
    bool reaction = p.code.starts_with("051") || p.code.starts_with("10") || p.code.starts_with("11") ||
                    p.code.starts_with("12") || p.code.starts_with("13");
    if (target == kNone && reaction && anaphor_object(g, subject)) target = reaction_target(v, source);
    // "Israeli jets struck depots in southern Lebanon": the place of a strike
    // from the air or by artillery is its target.
    if (target == kNone && (strikes_a_place(p.code) || (attacks(p.code) && object_is_a_place(g))))
      target = first_target(g.end, end, source, source, false);
    // "vetoed a UN Security Council resolution on Syria": a veto's target is
    // the body that votes (README-dev: 129 with the UN as target).
    if (p.code.starts_with("129")) {
      int body = org_in_window(g.end, end, "UN");
      if (body != kNone) target = body;
    }
    // "staged a drill around Taiwan": the state a show of force is near.
    if (target == kNone && p.code.starts_with("15")) target = force_posture_target(g, end, source);
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
  // "Chad and Sudan accuse each other of arming rebels": every member acts on every other.
  if (target == kNone && source != kNone && reciprocal_object(g, end)) {
    emit_within(source, p.code, g.verb, g.end, false, site, confidence);
    return;
  }
  // "the US, South Korea and Japan held an exercise involving a US bomber":
  // a member of the group is no partner of the group's joint act.
  if (joint && source != kNone && target != kNone && contained_in(source, target)) target = kNone;
  emit(source, target, p.code, p.rev_code, g.verb, g.end, false, site, confidence);
  // "Riyadh joined Cairo in condemning the strike": the one who joins acts too.
  if (int joiner = joiner_of(v); joiner != kNone) emit(joiner, target, p.code, p.rev_code, g.verb, g.end, false, site, confidence);
  // "Putin and Kim met": a joint act among the members of the subject; "the
  // leaders of France and Germany met Zelensky": with the target only.
  if (joint && source != kNone && target == kNone) emit_within(source, p.code, g.verb, g.end, false, site, confidence);
}

}  // namespace dyad::coder
