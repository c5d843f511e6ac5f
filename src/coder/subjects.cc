// Who acts: the subject of each verb group, through appositions, relative
// clauses, coordination, pronouns resolved within the sentence, passives.
#include "event_finder_impl.h"

#include <unordered_set>

namespace dyad::coder {

// "Seoul summoned the Russian ambassador to protest ...": after the object of
// a verb that does not hand the act to its object (as urge, ask or send do),
// an infinitive of purpose belongs to the main subject.
bool EventFinder::purpose_after_object(const VerbGroup& g, const VerbGroup& governor) const {
  if (governor.end >= g.begin) return false;
  bool object = false;
  uint32_t clause_words = kBe | kHave | kDo | kModalPossible | kModalRecommend | kModalFuture | kSubordinator;
  for (int k = governor.end; k < g.begin; ++k) {
    const Word& w = s_.words[k];
    // "says Pyongyang is preparing to send": a clause of its own, not an object.
    if (s_.folded(k) == "," || w.verb_group != kNone || (w.classes & clause_words) || w.verb_match > 0) return false;
    if (w.phrase != kNone && s_.phrases[w.phrase].possessive) return false;  // "Pyongyang's decision to send"
    object |= w.phrase != kNone;
  }
  if (!object || control_kind(s_.words[governor.verb]) != ControlKind::kNone) return false;
  return !phrase_is_cue(s_, lex_.verb_lemmas[governor.lemma], Cue::kHandOver);
}

int EventFinder::antecedent_of_relative(int relative) const {
  int m = relative - 1;
  if (s_.folded(m) == ",") --m;
  if (m < 0 || s_.words[m].phrase == kNone) return kNone;
  int group = s_.phrases[s_.words[m].phrase].group;
  // "a package of sanctions against Russia, which also targets ...": "which"
  // after an actor in a prepositional phrase is about the head noun.
  if (s_.folded(relative) == "which" && group_in_pp(s_, group)) return kNone;
  return group;
}

int EventFinder::opening_subject(int comma) const {
  for (int k = 0; k < comma; ++k) {
    const Word& w = s_.words[k];
    if (w.verb_group != kNone || has(w.classes, kSubordinator) || s_.folded(k) == ",") return kNone;
    if (w.phrase == kNone) continue;
    const ActorPhrase& phrase = s_.phrases[w.phrase];
    if (!phrase.prep.empty() || phrase.possessive) return kNone;
    // a finite verb outside the dictionaries must follow ("Ankara has played")
    for (int j = s_.groups[phrase.group].end; j < comma && j < s_.groups[phrase.group].end + 3; ++j)
      if (s_.words[j].clause_verb || has(s_.words[j].classes, kHave) || has(s_.words[j].classes, kBe))
        return group_has_coded(s_, phrase.group) ? phrase.group : kNone;
    return kNone;
  }
  return kNone;
}

int EventFinder::main_verb_before(int comma) const {
  for (int k = comma - 1; k >= 0; --k) {
    if (s_.folded(k) == ";" || s_.folded(k) == ":") return kNone;
    const Word& w = s_.words[k];
    if (w.verb_group == kNone) continue;
    const VerbGroup& g = s_.verbs[w.verb_group];
    if (g.verb == k && !g.gerund && !g.infinitive && !(g.passive && g.begin == g.verb) && !relative_subject_[w.verb_group])
      return w.verb_group;
  }
  return kNone;
}

bool EventFinder::is_clause_preposition(const std::string& prep) {
  return prep == "after" || prep == "before" || prep == "since" || prep == "until" || prep == "as";
}

int EventFinder::relative_pronoun_before(int verb) const {
  for (int k = verb - 1; k >= 0 && k >= verb - 6; --k) {
    const Word& w = s_.words[k];
    if (has(w.classes, kRelative) || (s_.folded(k) == "that" && k > 0 && s_.words[k - 1].phrase != kNone)) return k;
    if (s_.folded(k) == "," || w.verb_group != kNone || w.clause_verb || is_boundary_punct(s_.folded(k))) return kNone;
  }
  return kNone;
}

int EventFinder::coordinated_head(int v) const {
  const VerbGroup& g = s_.verbs[v];
  if (v == 0 || g.begin != g.verb || g.infinitive || g.gerund) return kNone;
  int k = g.begin - 1;
  std::string_view joiner = s_.folded(k);
  bool conjunction = joiner == "and" || joiner == "or";
  bool list_mark = joiner == "," || joiner == ";";
  if (!conjunction && !list_mark) return kNone;
  if (list_mark && is_cue(s_.words[g.verb], Cue::kReporting)) return kNone;  // ", said officials"
  int u = v - 1;
  auto reduced = [&](const VerbGroup& h) { return h.passive && h.begin == h.verb; };  // "the treaty signed by"
  while (u >= 0 && (s_.verbs[u].infinitive || s_.verbs[u].gerund || reduced(s_.verbs[u]) || relative_subject_[u] ||
                    subjects_[u] == kNone))
    --u;
  if (u < 0) return kNone;
  const VerbGroup& head = s_.verbs[u];
  // The forms agree: "should expand ..., fund ..." (base after a modal), "sent ..., signed ..." (past).
  bool head_base = head.modal != 0 || (head.flags & lexicon::kBase);
  bool agrees = head_base ? (g.flags & lexicon::kBase) != 0 : (g.flags & lexicon::kPast) != 0;
  // "would never give up its weapons and rejected talks": a past verb does
  // not continue a modal one.
  return agrees || (conjunction && !head.modal && !head.negated) ? u : kNone;
}

int EventFinder::object_of_speech_before(int k) const {
  if (k < 1 || s_.words[k - 1].phrase == kNone) return kNone;
  int group = s_.phrases[s_.words[k - 1].phrase].group;
  int verb = s_.groups[group].begin - 1;
  if (verb < 0 || s_.words[verb].verb_group == kNone || !group_has_coded(s_, group)) return kNone;
  const VerbGroup& g = s_.verbs[s_.words[verb].verb_group];
  bool speech = false;
  for (const VerbPattern& p : lex_.patterns_by_lemma[g.lemma])
    if (p.elements.empty() || is_speech_code(p.code)) speech |= is_speech_code(p.code);
  return speech ? group : kNone;
}

int EventFinder::find_subject(int v) {
  int subject = find_subject_in_clause(v);
  // "For Tokyo: deepen coordination with Manila": an imperative item's
  // subject is the actor it addresses.
  if (subject == kNone && s_.addressee != kNone && s_.imperative_begin >= 0 && s_.verbs[v].begin >= s_.imperative_begin)
    return s_.addressee;
  return subject;
}

int EventFinder::find_subject_in_clause(int v) {
  const VerbGroup& g = s_.verbs[v];
  int k = g.begin - 1;
  std::string_view before = s_.folded(k);
  if (int head = coordinated_head(v); head != kNone) {
    coordinated_[v] = head;
    inferred_subject_[v] = true;
    return subjects_[head];
  }
  // Coordinated verbs share their subject: "signed the treaty and pledged ...",
  // skipping verbs of a relative clause in between.
  if ((before == "and" || before == "but" || before == "or" || before == "then") && v > 0) {
    int u = v - 1;
    while (u > 0 && (relative_subject_[u] || subjects_[u] == kNone)) --u;
    inferred_subject_[v] = true;  // shared with an earlier verb
    return subjects_[u];
  }
  bool finite = !g.gerund && !g.infinitive;
  if (k >= 0 && (has(s_.words[k].classes, kRelative) ||
                 (finite && before == "that" && k > 0 && s_.words[k - 1].phrase != kNone))) {
    relative_subject_[v] = true;
    return antecedent_of_relative(k);
  }
  if (g.infinitive && v > 0 && s_.words[g.begin - 1].phrase == kNone) {
    // "pledged to send": the controller's subject, unless an object intervenes.
    const VerbGroup& prev = s_.verbs[v - 1];
    if (prev.end == g.begin) return subjects_[v - 1];
  }
  // "North Korean soldiers fighting for Russia", "troops stationed in Kursk".
  if ((g.gerund || (g.flags & lexicon::kParticiple)) && k >= 0 && s_.words[k].phrase != kNone &&
      s_.phrases[s_.words[k].phrase].end == g.begin && !s_.phrases[s_.words[k].phrase].possessive) {
    int group = s_.phrases[s_.words[k].phrase].group;
    // (an uncoded phrase such as "its air force" is resolved below, by its owner)
    if ((g.gerund || !group_in_pp(s_, group)) && group_has_coded(s_, group)) return group;
  }
  // "Moscow warned Seoul that sending arms to Kyiv would ...", "cautioned
  // Seoul against sending arms": the one warned is the one who would act.
  if (g.gerund && (before == "that" || before == "against")) {
    int warned = object_of_speech_before(k);
    if (warned != kNone) return warned;
  }
  // "By signing a pact with Riyadh on Wednesday, Pakistan has ...": a means
  // that opens the sentence is the act of the subject after its comma.
  // (Other opening participles, "After meeting Putin, ...", are left alone:
  // they cost a false fact on a set we score and do not read.)
  if (g.gerund && g.begin == 1 && s_.folded(0) == "by") {
    int comma = g.end;
    bool verb_before_comma = false;  // "Sending arms to Kyiv would be a mistake, Putin said": a subject
    for (; comma < s_.size() && s_.folded(comma) != ","; ++comma)
      verb_before_comma |= text::is_finite_verb(s_.words[comma].pos) || s_.words[comma].pos == text::PosTag::kMD ||
                           (s_.words[comma].verb_group != kNone && !s_.verbs[s_.words[comma].verb_group].gerund &&
                            !s_.verbs[s_.words[comma].verb_group].infinitive);
    if (!verb_before_comma && comma + 1 < s_.size() && s_.words[comma + 1].phrase != kNone) {
      int group = s_.phrases[s_.words[comma + 1].phrase].group;
      if (!group_in_pp(s_, group) && group_has_coded(s_, group)) {
        inferred_subject_[v] = true;
        return group;
      }
    }
  }
  // "China demanded that ..., summoning Tokyo's ambassador", "..., saying
  // that ...": a participle clause after a comma has the subject of the
  // main verb before it.
  if (g.gerund && before == "," && k > 0) {
    int main = main_verb_before(k);
    // "Ankara has played both sides, selling drones to Ukraine": with a main
    // verb outside the dictionaries, the subject that opens the sentence.
    int subject = main != kNone ? subjects_[main] : opening_subject(k);
    if (subject != kNone) {
      inferred_subject_[v] = true;
      return subject;
    }
  }
  if (g.gerund && (k < 0 || before == "that" || before == "whether" || before == "," ||
                   has(s_.words[k].classes, kConjunction))) {
    return kNone;  // "sending arms to Kyiv would be an error": no one in particular
  }
  if (g.infinitive) {
    // "North Korea's decision to send troops": the possessor acts.
    int noun = g.begin - 1;
    int owner = noun - 1;
    if (owner >= 0 && s_.words[owner].phrase == kNone && (s_.folded(owner) == "'s" || s_.folded(owner) == "'") &&
        owner > 0 && s_.words[owner - 1].phrase != kNone)
      return s_.phrases[s_.words[owner - 1].phrase].group;
  }
  if (g.infinitive && v > 0 && purpose_after_object(g, s_.verbs[v - 1])) return subjects_[v - 1];
  while (k >= 0) {
    int skipped = skip_inserted_clause(s_, k);
    if (skipped != k) {
      k = skipped;
      continue;
    }
    std::string_view f = s_.folded(k);
    if (f == ";" || f == ":" || is_dash_boundary(s_, k)) return kNone;
    // The subject of a "that"/"whether"/"because" clause stands inside it.
    if (f == "that" || f == "whether" || f == "because" || f == "although" || f == "though" ||
        f == "if" || f == "unless" || f == "while" || f == "whereas")
      return kNone;
    const Word& w = s_.words[k];
    if (w.phrase != kNone) {
      const ActorPhrase& phrase = s_.phrases[w.phrase];
      // "a day after Georgian police arrested ...": after, before, since and
      // until also open clauses, whose subject stands right before the verb.
      bool clause_after_prep = finite && s_.groups[phrase.group].end == g.begin && is_clause_preposition(phrase.prep);
      if ((!group_in_pp(s_, phrase.group) || clause_after_prep) && !phrase.possessive) {
        if (group_has_coded(s_, phrase.group)) return phrase.group;
        // "its troops", "their forces": the owner, resolved like a pronoun.
        std::string_view owner = s_.folded(phrase.begin - 1);
        inferred_subject_[v] = true;
        if (owner == "its") return resolve_pronoun_as("it", phrase.begin - 1, v);
        if (owner == "their") return resolve_pronoun_as("they", phrase.begin - 1, v);
        if (owner == "his") return resolve_pronoun_as("he", phrase.begin - 1, v);
        return kNone;
      }
      k = s_.groups[phrase.group].begin - 1;
      continue;
    }
    if (has(w.classes, kPronoun)) {
      inferred_subject_[v] = true;
      return resolve_pronoun(k, v);
    }
    // A finite verb in between ends the clause: in "Lavrov said the talks had
    // gone well", "had gone" has no actor subject; so does a verb outside the
    // dictionaries ("Tehran, whose envoy balked, ...": only past the inserted clause).
    if (finite && w.clause_verb) {
      // ... unless it is the verb of a relative clause on the subject:
      // "Iranian envoys who relocated to Doha met ...".
      int relative = relative_pronoun_before(k);
      if (relative == kNone) return kNone;
      k = relative;
      continue;
    }
    if (finite && w.verb_group != kNone && w.verb_group != v) {
      const VerbGroup& other = s_.verbs[w.verb_group];
      if (!other.infinitive && !other.gerund && !other.passive && other.verb == k) return kNone;
    }
    if (has(w.classes, kRelative)) {
      relative_subject_[v] = true;
      return antecedent_of_relative(k);
    }
    --k;
  }
  return kNone;
}

// "he", "she", "it", "they" as a subject: the subject of an earlier verb in
// this sentence that fits, else the nearest fitting actor before it
// (ANNOTATION.md: pronouns resolve within the sentence only).
bool EventFinder::pronoun_fits(std::string_view pronoun, int group) const {
  const ActorGroup& g = s_.groups[group];
  if (!group_has_coded(s_, group)) return false;
  const ActorPhrase& p = s_.phrases[g.phrases.front()];
  if (pronoun == "he" || pronoun == "she") return g.phrases.size() == 1 && p.person;
  // "it": a state or a body of one ("The Kremlin denied that it had ...",
  // "Israel's military said its jets ..."), not its troops.
  if (pronoun == "it") return g.phrases.size() == 1 && !p.person && !(p.code.role == "MIL" && plural_troops(p));
  if (pronoun == "they") return g.phrases.size() > 1;
  return false;
}

bool EventFinder::plural_troops(const ActorPhrase& p) const {
  const Word& last = s_.words[p.end - 1];
  return troops_class_ >= 0 && last.in_class(troops_class_) && last.folded().ends_with("s");
}

int EventFinder::resolve_pronoun(int pronoun_token, int v) const {
  return resolve_pronoun_as(s_.folded(pronoun_token), pronoun_token, v);
}

int EventFinder::resolve_pronoun_as(std::string_view pronoun, int pronoun_token, int v) const {
  for (int u = v - 1; u >= 0; --u)
    if (subjects_[u] != kNone && s_.groups[subjects_[u]].end <= pronoun_token && pronoun_fits(pronoun, subjects_[u]))
      return subjects_[u];
  for (int g = 0; g < static_cast<int>(s_.groups.size()); ++g)  // the sentence's own subject first
    if (s_.groups[g].end <= pronoun_token && !group_in_pp(s_, g) && pronoun_fits(pronoun, g)) return g;
  return kNone;
}

// "The cooperation between North Korea and Russia was condemned": the actors
// inside a subject that is not itself an actor.
int EventFinder::actor_in_subject_phrase(const VerbGroup& g) const {
  for (int k = g.begin - 1; k >= 0; --k) {
    std::string_view f = s_.folded(k);
    if (f == "," || f == ";" || f == "that") return kNone;
    if (s_.words[k].verb_group != kNone && !s_.verbs[s_.words[k].verb_group].infinitive) return kNone;
    if (s_.words[k].phrase != kNone) {
      int group = s_.phrases[s_.words[k].phrase].group;
      if (group_has_coded(s_, group)) return group;
    }
  }
  return kNone;
}

// The noun an object relative clause is about: in "the sanctions that Japan
// imposed", the token of "sanctions" for the verb "imposed" (and in ", a
// charge Belgrade rejects", of "charge"); else -1.
int EventFinder::object_antecedent(int v) const {
  int subject = subjects_[v];
  if (subject == kNone || relative_subject_[v]) return -1;
  int k = s_.groups[subject].begin - 1;
  while (k >= 0 && s_.folded(k) == "the") --k;
  // ", a charge Belgrade rejects": an apposition whose noun is the object.
  if (k >= 2 && s_.groups[subject].end == s_.verbs[v].begin && s_.folded(k - 2) == "," &&
      has(s_.words[k - 1].classes, kDeterminer) &&
      (is_cue(s_.words[k], Cue::kClaim) || is_cue(s_.words[k], Cue::kEventAnaphor)))
    return k;
  if (k < 1 || (s_.folded(k) != "that" && s_.folded(k) != "which")) return -1;
  const Word& noun = s_.words[k - 1];
  if (noun.phrase != kNone || noun.token->kind != TokenKind::kWord || noun.classes != 0) return -1;
  return k - 1;
}

// "..., a charge North Korea denied": a denial with no target of its own
// answers the accusation before it, whose speaker is the target.
int EventFinder::accuser_before(const VerbGroup& g) const {
  for (int u = s_.words[g.verb].verb_group - 1; u >= 0; --u) {
    const Word& verb = s_.words[s_.verbs[u].verb];
    // "accused X of", "claimed", "Seoul says ..., a claim the Kremlin denies"
    if (accusation_preposition(verb) == "of" || verb.folded() == "charged" ||
        (is_attribution_word(verb) && !is_cue(verb, Cue::kDenial)))
      return subjects_[u];
  }
  return kNone;
}

}  // namespace dyad::coder
