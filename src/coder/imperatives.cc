// Imperatives: recommendation headings and list items with no subject
// ("Expand sanctions on Minsk", "Let NATO jets protect Ukraine's skies",
// "For Tokyo: deepen coast guard coordination with Manila").
#include <algorithm>

#include "analysis.h"
#include "cue_words.h"

namespace dyad::coder {
namespace {

// A list marker before the first word of an item: "3.", "(b)", "-", "•".
int skip_list_marker(const Sentence& s, int k) {
  if (k + 1 < s.size() && s.tokens[k].kind == TokenKind::kNumber && (s.folded(k + 1) == "." || s.folded(k + 1) == ")"))
    return k + 2;
  if (k < s.size() && s.tokens[k].kind == TokenKind::kPunct && s.folded(k) != "(" && s.folded(k) != "\"") return k + 1;
  return k;
}

// "For Tokyo:", "To the EU:", "Japan:": the actor an item addresses, and the
// token after the colon.
int addressee_before_colon(const Sentence& s, int k, int& after) {
  if (s.folded(k) == "for" || s.folded(k) == "to") ++k;
  if (s.folded(k) == "the") ++k;
  if (k >= s.size() || s.words[k].phrase == kNone) return kNone;
  const ActorPhrase& phrase = s.phrases[s.words[k].phrase];
  const ActorGroup& group = s.groups[phrase.group];
  if (group.end >= s.size() || s.folded(group.end) != ":" || !phrase.coded) return kNone;
  after = group.end + 1;
  return phrase.group;
}

// Whether the word at k opens an imperative: a base-form verb ("Expand",
// "Deepen", "Let") the model tags as one, or a dictionary verb in its base
// form followed by an actor ("Press Beijing to ...").
bool imperative_verb(const Sentence& s, int k) {
  if (k >= s.size()) return false;
  const Word& w = s.words[k];
  if (w.phrase != kNone || w.token->kind != TokenKind::kWord) return false;
  int next = k + std::max(w.verb_match, 1);
  if (s.folded(next) == "the") ++next;
  bool actor_next = next < s.size() && s.words[next].phrase != kNone;
  // "Let NATO jets protect ...", "Have the African Union mediate ...".
  if (is_cue(w, Cue::kCausative) && actor_next) return true;
  if (w.classes & (kBe | kHave | kDo | kModalPossible | kModalRecommend | kModalFuture)) return false;
  if (w.pos == text::PosTag::kVB) return true;
  bool base_verb = w.verb_match > 0 && (w.verb_flags & lexicon::kBase);
  // "Deepen coordination with Manila", "Press Beijing to ...", but not the
  // noun of a heading ("Support for Ukraine").
  return base_verb && (actor_next || !text::is_noun(w.pos));
}

}  // namespace

void find_imperative(Sentence& s) {
  s.imperative_begin = -1;
  s.addressee = kNone;
  int k = skip_list_marker(s, 0);
  int after = k;
  int addressee = addressee_before_colon(s, k, after);
  if (imperative_verb(s, after)) {
    s.imperative_begin = after;
    s.addressee = addressee;
  }
}

}  // namespace dyad::coder
