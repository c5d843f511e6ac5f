#include "attribution.h"

#include "cue_words.h"

namespace dyad::coder {
namespace {

// ", officials said": a finite reporting verb that can close a sentence.
bool is_reporting_finite(const Word& w) { return is_cue(w, Cue::kReporting); }

// "Putin said Moscow would assist", "Choe assured Lavrov that ...".
bool is_speech_word(const Word& w) { return is_cue(w, Cue::kSpeech); }

// Whether the complement of the reporting word at `cue` reaches the event:
// not past ";" or ", but", nor past a verb coordinated with the saying
// ("Belousov said ... and praised the treaty signed by ...").
// "had struck": the past perfect of reported speech.
bool backshifted(const Sentence& s, const VerbGroup& g) {
  for (int k = g.begin; k < g.verb; ++k)
    if (s.folded(k) == "had") return true;
  return false;
}

// ", an accusation ...", ", a charge ...": an apposition on what was said
// or done, at the comma `comma`.
bool opens_apposition_on_content(const Sentence& s, int comma) {
  return s.folded(comma) == "," && comma + 2 < s.size() && has(s.words[comma + 1].classes, kDeterminer) &&
         (is_cue(s.words[comma + 2], Cue::kClaim) || is_cue(s.words[comma + 2], Cue::kEventAnaphor));
}

bool scope_reaches(const Sentence& s, int cue, const VerbGroup& g, const std::vector<int>& subjects) {
  const VerbGroup* speech = group_at(s, cue);
  int speaker = speech ? subjects[s.words[speech->verb].verb_group] : kNone;
  int own = subjects[s.words[g.verb].verb_group];
  for (int k = cue + 1; k < g.begin; ++k) {
    std::string_view f = s.folded(k);
    if (f == ";" || (f == "," && (s.folded(k + 1) == "but" || s.folded(k + 1) == "while"))) return false;
    // "The US denied any role, as Iran accused Washington of ...": a clause of
    // time or reason with its own subject is the writer's.
    std::string_view next = s.folded(k + 1);
    if (f == "," && (next == "as" || next == "when" || next == "after") && own != kNone && s.groups[own].begin > k)
      return false;
    // "..., UN experts said, an accusation Kigali has denied": an apposition
    // on what was said is the writer's.
    if (opens_apposition_on_content(s, k)) return false;
    // "Lithuania said smugglers had launched the balloons, and Vilnius closed
    // its border": a new clause with its own subject, not in the past perfect
    // of what was said, is the writer's.
    if (f == "," && s.folded(k + 1) == "and" && own != kNone && s.groups[own].begin > k && !backshifted(s, g))
      return false;
    const VerbGroup* other = group_at(s, k);
    if (other && other->verb == k && speaker != kNone && subjects[s.words[k].verb_group] == speaker) {
      std::string_view joiner = s.folded(other->begin - 1);
      if (joiner == "and" || joiner == "but" || joiner == "or") return false;
    }
  }
  return true;
}

}  // namespace

// ", officials said", ", the ministry reported", ", said Rutte": the
// reporting word closes the sentence after a comma, with its speaker.
bool closing_attribution(const Sentence& s, int cue) {
  int before = cue - 1;
  if (before > 0 && is_quote(s.folded(before))) --before;  // '," said X'
  if (before >= 0 && s.folded(before) == ",") return true;  // ", said X"
  bool speaker = false;
  for (int k = cue - 1; k >= 0 && k >= cue - 8; --k) {
    const Word& w = s.words[k];
    if (is_quote(s.folded(k))) continue;  // '"Iran is helping the militias," Bush said'
    if (s.folded(k) == ",") return speaker;
    if (w.verb_group != kNone || w.token->kind == TokenKind::kPunct) return false;
    if (has(w.classes, kRelative)) return false;  // ", whose envoy said she was outraged": a relative clause
    speaker |= w.phrase != kNone || w.agent_match > 0 || has(w.classes, kPronoun) || w.token->capitalised;
  }
  return false;
}

namespace {

// ", as Warsaw alleged", ", as Washington had claimed".
bool as_before_speaker(const Sentence& s, int cue) {
  for (int k = cue - 1; k >= 0 && k >= cue - 6; --k) {
    if (s.folded(k) == "as") return true;
    if (s.folded(k) == ",") return false;
  }
  return false;
}

// Whether a subordinator ("as", "while", "after") or an apposition on what
// was said (", a charge Moscow denied") stands in (from, to).
bool subordinate_between(const Sentence& s, int from, int to) {
  for (int k = from + 1; k < to; ++k)
    if ((has(s.words[k].classes, kSubordinator) && !has(s.words[k].classes, kRelative) && s.folded(k) != "that") ||
        opens_apposition_on_content(s, k))
      return true;
  return false;
}

}  // namespace

// Whether an attribution cue scopes over the event at `verb`.
bool attributed(const Sentence& s, const SentenceCues& cues, const VerbGroup& g,
                const std::vector<int>& subjects, bool speech_act) {
  if (hedged_at(cues, g.verb)) return true;
  int own_subject = subjects[s.words[g.verb].verb_group];
  for (int cue : cues.attributions) {
    if (cue >= g.begin && cue < g.end) continue;  // the event's own verb
    // ", an allegation Iran denied": the noun of an apposition on what was
    // said is the object of the act, not its attribution.
    if (cue >= 2 && opens_apposition_on_content(s, cue - 2)) continue;
    // "Belousov said ... and praised the treaty": a verb coordinated with the saying.
    // "... and praised", "..., and he warned".
    int join_at = g.begin - 1;
    if (join_at > 0 && has(s.words[join_at].classes, kPronoun)) --join_at;
    std::string_view joiner = s.folded(join_at);
    bool coordinated = joiner == "and" || joiner == "but" || joiner == "or";
    // ... and the verb it is coordinated with is the saying itself, not a verb of what was said.
    // (as find_subject does, verbs without a subject of their own are passed over).
    int own = s.words[g.verb].verb_group;
    int u = own - 1;
    while (u > 0 && subjects[u] == kNone) --u;
    const VerbGroup* previous = u >= 0 ? &s.verbs[u] : nullptr;
    if (const VerbGroup* speech = group_at(s, cue);
        speech && coordinated && previous == speech && own_subject != kNone &&
        subjects[s.words[speech->verb].verb_group] == own_subject && !g.infinitive && !g.gerund)
      continue;
    // "..., General Breedlove said here Sunday, warning that ...": the
    // speaker's own participle clause is another act of the speaker.
    if (const VerbGroup* speech = group_at(s, cue); speech && g.gerund && s.folded(g.begin - 1) == "," &&
        own_subject != kNone && subjects[s.words[speech->verb].verb_group] == own_subject)
      continue;
    if (cue < g.begin) {
      if (scope_reaches(s, cue, g, subjects)) return true;  // "X said (that) ..."
      continue;
    }
    // After the event: only a closing ", X said" (or ", said X"), with no event verb after it.
    if (!is_reporting_finite(s.words[cue]) || !closing_attribution(s, cue)) continue;
    // "The Kremlin denied that ..., as Warsaw alleged": what is alleged is the
    // content, not the denial itself.
    if (speech_act && as_before_speaker(s, cue)) continue;
    // "..., the ministry said, dismissing US objections", "..., officials
    // said, as fighting entered its third day": participles and subordinate
    // clauses after the saying do not make it a main clause of its own.
    // "..., the military said, and Baghdad condemned the raids": a clause
    // joined after the attribution is not said.
    int clause_end = s.size();
    for (int k = cue + 1; k + 1 < s.size() && clause_end == s.size(); ++k)
      if (s.folded(k) == ";" || (s.folded(k) == "," && (s.folded(k + 1) == "and" || s.folded(k + 1) == "but")))
        clause_end = k;
    bool verb_after = false;
    for (const VerbGroup& other : s.verbs)
      if (other.verb > cue && other.verb < clause_end && !other.gerund && !other.infinitive &&
          !subordinate_between(s, cue, other.begin))
        verb_after = true;
    if (!verb_after) return true;
  }
  // "... and demanded that Tehran open it": a finite verb joined by "and" is
  // the accuser's next act, not part of the charge.
  bool next_act = (s.folded(g.begin - 1) == "and" || s.folded(g.begin - 1) == "but") && !g.gerund && !g.infinitive;
  for (int cue : cues.accusations) {  // "accused X of sending", up to the end of that clause
    bool comma = false;
    for (int k = cue; k < g.begin; ++k) comma |= s.folded(k) == "," || s.folded(k) == ";";
    if (cue < g.begin && !comma && !next_act) return true;
  }
  return false;
}

// "Putin said Moscow would assist": "would" reports the speaker's own plan.
// "Japan will impose sanctions if ..., Abe said": the speaker of a closing
// attribution after `from` is of `entity`.
bool closing_speaker_is(const Sentence& s, int from, const std::string& entity) {
  for (int k = from; k < s.size(); ++k) {
    if (!is_speech_word(s.words[k]) || !closing_attribution(s, k)) continue;
    for (int j = k + 1; j < s.size() && j <= k + 4; ++j)  // ", said Abe"
      if (s.words[j].phrase != kNone) return s.phrases[s.words[j].phrase].coded && s.phrases[s.words[j].phrase].entity() == entity;
    for (int j = k - 1; j >= from; --j) {  // ", Abe said"
      if (s.folded(j) == ",") return false;
      if (s.words[j].phrase != kNone) return s.phrases[s.words[j].phrase].coded && s.phrases[s.words[j].phrase].entity() == entity;
    }
    return false;
  }
  return false;
}

bool reported_own_commitment(const Sentence& s, const VerbGroup& g, const std::vector<int>& subjects,
                             const std::string& source_entity) {
  if (source_entity.empty()) return false;
  if (closing_speaker_is(s, g.end, source_entity)) return true;
  for (int k = g.begin - 1; k >= 0; --k) {
    // another verb intervenes (a copula does not: "said it was ready to")
    if (const VerbGroup* other = group_at(s, k); other && !is_speech_word(s.words[k]) && !has(s.words[other->verb].classes, kBe))
      return false;
    if (!is_speech_word(s.words[k])) continue;
    // The speaker: the verb group's subject, else the nearest actor or pronoun before it.
    if (const VerbGroup* speech = group_at(s, k); speech && subjects[s.words[k].verb_group] != kNone) {
      for (int p : s.groups[subjects[s.words[k].verb_group]].phrases)
        if (s.phrases[p].coded && s.phrases[p].entity() == source_entity) return true;
      return false;
    }
    for (int j = k - 1; j >= 0; --j) {
      if (has(s.words[j].classes, kPronoun)) return true;  // "She told reporters that ... would"
      if (s.words[j].phrase != kNone) {
        const ActorPhrase& speaker = s.phrases[s.words[j].phrase];
        return speaker.coded && speaker.entity() == source_entity;
      }
    }
    return false;
  }
  return false;
}

}  // namespace dyad::coder
