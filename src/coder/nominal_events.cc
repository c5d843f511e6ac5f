// Nominal events ("North Korea's supply of shells to Russia", "the
// Putin-Kim summit") and troops stated to be abroad.
#include "event_finder_impl.h"

#include <algorithm>
#include <string>

namespace dyad::coder {

bool EventFinder::is_adjective_like(int k) const {
  const Word& w = s_.words[k];
  return w.phrase == kNone && w.verb_group == kNone && w.classes == 0 &&
         w.token->kind == TokenKind::kWord && w.noun_match == 0;
}

// "urged Moscow to end its cooperation with Pyongyang": neither the ending
// nor the ongoing act is coded (ANNOTATION.md, recommendations not to act).
bool EventFinder::object_of_cessation(int noun) const {
  for (int k = noun - 1; k >= 0 && k >= noun - 6; --k) {
    if (s_.words[k].verb_group != kNone) return is_cessation_verb(s_.words[k]);
    if (s_.folded(k) == "," || s_.words[k].phrase != kNone) return false;
    // Cessation verbs the dictionaries do not code: "scale back their cooperation".
    if (is_cessation_verb(s_.words[k]) ||
        (k > 0 && phrase_is_cue(s_, std::string(s_.folded(k - 1)) + " " + std::string(s_.folded(k)), Cue::kCessation)))
      return true;
  }
  return false;
}

// The owner of an event noun: "North Korea's supply", "Russian support",
// "its cooperation". `presupposed` tells whether the act is a given fact.
int EventFinder::noun_owner(int i, bool& presupposed) const {
  int source = kNone;
  presupposed = false;
  int k = i - 1;
  for (int skipped = 0; skipped < 2 && k >= 0 && is_adjective_like(k); ++skipped) --k;
  if (k >= 0 && (s_.folded(k) == "'s" || s_.folded(k) == "'")) {
    if (k > 0 && s_.words[k - 1].phrase != kNone) {
      source = s_.phrases[s_.words[k - 1].phrase].group;
      presupposed = true;
    }
  } else if (k >= 0 && s_.words[k].phrase != kNone) {
    const ActorPhrase& phrase = s_.phrases[s_.words[k].phrase];
    if (phrase.end == k + 1) source = phrase.group, presupposed = true;  // "Russian support"
  } else if (k >= 0 && (s_.folded(k) == "its" || s_.folded(k) == "their" || s_.folded(k) == "his" ||
                        s_.folded(k) == "her")) {
    // "Seoul has limited its support for Kyiv", "criticise Russia over its
    // cooperation with North Korea", "Blinken postponed his trip": the
    // nearest actor that fits owns it.
    std::string_view f = s_.folded(k);
    std::string_view pronoun = f == "its" ? "it" : f == "their" ? "they" : "he";
    for (int g = static_cast<int>(s_.groups.size()) - 1; g >= 0 && source == kNone; --g)
      if (s_.groups[g].end <= k && pronoun_fits(pronoun, g)) source = g;
    // "its cooperation" is a fact, like "Russia's cooperation", unless it is
    // what an infinitive would do ("urged the G7 to keep up its support").
    bool after_to = false;
    for (int j = k - 1; j >= 0 && j >= k - 4; --j) after_to |= s_.folded(j) == "to";
    presupposed = source != kNone && !after_to;
  }
  // "a North Korean attack on ..." is hypothetical, "North Korea's attack" is
  // not; "another round of Indian strikes" is new, no given fact either.
  int det = source != kNone ? s_.groups[source].begin - 1 : i - 1;
  while (det >= 0 && is_adjective_like(det)) --det;
  // "another round of Indian strikes": the article of the quantity noun.
  if (s_.folded(det) == "of" && det > 0 && is_cue(s_.words[det - 1], Cue::kQuantityNoun)) {
    det -= 2;
    while (det >= 0 && is_adjective_like(det)) --det;
  }
  std::string_view article = s_.folded(det);
  if (article == "a" || article == "an" || article == "any" || article == "another" || article == "fresh" ||
      article == "further")
    presupposed = false;
  return source;
}

int EventFinder::verb_right_before(int noun, bool through_prepositions) const {
  for (int k = noun - 1; k >= 0 && k >= noun - 9; --k) {  // "an 18-year arms embargo"
    const Word& w = s_.words[k];
    if (w.verb_group != kNone) return s_.verbs[w.verb_group].end == k + 1 ? w.verb_group : kNone;
    // "hosted ministers for talks", "postponed the next round of talks"
    std::string_view f = s_.folded(k);
    bool preposition = f == "for" || f == "into" || (f == "of" && k > 0 && is_cue(s_.words[k - 1], Cue::kQuantityNoun));
    if (through_prepositions && preposition) continue;
    if (through_prepositions && w.phrase != kNone) {
      k = s_.groups[s_.phrases[w.phrase].group].begin;
      continue;
    }
    if (through_prepositions && is_cue(w, Cue::kQuantityNoun)) continue;
    bool modifier = has(w.classes, kDeterminer) || is_adjective_like(k) || w.token->kind == TokenKind::kNumber ||
                    s_.folded(k) == "-";
    if (!modifier || w.phrase != kNone) return kNone;
  }
  return kNone;
}

int EventFinder::carrying_verb(int noun) const {
  for (int k = noun - 1; k >= 0 && k >= noun - 5; --k) {
    const Word& w = s_.words[k];
    if (w.verb_group != kNone) {
      const VerbGroup& g = s_.verbs[w.verb_group];
      return g.end == k + 1 && is_cue(s_.words[g.verb], Cue::kCarriesNoun) ? w.verb_group : kNone;
    }
    // ("reopen back-channel talks": through a hyphenated modifier too)
    bool modifier = has(w.classes, kDeterminer) || is_adjective_like(k) || w.token->kind == TokenKind::kNumber ||
                    s_.folded(k) == "-";
    if (!modifier || w.phrase != kNone) return kNone;
  }
  return kNone;
}

int EventFinder::taking_verb(int noun) const {
  int k = noun - 1;
  while (k >= 0 && (has(s_.words[k].classes, kDeterminer) || is_adjective_like(k))) --k;
  const VerbGroup* g = group_at(s_, k);
  return g && g->end == k + 1 && s_.lemma_of(*g) == "take" ? s_.words[k].verb_group : kNone;
}

bool EventFinder::speaks_about(const VerbGroup& g) const {
  for (const VerbPattern& p : lex_.patterns_by_lemma[g.lemma])
    if (p.elements.empty()) {
      std::string_view root = std::string_view(p.code).substr(0, 2);
      return root == "02" || root == "10" || root == "11" || root == "12" || root == "13";
    }
  return false;
}

// "the provision of Russian fighters to Iran", "Pakistan's acquisition of
// Chinese jets", "the dispatch of North Korean soldiers": the state the
// object of an event noun comes from, named by an adjective in its "of"
// phrase; kNone when there is none.
int EventFinder::object_origin(int end_noun) const {
  if (s_.folded(end_noun) != "of") return kNone;
  for (int j = end_noun + 1; j < s_.size() && j < end_noun + 8; ++j) {
    const Word& w = s_.words[j];
    // "its first batch of US-built tanks": through a noun of quantity.
    if (s_.folded(j) == "of" && j > end_noun + 1 && is_cue(s_.words[j - 1], Cue::kQuantityNoun)) continue;
    if (w.phrase != kNone) {
      const ActorPhrase& phrase = s_.phrases[w.phrase];
      // "Chinese fighters", "North Korean soldiers", "US-built tanks": the
      // state named as an adjective or with a role noun, not a bare name
      // ("the supply of Ukraine").
      int after = phrase.end;
      if (names_a_maker(phrase.group)) after += 2;
      bool adjectival = after < s_.size() && s_.words[after].phrase == kNone &&
                        s_.words[after].token->kind != TokenKind::kPunct && !phrase.possessive &&
                        !has(s_.words[after].classes, kPreposition) &&
                        !has(s_.words[after].classes, kConjunction);
      bool with_role_noun = phrase.head != phrase.end - 1 && s_.words[phrase.end - 1].agent_match > 0;
      return phrase.coded && (adjectival || with_role_noun) ? phrase.group : kNone;
    }
    if (w.verb_group != kNone || w.token->kind == TokenKind::kPunct || has(w.classes, kPreposition)) return kNone;
  }
  return kNone;
}

// "the dispatch of troops to help Somalia": an infinitive of help names
// whom an act of aid is for. The token after the infinitive's verb, or -1.
int EventFinder::help_infinitive_end(int j) const {
  const VerbGroup* g = group_at(s_, j);
  if (!g || !g->infinitive || !is_cue(s_.words[g->verb], Cue::kHelpFor)) return -1;
  return g->end;
}

// The target of an event noun in the words after it ("supply of shells to
// Russia", "talks between X and Y", "attacks by X on Y"). Fills `source`
// from a by- or from-phrase when it has none; sets `between` for joint acts
// among the members of the target group.
int EventFinder::noun_target(const lexicon::EventNoun& noun, int end_noun, int& source, bool& between) const {
  bool from_is_target =
      std::find(noun.target_preps.begin(), noun.target_preps.end(), "from") != noun.target_preps.end();
  bool for_aid = noun.code.starts_with("07") || noun.rev_code.starts_with("07");
  bool after_help = false;
  // "Beijing's supply of J-10C fighters and PL-15 missiles to Pakistan": the
  // object may be long; a comma or a verb ends the search.
  for (int j = end_noun; j < s_.size() && j < end_noun + 16; ++j) {
    std::string_view f = s_.folded(j);
    if (is_boundary_punct(f) || (f == "," && j > end_noun + 9)) break;
    if (s_.words[j].verb_group != kNone) {
      int after = for_aid ? help_infinitive_end(j) : -1;
      if (after < 0) break;
      after_help = true;  // the next actor is whom the aid is for, whatever its preposition
      j = after - 1;
      continue;
    }
    if (has(s_.words[j].classes, kRelative) || f == "that") break;
    if (s_.words[j].phrase == kNone) continue;
    const ActorPhrase& phrase = s_.phrases[s_.words[j].phrase];
    j = s_.groups[phrase.group].end - 1;
    if ((phrase.prep == "by" || (phrase.prep == "from" && !from_is_target)) && source == kNone) {
      source = phrase.group;  // "attacks by X", "the transfer of missiles from X to Y"
      continue;
    }
    // "a meeting of the Armenian and Azerbaijani foreign ministers": the
    // members of a joint act.
    bool joint = !noun.rev_code.empty() && noun.rev_code == noun.code;
    bool joint_of = joint && phrase.prep == "of" && s_.groups[phrase.group].phrases.size() > 1;
    bool prep_ok = after_help || joint_of || noun.target_preps.empty() ||
                   std::find(noun.target_preps.begin(), noun.target_preps.end(), phrase.prep) !=
                       noun.target_preps.end();
    if (!prep_ok || !group_has_coded(s_, phrase.group)) continue;
    bool members = phrase.prep == "between" || phrase.prep == "among" || phrase.prep == "involving" || joint_of;
    // "an exercise involving a US bomber": one actor is no set of parties.
    if (members && phrase.prep != "between" && s_.groups[phrase.group].phrases.size() < 2) continue;
    between = members;
    if (source == kNone) source = by_phrase_after(s_.groups[phrase.group].end, end_noun + 12);
    return phrase.group;
  }
  return kNone;
}

int EventFinder::accused_in_clause(int end_noun) const {
  if (s_.folded(end_noun) != "that") return kNone;
  for (int k = end_noun + 1; k < s_.size() && k < end_noun + 6; ++k) {
    if (s_.words[k].verb_group != kNone) return kNone;
    if (has(s_.words[k].classes, kPronoun) && k == end_noun + 1)  // "US accusations that it was supplying ..."
      return resolve_pronoun_as(s_.folded(k), k, static_cast<int>(s_.verbs.size()));
    if (s_.words[k].phrase != kNone) {
      int group = s_.phrases[s_.words[k].phrase].group;
      return group_has_coded(s_, group) ? group : kNone;
    }
  }
  return kNone;
}

// "the easing of US sanctions on Tehran", "Washington's lifting of sanctions
// on Minsk": the sanctions noun a relief noun is about, or -1.
int EventFinder::relieved_sanctions(int end_noun) const {
  if (s_.folded(end_noun) != "of") return -1;
  for (int j = end_noun + 1; j < s_.size() && j < end_noun + 6; ++j) {
    const Word& w = s_.words[j];
    if (w.noun_match > 0 && lex_.nouns[w.noun_index].code.starts_with("163")) return j;
    if (w.verb_group != kNone || w.token->kind == TokenKind::kPunct) return -1;
  }
  return -1;
}

void EventFinder::code_noun(int i) {
  if (object_of_cessation(i)) return;
  const lexicon::EventNoun& noun = lex_.nouns[s_.words[i].noun_index];
  int end_noun = i + s_.words[i].noun_match;
  bool presupposed = false, between = false;
  int source = noun_owner(i, presupposed);
  if (noun.code == "085") return code_relief(i, end_noun, source, presupposed);
  int target = noun_target(noun, end_noun, source, between);
  // "struck Gaza, drawing condemnation from Cairo": aimed at the one who acted.
  bool reaction = noun.code.starts_with("10") || noun.code.starts_with("11") || noun.code.starts_with("12") ||
                  noun.code.starts_with("13");
  if (target == kNone && reaction && source != kNone) {
    target = reaction_noun_target(i);
    if (target != kNone && same_entities(target, source)) target = kNone;
  }
  // "Manila's accusation that Chinese vessels had rammed ...": the accused is
  // the subject of the clause that states the charge.
  if (target == kNone && noun.code.starts_with("112")) target = accused_in_clause(end_noun);
  // The object's origin gives ("the supply of Russian jets to Iran"), or,
  // for nouns of receiving ("---/072 acquisition"), is the giver.
  bool receiving = noun.code == "---";
  int origin = object_origin(end_noun);
  // "Poland took delivery of K2 tanks from South Korea": the subject of
  // "take" receives what the from-phrase or the origin gives.
  if (int taker = taking_verb(i); taker != kNone && noun.code.starts_with("07")) {
    int giver = source != kNone ? source : origin;
    if (giver == kNone || subjects_[taker] == kNone) return;
    EventSite site;
    site.origin = EventOrigin::kNoun;
    site.rule = "noun.take-delivery";
    emit(giver, subjects_[taker], noun.code, "", i, end_noun, true, site, 0.6);
    return;
  }
  if (origin != kNone && !receiving && source == kNone && (noun.code.starts_with("07"))) source = origin;
  if (origin != kNone && receiving && target == kNone && origin != source) target = origin;
  bool joint = !noun.rev_code.empty() && noun.rev_code == noun.code;
  // "The EU agreed to lift an arms embargo on Libya": one lifts one's own
  // sanctions, which are a given fact.
  if (source == kNone && noun.code.starts_with("163")) {
    int verb = verb_right_before(i);
    if (verb != kNone && phrase_is_cue(s_, s_.lemma_of(s_.verbs[verb]), Cue::kRelief) && subjects_[verb] != kNone)
      source = subjects_[verb], presupposed = true;
  }
  // "The EU should widen sanctions on Minsk": the subject of a verb that
  // carries out the event its object names.
  int carrier = source == kNone && !joint ? carrying_verb(i) : kNone;
  if (carrier != kNone) source = subjects_[carrier];
  // "The Iraqi premier wrapped up a two-day visit to Tehran", "began a state
  // visit to Hanoi": the subject makes the visit, unless it speaks about it.
  if (source == kNone && noun.code.starts_with("04") && !joint && target != kNone) {
    int verb = nearest_verb_before(i);
    if (verb < 0 || (!speaks_about(s_.verbs[verb]) && !is_attribution_word(s_.words[s_.verbs[verb].verb])))
      source = clause_subject_before(i);
  }
  bool from_clause = source == kNone && joint && !between;
  if (from_clause) source = clause_subject_before(i);
  if (from_clause && source == kNone && target != kNone) {  // "For Tokyo: deepen coordination with Manila"
    int verb = carrying_verb(i);
    if (verb != kNone) source = subjects_[verb];
  }
  if (from_clause && target == kNone) {
    // "Australia, India and Japan opened the Malabar exercise", "announced
    // joint drills": a joint act of the members of the clause's subject,
    // unless their verb judges or asks for it ("condemned the drills").
    int verb = nearest_verb_before(i);
    // Only as the verb's own object: in "signed an agreement on health
    // cooperation" the cooperation is what the agreement is about.
    bool object = verb < 0 || verb_right_before(i, true) == verb;
    if (source == kNone || s_.groups[source].phrases.size() < 2 || !object || (verb >= 0 && speaks_about(s_.verbs[verb])))
      return;
    EventSite site;
    site.origin = EventOrigin::kNoun;
    site.rule = "noun.joint-subject";
    emit_within(source, noun.code, i, end_noun, true, site, 0.6);
    return;
  }
  EventSite site;
  site.origin = EventOrigin::kNoun;
  site.presupposed = presupposed;
  // "visits between Ankara and Yerevan": each side visits the other; "a
  // ceasefire between Israel and Hamas" binds both.
  bool mutual = between && (noun.code == "042" || noun.code == "0871" || noun.code == "190");
  if (between && (joint || mutual)) {
    site.rule = "noun.between";
    emit_within(target, noun.code, i, end_noun, true, site, 0.6);
    return;
  }
  if (source == kNone) return;
  site.rule = presupposed ? "noun.owner" : "noun.clause";
  emit(source, target, noun.code, noun.rev_code, i, end_noun, true, site, 0.6);
  // "the EU and Ukraine discussed a truce with Russia": with a partner, the
  // members of the group are not each other's partners.
  if (joint && target == kNone) emit_within(source, noun.code, i, end_noun, true, site, 0.6);
}

// The one who acted, for a reaction noun brought on by a verb such as
// "draw" or "prompt" right before it: "Seoul's test drew condemnation",
// "Israel struck Gaza, drawing a rebuke from Cairo".
int EventFinder::reaction_noun_target(int noun) const {
  int r = noun - 1;
  while (r >= 0 && noun - r <= 3 && !is_cue(s_.words[r], Cue::kReactionVerb) &&
         (has(s_.words[r].classes, kDeterminer) || s_.words[r].pos == text::PosTag::kJJ ||
          has(s_.words[r].classes, kAdverb)))
    --r;
  if (r < 0 || !is_cue(s_.words[r], Cue::kReactionVerb)) return kNone;
  if (int v = s_.words[r].verb_group; v != kNone && subjects_[v] != kNone) return subjects_[v];
  if (r > 0 && s_.folded(r - 1) == ",") {
    int main = main_verb_before(r - 1);
    return main != kNone ? subjects_[main] : opening_subject(r - 1);
  }
  return clause_subject_before(r);
}

void EventFinder::code_relief(int i, int end_noun, int source, bool presupposed) {
  int sanctions = relieved_sanctions(end_noun);
  if (sanctions < 0) return;
  const lexicon::EventNoun& sanction_noun = lex_.nouns[s_.words[sanctions].noun_index];
  bool owned = false, between = false;
  int owner = noun_owner(sanctions, owned);
  int target = noun_target(sanction_noun, sanctions + s_.words[sanctions].noun_match, owner, between);
  if (source == kNone) source = owner;
  if (source == kNone || target == kNone) return;
  EventSite site;
  site.origin = EventOrigin::kNoun;
  site.presupposed = presupposed;
  site.rule = "noun.relief";
  emit(source, target, "085", "", i, end_noun, true, site, 0.6);
}

// The actor a clause is about, for a joint noun with no owner: the nearest
// coded group before `token` outside prepositional phrases, in the same clause.
int EventFinder::clause_subject_before(int token) const {
  for (int k = token - 1; k >= 0; --k) {
    std::string_view f = s_.folded(k);
    // "Netanyahu apologised to Turkey, in a telephone call with Erdogan": a
    // prepositional phrase after a comma belongs to the clause before it.
    if (f == "," && has(s_.words[k + 1].classes, kPreposition) && !has(s_.words[k + 1].classes, kSubordinator)) {
      bool verb_between = false;
      for (int j = k + 1; j < token; ++j) verb_between |= s_.words[j].verb_group != kNone;
      if (!verb_between) continue;
    }
    if (f == "," || f == ";" || f == ":" || f == "that" || has(s_.words[k].classes, kRelative)) return kNone;
    // "...; it should instead reopen talks with New Delhi": a pronoun subject, before its verb.
    bool before_verb = k + 1 < s_.size() && (text::is_verb(s_.words[k + 1].pos) || s_.words[k + 1].pos == text::PosTag::kMD);
    if ((f == "it" || f == "they") && before_verb) return resolve_pronoun_as(f, k, static_cast<int>(s_.verbs.size()));
    if (s_.words[k].phrase == kNone) continue;
    const ActorPhrase& phrase = s_.phrases[s_.words[k].phrase];
    if (group_in_pp(s_, phrase.group) || phrase.possessive) {
      k = s_.groups[phrase.group].begin;
      continue;
    }
    return group_has_coded(s_, phrase.group) ? phrase.group : kNone;
  }
  return kNone;
}

// "North Korean soldiers are in Russia", "troops stationed in Kursk ... in
// Russia": a state's troops on another state's soil are military
// protection provided to it (074).
void EventFinder::code_presence(int p) {
  const ActorPhrase& phrase = s_.phrases[p];
  if (!phrase.coded || phrase.code.country.empty() || !phrase.prep.empty()) return;
  // Troops on another state's soil protect it (074); an official there visits (042).
  bool troops = phrase.code.role == "MIL" && troops_class_ >= 0 && s_.words[phrase.end - 1].in_class(troops_class_);
  bool official = phrase.person || phrase.code.role == "GOV";
  if (!troops && !official) return;
  int k = phrase.end;
  bool negated = false, linked = false, due = false;  // "are in", "were stationed in", "is due in"
  while (k < s_.size() && k < phrase.end + 6 && is_cue(s_.words[k], Cue::kPresenceLink)) {
    std::string_view link = s_.folded(k);
    negated |= link == "not" || link == "no";
    due |= link == "due" || link == "will";
    linked |= link == "are" || link == "were" || link == "is" || link == "was" || link == "been" ||
              link == "stationed" || link == "deployed" || link == "based" || link == "remain" ||
              link == "remained" || link == "remains" || link == "landed" || link == "arrived" ||
              link == "reached";
    ++k;
  }
  if (!linked) return;
  // "soldiers had reached Russia's Kursk region": troops that reach a place are in it.
  bool reached = troops && k > phrase.end && s_.folded(k - 1) == "reached";
  std::string_view prep = s_.folded(k);
  if (!reached && prep != "in" && prep != "inside" && (official || (prep != "to" && prep != "into"))) return;
  if (!reached) ++k;
  if (k < s_.size() && s_.folded(k) == "the") ++k;
  while (k < s_.size() && is_cue(s_.words[k], Cue::kRegionAdjective)) ++k;  // "in eastern Russia"
  if (k >= s_.size() || s_.words[k].phrase == kNone) return;
  int host = s_.words[k].phrase;
  // "in Russia's Kursk region": a possessive host owns the place named after it.
  if (s_.phrases[host].code.country.empty()) return;
  if (s_.phrases[host].possessive && !region_after(s_.phrases[host].end + 1)) return;
  EventSite site;
  site.origin = EventOrigin::kPresence;
  site.negated = negated;
  site.scheduled = due;
  site.rule = troops ? "presence.troops" : "presence.official";
  add(p, host, troops ? "074" : "042", phrase.end, k, true, site, 0.6);
}

// Whether a place noun follows `token` within a few modifiers ("Kursk border region").
bool EventFinder::region_after(int token) const {
  for (int k = token; k < s_.size() && k < token + 4; ++k) {
    if (is_cue(s_.words[k], Cue::kPlaceNoun)) return true;
    if (s_.words[k].verb_group != kNone || s_.words[k].token->kind == TokenKind::kPunct) return false;
  }
  return false;
}

// Index of the last verb group that starts before `token`, or -1.
int EventFinder::nearest_verb_before(int token) const {
  int found = -1;
  for (int v = 0; v < static_cast<int>(s_.verbs.size()); ++v)
    if (s_.verbs[v].begin < token) found = v;
  return found;
}

// "a trip to Moscow by Kim Jong Un": the by-phrase after a nominal's target.
int EventFinder::by_phrase_after(int from, int to) const {
  for (int k = from; k < std::min(to, s_.size()); ++k) {
    if (is_boundary_punct(s_.folded(k)) || s_.words[k].verb_group != kNone) return kNone;
    if (s_.words[k].phrase != kNone && s_.phrases[s_.words[k].phrase].prep == "by")
      return s_.phrases[s_.words[k].phrase].group;
  }
  return kNone;
}

}  // namespace dyad::coder
