// Verb groups: a dictionary verb used as a verb (not as a noun or adjective),
// with the auxiliaries, modals, negators and adverbs before it.
#include "analysis.h"
#include "cue_words.h"

namespace dyad::coder {
namespace {

using lexicon::kBase;
using lexicon::kGerund;
using lexicon::kParticiple;
using lexicon::kPast;
using lexicon::kThird;

bool is_auxiliary(const Word& w);

// "both", "all", "each" between an auxiliary and its verb ("have both denied").
bool is_floating_quantifier(const Sentence& s, int k) {
  std::string_view f = s.folded(k);
  return (f == "both" || f == "all" || f == "each") && k > 0 && is_auxiliary(s.words[k - 1]);
}

bool is_adverb(const Word& w) {
  std::string_view f = w.folded();
  if (control_kind(w) != ControlKind::kNone && f != "not") return false;  // "likely", "unlikely": adjectives
  if (has(w.classes, kAdverb)) return true;
  return f.size() > 4 && f.ends_with("ly") && !w.token->capitalised && w.actor_match == 0 &&
         w.verb_match == 0;
}


// Index of the nearest word before `i` that is not an adverb, or -1.
int previous_non_adverb(const Sentence& s, int i) {
  int k = i - 1;
  // "would likely send": "likely" after an auxiliary is an adverb of the group.
  auto adverb_after_auxiliary = [&](int j) {
    return has(s.words[j].classes, kAdverb) && j > 0 && is_auxiliary(s.words[j - 1]);
  };
  while (k >= 0 && (is_adverb(s.words[k]) || is_floating_quantifier(s, k) || adverb_after_auxiliary(k))) --k;
  return k;
}

// An auxiliary ("have", "was", "did") followed by another verb is not the main verb.
bool auxiliary_before_verb(const Sentence& s, int i) {
  if (!is_auxiliary(s.words[i])) return false;
  for (int k = i + 1; k < s.size() && k < i + 4; ++k) {
    std::string_view f = s.folded(k);
    bool participle_like = f.size() > 4 && f.ends_with("ed") && s.words[k].phrase == kNone;
    if (s.words[k].verb_match > 0 || participle_like || f == "been" || f == "being") return true;
    if (!is_adverb(s.words[k]) && !is_floating_quantifier(s, k) && !is_auxiliary(s.words[k])) return false;
  }
  return false;
}

bool is_auxiliary(const Word& w) {
  return (w.classes & (kBe | kHave | kDo | kGet | kModalPossible | kModalRecommend |
                       kModalFuture | kNegator)) != 0;
}

// A word that is also a noun the dictionaries know ("exercises", "talks", "supplies").
bool known_noun(const Word& w) {
  return w.noun_match > 0 || w.noun_classes != nullptr;
}

// "North Korean", "Russian", "Japanese": a phrase ending in a demonym modifies
// the noun after it ("North Korean shells"); the tagger's lexicon knows demonyms
// as adjectives (a suffix guess without it).
bool adjectival_phrase(const Sentence& s, const lexicon::CompiledLexicon& lex, const ActorPhrase& phrase) {
  const Token& token = s.tokens[phrase.end - 1];
  if (lex.pos_model) return lex.pos_model->may_be(s.text.substr(token.span.begin, token.span.size()), text::PosTag::kJJ);
  std::string_view last = s.folded(phrase.end - 1);
  return last.ends_with("an") || last.ends_with("ese") || last.ends_with("ish") ||
         last.ends_with("ian") || (last.size() > 4 && last.ends_with("i"));
}

// A lower-case open-class word outside actor phrases and verbs.
bool plain_word(const Word& w) {
  return w.token->kind == TokenKind::kWord && w.classes == 0 && !is_cue(w, Cue::kParticle) &&
         w.phrase == kNone && w.verb_match == 0 && !w.token->capitalised;
}

// Whether the dictionary verb at `i` is used as a verb here.
// "Let NATO jets protect", "help Kyiv rebuild": a base form the model tags as
// a verb, after a causative verb and its object.
bool bare_infinitive(const Sentence& s, int i) {
  if (s.words[i].pos != text::PosTag::kVB) return false;
  for (int k = i - 1; k >= 0 && k >= i - 6; --k) {
    const Word& w = s.words[k];
    if (is_cue(w, Cue::kCausative)) return k < i - 1;
    if (w.verb_group != kNone || w.token->kind == TokenKind::kPunct || has(w.classes, kSubordinator)) return false;
  }
  return false;
}

// "should freeze funds for Serbia, summon the ambassador": a base form after
// a comma, a semicolon or "and" in a list of verbs under a modal.
bool continues_modal_list(const Sentence& s, int i) {
  std::string_view before = s.folded(i - 1);
  if (before != "," && before != ";" && before != "and" && before != "or") return false;
  if (s.verbs.empty() || s.verbs.back().modal == 0 || s.verbs.back().modal == kModalPossible) return false;
  for (int k = s.verbs.back().end; k < i - 1; ++k)
    if (has(s.words[k].classes, kSubordinator) || s.folded(k) == ":") return false;
  return true;
}

bool used_as_verb(const Sentence& s, const lexicon::CompiledLexicon& lex, int i) {
  const Word& w = s.words[i];
  if (i == s.imperative_begin && (w.verb_flags & kBase)) return true;  // "Deepen coordination with Manila"
  if ((w.verb_flags & kBase) && bare_infinitive(s, i)) return true;
  if ((w.verb_flags & kBase) && continues_modal_list(s, i)) return true;
  int prev = previous_non_adverb(s, i);
  std::string_view next = s.folded(i + w.verb_match);
  const Word* p = prev >= 0 ? &s.words[prev] : nullptr;
  // "Estonia, Latvia and Lithuania each summoned ...": a floating quantifier
  // after the subject, before a verb in the past.
  bool floating = p && (p->folded() == "each" || p->folded() == "both" || p->folded() == "all") && prev > 0 &&
                  s.words[prev - 1].phrase != kNone && (w.verb_flags & kPast);
  if (floating) return true;
  // "handed the soldiers back to Russia": "back" before "to" is a particle (to back is transitive).
  if (w.folded() == "back" && next == "to" && p && !is_auxiliary(*p)) return false;
  if (p && has(p->classes, kDeterminer) && !is_auxiliary(*p)) return false;  // "the supply", "its visit"
  // "2 wounded soldiers", "ten suspected Russian spies"
  if (p && (p->token->kind == TokenKind::kNumber || p->pos == text::PosTag::kCD || is_number_word(*p)))
    return false;
  if (p && is_auxiliary(*p)) return true;
  if (p && p->folded() == "to") return (w.verb_flags & kBase) != 0;
  bool finite_ambiguous = (w.verb_flags & (kPast | kParticiple | kGerund)) == 0;
  if ((w.verb_flags & kGerund) && !finite_ambiguous && p && plain_word(*p) && i + w.verb_match < s.size() &&
      plain_word(s.words[i + w.verb_match]))
    return false;  // "missile warning data": a noun between nouns
  // "a European-drafted resolution", "Moscow-backed forces": a participle joined
  // to the word before it by a hyphen is a compound adjective.
  if (i > 1 && s.folded(i - 1) == "-" && (w.verb_flags & kParticiple) &&
      s.tokens[i - 1].span.begin == s.tokens[i - 2].span.end && s.tokens[i].span.begin == s.tokens[i - 1].span.end)
    return false;
  // "missile-warning data", "early-warning radar": the second part of a compound modifier.
  if (i > 0 && s.folded(i - 1) == "-" && i + w.verb_match < s.size() && plain_word(s.words[i + w.verb_match]))
    return false;
  // "a Putin-Zelensky meeting": an event noun the model tags as a noun.
  if ((w.verb_flags & kGerund) && w.noun_match > 0 && text::is_noun(w.pos) && p &&
      (p->phrase != kNone || has(p->classes, kDeterminer)))
    return false;
  if ((w.verb_flags & kGerund) && !finite_ambiguous) {
    // "sharing warning data": a gerund right after another verb is a modifier,
    // unless that verb takes a gerund ("keep sending").
    // (Verbs that take a gerund are cue words, data/cues.txt "takes-gerund".)
    if (p && p->verb_group != kNone &&
        !phrase_is_cue(s, lex.verb_lemmas[s.verbs[p->verb_group].lemma], Cue::kTakesGerund))
      return false;
    return next != "of";
  }
  if (w.verb_flags & (kPast | kParticiple)) return true;
  if (next == "of") return false;  // "supplies of", "visits of"
  // Base or -s form: a verb only after its subject; after an uncoded phrase
  // ("military exercises") or "and" a known noun stays a noun.
  if (!p) return false;
  if (has(p->classes, kPronoun) || has(p->classes, kRelative) || p->folded() == "that") return true;
  if (p->phrase != kNone && s.phrases[p->phrase].coded) {
    // "dismisses EU sanctions": an actor adjective in an object is no subject.
    int before = s.phrases[p->phrase].begin - 1;
    while (before >= 0 && has(s.words[before].classes, kDeterminer)) --before;
    bool object_position = before >= 0 && (s.words[before].verb_group != kNone ||
                                           has(s.words[before].classes, kPreposition));
    // "struck Hezbollah targets": in an object, a word the model tags as a noun is one.
    if (object_position && text::is_noun(w.pos)) return false;
    // "American pressure": after a demonym, a word the model tags as a noun is one.
    bool adjectival = adjectival_phrase(s, lex, s.phrases[p->phrase]);
    if (adjectival && text::is_noun(w.pos)) return false;
    return !((object_position || adjectival) && known_noun(w));
  }
  if (p->phrase != kNone || p->folded() == "and") return !known_noun(w) && !text::is_noun(w.pos);  // "artillery fire"
  return false;
}

// Whether an actor follows the "by" at `by`: "signed by Putin", "by the
// Security Council" (not "by phone", "by 2027").
bool agent_after_by(const Sentence& s, int by) {
  int k = by + 1;
  while (k < s.size() && has(s.words[k].classes, kDeterminer)) ++k;
  return k < s.size() && (s.words[k].phrase != kNone || s.words[k].token->capitalised);
}

VerbGroup make_group(const Sentence& s, int i) {
  const Word& w = s.words[i];
  VerbGroup g;
  g.verb = i;
  g.end = i + w.verb_match;
  g.lemma = w.verb_lemma;
  g.flags = w.verb_flags;
  g.begin = i;
  bool nearest_aux_seen = false;
  bool only_adverbs = true;  // nothing but adverbs between k and the verb so far
  bool be_nearest = false, have_before_be = false;
  for (int k = i - 1; k >= 0; --k) {
    const Word& a = s.words[k];
    if (a.folded() == "to" && only_adverbs) {
      g.infinitive = true;
      g.begin = k;
      break;  // what stands before "to" belongs to the verb that governs it
    }
    if (!is_auxiliary(a) && !is_adverb(a) && !is_floating_quantifier(s, k)) break;
    if (is_auxiliary(a)) only_adverbs = false;
    g.begin = k;
    // "has not only shipped shells but also ...": no negation.
    if (has(a.classes, kNegator) && s.folded(k + 1) != "only") g.negated = true;
    if ((has(a.classes, kBe) || has(a.classes, kGet)) && !nearest_aux_seen) be_nearest = true;
    if (has(a.classes, kHave) && !nearest_aux_seen) have_before_be = true;
    if (is_auxiliary(a) && !has(a.classes, kNegator)) nearest_aux_seen = true;
    for (WordClass m : {kModalPossible, kModalRecommend, kModalFuture})
      if (has(a.classes, m)) g.modal = m;  // the leftmost modal wins
  }
  // "-ing" after a form of "be" is progressive ("was expanding"), a finite verb.
  g.gerund = (w.verb_flags & kGerund) && !(w.verb_flags & (kBase | kThird | kPast)) && !be_nearest;
  bool participle = (w.verb_flags & kParticiple) != 0;
  g.passive = participle && be_nearest && !have_before_be;
  // "have been killed and wounded": a participle coordinated with a passive.
  if (participle && !nearest_aux_seen && g.begin > 0 && s.folded(g.begin - 1) == "and" &&
      !s.verbs.empty() && s.verbs.back().passive && s.verbs.back().end == g.begin - 1)
    g.passive = true;
  // Reduced passive: "the treaty signed by Putin" (not "spoke by phone").
  if (participle && !nearest_aux_seen && s.folded(g.end) == "by" && agent_after_by(s, g.end)) g.passive = true;
  return g;
}

}  // namespace

void find_verb_groups(Sentence& s, const lexicon::CompiledLexicon& lex) {
  s.verbs.clear();
  for (int i = 0; i < s.size(); ++i) {
    const Word& w = s.words[i];
    if (w.verb_match == 0 || w.phrase != kNone || auxiliary_before_verb(s, i) ||
        !used_as_verb(s, lex, i))
      continue;
    VerbGroup group = make_group(s, i);
    int index = static_cast<int>(s.verbs.size());
    for (int k = i; k < group.end; ++k) s.words[k].verb_group = index;
    s.verbs.push_back(group);
    i = group.end - 1;
  }
}

}  // namespace dyad::coder
