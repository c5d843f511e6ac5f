#include "event_finder.h"

#include <algorithm>
#include <unordered_set>

#include "modality.h"
#include "word_classes.h"

namespace dyad::coder {
namespace {

using lexicon::PatternElement;
using lexicon::VerbPattern;

bool is_boundary_punct(std::string_view f) {
  return f == ";" || f == ":" || f == "(" || f == ")" || f == "\u2014" || f == "--";
}

// A dash between words ("PYONGYANG, June 19 — A treaty ...") ends a clause;
// a hyphen inside a name ("Kim Jong-un") does not. Dashes fold to "-".
bool is_dash_boundary(const Sentence& s, int k) {
  if (s.folded(k) != "-") return false;
  std::string_view surface = s.surface(k, k + 1);
  if (surface != "-") return true;  // an en or em dash
  const Span span = s.tokens[k].span;
  return span.begin > 0 && span.end < s.text.size() && s.text[span.begin - 1] == ' ' && s.text[span.end] == ' ';
}

bool group_has_coded(const Sentence& s, int group) {
  for (int p : s.groups[group].phrases)
    if (s.phrases[p].coded) return true;
  return false;
}

// Whether a group stands in a prepositional phrase; the particle of a verb
// ("called on UN member states") is no preposition.
bool group_in_pp(const Sentence& s, int group) {
  const ActorPhrase& first = s.phrases[s.groups[group].phrases.front()];
  if (first.prep.empty()) return false;
  int k = first.begin - 1;
  while (k >= 0 && (s.folded(k) == "the" || s.folded(k) == "both")) --k;
  return !(k >= 0 && s.words[k].verb_group != kNone);
}

// Moves left past an inserted clause when k sits on its closing comma or
// parenthesis: "( ... )", ", who/which ... ," and an apposition
// (", the chief of Russia's general staff,") that follows an actor.
int skip_inserted_clause(const Sentence& s, int k) {
  if (s.folded(k) == ")") {
    while (k >= 0 && s.folded(k) != "(") --k;
    return k - 1;
  }
  if (s.folded(k) != ",") return k;
  int open = k - 1;
  while (open >= 0 && s.folded(open) != "," && !is_boundary_punct(s.folded(open))) --open;
  if (open < 1 || s.folded(open) != "," || s.words[open - 1].phrase == kNone) return k;
  bool relative = false, only_phrase = true, has_phrase = false;
  for (int j = open + 1; j < k; ++j) {
    const Word& w = s.words[j];
    if (has(w.classes, kRelative)) relative = true;
    if (w.phrase != kNone) has_phrase = true;
    else if (!has(w.classes, kDeterminer) && !has(w.classes, kPreposition)) only_phrase = false;
    if (w.verb_group != kNone && !relative) return k;  // a clause of its own
  }
  bool starts_like_apposition = has(s.words[open + 1].classes, kDeterminer) && s.folded(open + 1) != "'s";
  if (relative || (only_phrase && has_phrase) || starts_like_apposition) return open - 1;
  return k;
}

class EventFinder {
 public:
  EventFinder(const Sentence& s, const lexicon::CompiledLexicon& lex)
      : s_(s), lex_(lex), cues_(find_sentence_cues(s)), subjects_(s.verbs.size(), kNone),
        relative_subject_(s.verbs.size(), false), inferred_subject_(s.verbs.size(), false) {
    for (size_t c = 0; c < lex.class_names.size(); ++c)
      if (lex.class_names[c] == "TROOPS") troops_class_ = static_cast<int>(c);
  }

  std::vector<CandidateEvent> run() {
    for (int v = 0; v < static_cast<int>(s_.verbs.size()); ++v) {
      subjects_[v] = find_subject(v);
      code_verb(v);
    }
    for (int i = 0; i < s_.size(); ++i)
      if (s_.words[i].noun_match > 0 && s_.words[i].verb_group == kNone && s_.words[i].phrase == kNone)
        code_noun(i);
    for (int p = 0; p < static_cast<int>(s_.phrases.size()); ++p) code_presence(p);
    return std::move(events_);
  }

 private:
  // --- subjects ---

  int antecedent_of_relative(int relative) const {
    int m = relative - 1;
    if (s_.folded(m) == ",") --m;
    if (m < 0 || s_.words[m].phrase == kNone) return kNone;
    int group = s_.phrases[s_.words[m].phrase].group;
    // "a package of sanctions against Russia, which also targets ...": "which"
    // after an actor in a prepositional phrase is about the head noun.
    if (s_.folded(relative) == "which" && group_in_pp(s_, group)) return kNone;
    return group;
  }

  int find_subject(int v) {
    const VerbGroup& g = s_.verbs[v];
    int k = g.begin - 1;
    std::string_view before = s_.folded(k);
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
      if (g.gerund || !group_in_pp(s_, group)) return group_has_coded(s_, group) ? group : kNone;
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
        if (!group_in_pp(s_, phrase.group) && !phrase.possessive) {
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
      // gone well", "had gone" has no actor subject.
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
  bool pronoun_fits(std::string_view pronoun, int group) const {
    const ActorGroup& g = s_.groups[group];
    if (!group_has_coded(s_, group)) return false;
    const ActorPhrase& p = s_.phrases[g.phrases.front()];
    if (pronoun == "he" || pronoun == "she") return g.phrases.size() == 1 && p.person;
    if (pronoun == "it") return g.phrases.size() == 1 && !p.person && p.code.role.empty();
    if (pronoun == "they") return g.phrases.size() > 1;
    return false;
  }

  int resolve_pronoun(int pronoun_token, int v) const {
    return resolve_pronoun_as(s_.folded(pronoun_token), pronoun_token, v);
  }

  int resolve_pronoun_as(std::string_view pronoun, int pronoun_token, int v) const {
    for (int u = v - 1; u >= 0; --u)
      if (subjects_[u] != kNone && s_.groups[subjects_[u]].end <= pronoun_token && pronoun_fits(pronoun, subjects_[u]))
        return subjects_[u];
    for (int g = 0; g < static_cast<int>(s_.groups.size()); ++g)  // the sentence's own subject first
      if (s_.groups[g].end <= pronoun_token && !group_in_pp(s_, g) && pronoun_fits(pronoun, g)) return g;
    return kNone;
  }

  // "The cooperation between North Korea and Russia was condemned": the actors
  // inside a subject that is not itself an actor.
  int actor_in_subject_phrase(const VerbGroup& g) const {
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
  // imposed", the token of "sanctions" for the verb "imposed"; else -1.
  int object_antecedent(int v) const {
    int subject = subjects_[v];
    if (subject == kNone || relative_subject_[v]) return -1;
    int k = s_.groups[subject].begin - 1;
    while (k >= 0 && s_.folded(k) == "the") --k;
    if (k < 1 || (s_.folded(k) != "that" && s_.folded(k) != "which")) return -1;
    const Word& noun = s_.words[k - 1];
    if (noun.phrase != kNone || noun.token->kind != TokenKind::kWord || noun.classes != 0) return -1;
    return k - 1;
  }

  // "..., a charge North Korea denied": a denial with no target of its own
  // answers the accusation before it, whose speaker is the target.
  int accuser_before(const VerbGroup& g) const {
    for (int u = s_.words[g.verb].verb_group - 1; u >= 0; --u) {
      std::string_view verb = s_.folded(s_.verbs[u].verb);
      if (accusation_preposition(verb) == "of" || verb == "claimed" || verb == "alleged" ||
          verb == "charged" || verb == "said")
        return subjects_[u];
    }
    return kNone;
  }

  // --- objects ---

  bool is_speech_code(const std::string& code) const {
    std::string root = code.substr(0, 2);
    return root == "01" || root == "02" || root == "10" || root == "11" || root == "12" ||
           root == "13" || root == "09";
  }

  // Codes whose passive subject is what moves (troops, weapons), not who receives it.
  static bool moves_a_theme(const std::string& code) {
    return code.starts_with("07") || code.starts_with("19") || code.starts_with("15");
  }

  // End of the stretch after a verb where its objects may stand.
  int window_end(const VerbGroup& g, bool speech) const {
    for (int k = g.end; k < s_.size(); ++k) {
      std::string_view f = s_.folded(k);
      const Word& w = s_.words[k];
      if (is_boundary_punct(f) || is_dash_boundary(s_, k) || (f == "according" && s_.folded(k + 1) == "to"))
        return k;
      if (f == "," && starts_attribution(k)) return k;
      if ((f == "and" || f == "but") && k + 1 < s_.size() &&
          (has(s_.words[k + 1].classes, kPronoun) || (s_.folded(k - 1) == "," && s_.words[k + 1].phrase != kNone)))
        return k;  // ", and it may ...": a new clause
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
  bool starts_attribution(int comma) const {
    int k = comma + 1;
    while (k < s_.size() && (s_.words[k].phrase != kNone || has(s_.words[k].classes, kDeterminer) ||
                             has(s_.words[k].classes, kConjunction)))
      ++k;
    return k > comma + 1 && k < s_.size() && is_attribution_word(s_.folded(k));
  }

  // "warned that ...", "dismissed reports that ...", "threatened to strike ...",
  // "denounced what he called ...": a clause follows the speech verb.
  bool introduces_clause(const VerbGroup& g) const {
    for (int k = g.end; k < s_.size() && k < g.end + 4; ++k) {
      std::string_view f = s_.folded(k);
      if (f == "that" || f == "whether" || f == "what" || f == "how") return true;
      if (f == "to" && k + 1 < s_.size() && s_.words[k + 1].verb_group != kNone) return true;
    }
    return false;
  }

  // A speech act's complement runs to the end of the sentence, short of ";" and attribution.
  int complement_end(const VerbGroup& g) const {
    for (int k = g.end; k < s_.size(); ++k) {
      std::string_view f = s_.folded(k);
      if (f == ";" || f == ":" || (f == "according" && s_.folded(k + 1) == "to")) return k;
      if (f == "while" || f == "whereas" || f == "although" || f == "though" || f == "but") return k;
      if (f == "," && k + 2 < s_.size() && s_.words[k + 1].phrase != kNone) {
        int after = s_.groups[s_.phrases[s_.words[k + 1].phrase].group].end;
        if (is_attribution_word(s_.folded(after))) return k;  // ", officials said"
      }
    }
    return s_.size();
  }

  bool word_matches(int k, const PatternElement& e) const {
    std::string_view f = s_.folded(k);
    if (e.kind == PatternElement::Kind::kClass) return s_.words[k].in_class(e.class_id);
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

  // First coded phrase group in [from, to) other than `exclude`, whose phrases
  // are not all the same entity as the source; optionally with a given preposition.
  // Places and topics are not the object of an act: "met Kim in Pyongyang",
  // "shared intelligence on North Korean troops".
  static bool is_locative(const std::string& prep) {
    return prep == "in" || prep == "at" || prep == "near" || prep == "off" || prep == "outside" ||
           prep == "inside" || prep == "within" || prep == "around" || prep == "throughout" ||
           prep == "during" || prep == "amid" || prep == "under" || prep == "on" || prep == "about" ||
           prep == "over" || prep == "regarding" || prep == "concerning";
  }

  // Whether a group stands in a place or topic phrase that is no object. A
  // preposition that belongs to the verb ("called on UN member states") or
  // that the matched event noun takes ("sanctions on Pyongyang") is an object.
  bool is_adjunct(int group, int verb_end, int element) const {
    const ActorPhrase& first = s_.phrases[s_.groups[group].phrases.front()];
    int prep_token = first.begin - 1;
    while (prep_token >= 0 && s_.folded(prep_token) == "the") --prep_token;
    if (first.prep == "of" && prep_token > 0 && is_direction(s_.folded(prep_token - 1)))
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
  bool after_participle(int by) const {
    int k = by - 1;
    while (k >= 0 && has(s_.words[k].classes, kAdverb)) --k;
    return k >= 0 && s_.words[k].verb_match > 0 && (s_.words[k].verb_flags & lexicon::kParticiple);
  }

  static bool is_direction(std::string_view w) {
    static const std::unordered_set<std::string_view> kWords = {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
        "outskirts", "km", "kilometres", "kilometers", "miles", "border", "coast", "capital",
        "sidelines", "sideline", "margins", "margin"};
    return kWords.count(w) > 0;
  }

  // `verb_end` >= 0 excludes places and topics (see is_adjunct).
  int first_target(int from, int to, int exclude, int source_group, bool skip_by,
                   int verb_end = -1, int element = -1) const {
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

  bool same_entities(int a, int b) const {
    for (int pa : s_.groups[a].phrases)
      for (int pb : s_.groups[b].phrases)
        if (s_.phrases[pa].coded && s_.phrases[pb].coded && s_.phrases[pa].entity() != s_.phrases[pb].entity())
          return false;
    return true;
  }

  struct PatternMatch {
    const VerbPattern* pattern = nullptr;
    int target_group = kNone;  // from a "+" element
    int last_element = -1;     // token of the last word element matched
  };

  // The most specific pattern that matches; among equally specific ones, the
  // one whose first element stands nearest the verb ("send lethal arms", not
  // "send ... officials" of a later clause).
  PatternMatch match_pattern(const VerbGroup& g, int from, int to, int source_group,
                             bool from_antecedent = false) const {
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
  bool governs_next_verb(const VerbGroup& g) const {
    int next = g.end;
    ControlKind kind = control_kind(s_.folded(g.verb));
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

  void code_verb(int v) {
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
      if (target == kNone && is_speech_code(p.code) && introduces_clause(g))  // "warned that ... Seoul"
        target = first_target(g.end, complement_end(g), source, source, false, g.end);
      if (target == kNone && p.code == "016") target = accuser_before(g);
    }
    std::string source_entity;
    if (source != kNone)
      for (int sp : s_.groups[source].phrases)
        if (s_.phrases[sp].coded) source_entity = s_.phrases[sp].entity();
    auto modality = verb_event_modality(s_, cues_, g, subjects_, source_entity, is_speech_code(p.code));
    if (!modality) return;
    // Confidence falls with weaker evidence: far-apart phrases, a subject
    // inferred from a pronoun or another verb, a target found beyond the clause.
    double confidence = 0.9;
    if (target != kNone && s_.groups[target].begin - g.end > 8) confidence -= 0.2;
    if (source != kNone && g.begin - s_.groups[source].end > 10) confidence -= 0.15;
    if (inferred_subject_[v] || relative_subject_[v]) confidence -= 0.15;
    if (match.pattern->elements.empty()) confidence -= 0.05;  // the bare verb, no pattern words
    bool joint = !p.rev_code.empty() && p.rev_code == p.code;
    emit(source, target, p.code, p.rev_code, g.verb, g.end, false, *modality, confidence);
    if (joint && source != kNone) emit_within(source, p.code, g.verb, g.end, false, *modality, confidence);
  }

  // --- nominal events ---

  bool is_adjective_like(int k) const {
    const Word& w = s_.words[k];
    return w.phrase == kNone && w.verb_group == kNone && w.classes == 0 &&
           w.token->kind == TokenKind::kWord && w.noun_match == 0;
  }

  // "urged Moscow to end its cooperation with Pyongyang": neither the ending
  // nor the ongoing act is coded (ANNOTATION.md, recommendations not to act).
  bool object_of_cessation(int noun) const {
    for (int k = noun - 1; k >= 0 && k >= noun - 6; --k) {
      if (s_.words[k].verb_group != kNone) return is_cessation_verb(s_.folded(k));
      if (s_.folded(k) == "," || s_.words[k].phrase != kNone) return false;
    }
    return false;
  }

  void code_noun(int i) {
    if (object_of_cessation(i)) return;
    const lexicon::EventNoun& noun = lex_.nouns[s_.words[i].noun_index];
    int end_noun = i + s_.words[i].noun_match;
    int source = kNone;
    bool presupposed = false;
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
    } else if (k >= 0 && (s_.folded(k) == "its" || s_.folded(k) == "their")) {
      // "Seoul has limited its support for Kyiv": the owner is the clause's actor.
      int v = nearest_verb_before(k);
      source = resolve_pronoun_as(s_.folded(k) == "its" ? "it" : "they", k, v < 0 ? 0 : v + 1);
    }
    // "a North Korean attack on ..." is hypothetical, "North Korea's attack" is not.
    int det = source != kNone ? s_.groups[source].begin - 1 : i - 1;
    while (det >= 0 && is_adjective_like(det)) --det;
    std::string_view article = s_.folded(det);
    if (article == "a" || article == "an" || article == "any") presupposed = false;
    int target = kNone;
    bool between = false;
    for (int j = end_noun; j < s_.size() && j < end_noun + 10; ++j) {
      std::string_view f = s_.folded(j);
      if (is_boundary_punct(f) || s_.words[j].verb_group != kNone) break;
      if (has(s_.words[j].classes, kRelative) || f == "that") break;
      if (s_.words[j].phrase == kNone) continue;
      const ActorPhrase& phrase = s_.phrases[s_.words[j].phrase];
      j = s_.groups[phrase.group].end - 1;
      bool from_is_target = std::find(noun.target_preps.begin(), noun.target_preps.end(), "from") !=
                            noun.target_preps.end();
      if ((phrase.prep == "by" || (phrase.prep == "from" && !from_is_target)) && source == kNone) {
        source = phrase.group;  // "attacks by X", "the transfer of missiles from X to Y"
        continue;
      }
      bool prep_ok = noun.target_preps.empty() ||
                     std::find(noun.target_preps.begin(), noun.target_preps.end(), phrase.prep) !=
                         noun.target_preps.end();
      if (!prep_ok || !group_has_coded(s_, phrase.group)) continue;
      if (phrase.prep == "between" || phrase.prep == "among" || phrase.prep == "involving") between = true;
      target = phrase.group;
      if (source == kNone) source = by_phrase_after(s_.groups[target].end, end_noun + 12);
      break;
    }
    bool joint = !noun.rev_code.empty() && noun.rev_code == noun.code;
    if (source == kNone && joint && target != kNone && !between) source = clause_subject_before(i);
    Modality modality = nominal_event_modality(s_, cues_, i, presupposed, subjects_);
    if (between && joint) {
      emit_within(target, noun.code, i, end_noun, true, modality, 0.6);
      return;
    }
    if (source == kNone) return;
    emit(source, target, noun.code, noun.rev_code, i, end_noun, true, modality, 0.6);
    if (joint) emit_within(source, noun.code, i, end_noun, true, modality, 0.6);
  }

  // The actor a clause is about, for a joint noun with no owner: the nearest
  // coded group before `token` outside prepositional phrases, in the same clause.
  int clause_subject_before(int token) const {
    for (int k = token - 1; k >= 0; --k) {
      std::string_view f = s_.folded(k);
      if (f == "," || f == ";" || f == ":" || f == "that" || has(s_.words[k].classes, kRelative)) return kNone;
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

  // --- troops abroad ---

  // "North Korean soldiers are in Russia", "troops stationed in Kursk ... in
  // Russia": a state's troops on another state's soil are military
  // protection provided to it (074).
  void code_presence(int p) {
    const ActorPhrase& phrase = s_.phrases[p];
    if (!phrase.coded || phrase.code.role != "MIL" || phrase.code.country.empty()) return;
    if (!phrase.prep.empty()) return;  // "fight alongside Russian troops in Ukraine": no presence claim
    if (troops_class_ < 0 || !s_.words[phrase.end - 1].in_class(troops_class_)) return;
    static const std::unordered_set<std::string_view> kLinks = {
        "are", "were", "is", "was", "been", "being", "have", "had", "has", "remain", "remained",
        "remains", "still", "already", "now", "reportedly", "stationed", "deployed", "based",
        "fighting", "operating", "present", "currently", "also", "not", "no", "longer", "now"};
    int k = phrase.end;
    bool negated = false;
    bool linked = false;  // "are in", "were stationed in", "have been deployed to"
    while (k < s_.size() && k < phrase.end + 6 && kLinks.count(s_.folded(k))) {
      negated |= s_.folded(k) == "not" || s_.folded(k) == "no";
      std::string_view link = s_.folded(k);
      linked |= link == "are" || link == "were" || link == "is" || link == "was" || link == "been" ||
                link == "stationed" || link == "deployed" || link == "based" || link == "remain" ||
                link == "remained" || link == "remains";
      ++k;
    }
    if (!linked) return;
    std::string_view prep = s_.folded(k);
    if (prep != "in" && prep != "inside" && prep != "to" && prep != "into") return;
    if (++k < s_.size() && s_.folded(k) == "the") ++k;
    if (k >= s_.size() || s_.words[k].phrase == kNone) return;
    int host = s_.words[k].phrase;
    if (s_.phrases[host].code.country.empty() || s_.phrases[host].possessive) return;
    Modality modality = negated ? Modality::kNegated : clause_modality(phrase.begin);
    add(p, host, "074", phrase.end, k, true, modality, 0.6);
  }

  // The modality a clause gives everything in it at `token`, for events
  // without a verb of their own.
  Modality clause_modality(int token) const {
    if (in_conditional(cues_, token)) return Modality::kPossible;
    if (cues_.hedged) return Modality::kReported;
    for (int cue : cues_.attributions)
      if (cue < token || cue > token + 3) return Modality::kReported;
    return Modality::kAsserted;
  }

  // Index of the last verb group that starts before `token`, or -1.
  int nearest_verb_before(int token) const {
    int found = -1;
    for (int v = 0; v < static_cast<int>(s_.verbs.size()); ++v)
      if (s_.verbs[v].begin < token) found = v;
    return found;
  }

  // "a trip to Moscow by Kim Jong Un": the by-phrase after a nominal's target.
  int by_phrase_after(int from, int to) const {
    for (int k = from; k < std::min(to, s_.size()); ++k) {
      if (is_boundary_punct(s_.folded(k)) || s_.words[k].verb_group != kNone) return kNone;
      if (s_.words[k].phrase != kNone && s_.phrases[s_.words[k].phrase].prep == "by")
        return s_.phrases[s_.words[k].phrase].group;
    }
    return kNone;
  }

  // --- emission ---

  void add(int source, int target, const std::string& code, int anchor, int anchor_end,
           bool nominal, Modality modality, double confidence) {
    const ActorPhrase& a = s_.phrases[source];
    const ActorPhrase& b = s_.phrases[target];
    if (code == "---") return;  // "---/072 receive &WEAPONS": only the reverse direction codes
    if (!a.coded || !b.coded || a.entity() == b.entity()) return;
    events_.push_back(CandidateEvent{source, target, code, anchor, anchor_end, nominal, modality, confidence});
  }

  // Whether the target sits in a noun phrase about an event ("the transfer of
  // missiles from North Korea", "North Korea's supply of shells").
  bool noun_phrase_of_event(int target_group) const {
    int begin = s_.groups[target_group].begin;
    for (int k = begin - 1; k >= 0 && k >= begin - 6; --k) {
      if (s_.words[k].noun_match > 0) return true;
      if (s_.words[k].verb_group != kNone || s_.folded(k) == ",") return false;
    }
    int end = s_.groups[target_group].end;
    return end + 1 < s_.size() && s_.folded(end) == "'s" ? false
           : (end < s_.size() && s_.words[end].noun_match > 0);
  }

  // The target group and any group joined to it as "and with Y" / "and to Y".
  std::vector<int> target_phrases(int target_group) const {
    std::vector<int> phrases = s_.groups[target_group].phrases;
    const std::string& prep = s_.phrases[phrases.front()].prep;
    int end = s_.groups[target_group].end;
    while (!prep.empty() && s_.folded(end) == "and" && s_.folded(end + 1) == prep &&
           end + 2 < s_.size() && s_.words[end + 2].phrase != kNone) {
      const ActorGroup& next = s_.groups[s_.phrases[s_.words[end + 2].phrase].group];
      phrases.insert(phrases.end(), next.phrases.begin(), next.phrases.end());
      end = next.end;
    }
    return phrases;
  }

  // "condemned the transfer of missiles from North Korea to Russia": the
  // groups that continue the target's noun phrase through prepositions only.
  std::vector<int> noun_phrase_groups(int target_group) const {
    std::vector<int> phrases;
    int end = s_.groups[target_group].end;
    while (end < s_.size()) {
      int k = end;
      while (k < s_.size() && k < end + 4 && s_.words[k].phrase == kNone &&
             (has(s_.words[k].classes, kPreposition) || has(s_.words[k].classes, kDeterminer)))
        ++k;
      if (k == end || k >= s_.size() || s_.words[k].phrase == kNone) break;
      const ActorGroup& next = s_.groups[s_.phrases[s_.words[k].phrase].group];
      phrases.insert(phrases.end(), next.phrases.begin(), next.phrases.end());
      end = next.end;
    }
    return phrases;
  }

  void emit(int source_group, int target_group, const std::string& code, const std::string& rev,
            int anchor, int anchor_end, bool nominal, Modality modality, double confidence) {
    if (source_group == kNone || target_group == kNone) return;
    std::vector<int> targets = target_phrases(target_group);
    if (!nominal && is_speech_code(code) && noun_phrase_of_event(target_group)) {
      auto more = noun_phrase_groups(target_group);
      targets.insert(targets.end(), more.begin(), more.end());
    }
    for (int sp : s_.groups[source_group].phrases)
      for (int tp : targets) {
        add(sp, tp, code, anchor, anchor_end, nominal, modality, confidence);
        if (!rev.empty()) add(tp, sp, rev, anchor, anchor_end, nominal, modality, confidence);
      }
  }

  // Joint acts of a compound actor: one event per ordered pair.
  void emit_within(int group, const std::string& code, int anchor, int anchor_end, bool nominal,
                   Modality modality, double confidence) {
    if (group == kNone) return;
    const auto& phrases = s_.groups[group].phrases;
    for (int a : phrases)
      for (int b : phrases)
        if (a != b) add(a, b, code, anchor, anchor_end, nominal, modality, confidence);
  }

  const Sentence& s_;
  const lexicon::CompiledLexicon& lex_;
  SentenceCues cues_;
  std::vector<int> subjects_;
  std::vector<bool> relative_subject_;  // subject found through who/which/that
  std::vector<bool> inferred_subject_;  // subject from a pronoun or a coordinated verb
  int troops_class_ = -1;              // the &TROOPS word class, if the lexicon has one
  std::vector<CandidateEvent> events_;
};

}  // namespace

std::vector<CandidateEvent> find_events(const Sentence& s, const lexicon::CompiledLexicon& lex) {
  return EventFinder(s, lex).run();
}

}  // namespace dyad::coder
