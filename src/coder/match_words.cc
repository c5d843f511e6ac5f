// One pass of the compiled trie over the sentence's tokens.
#include "analysis.h"
#include "cue_words.h"

namespace dyad::coder {
namespace {

bool payload_fits(const lexicon::PhrasePayload& payload, const Token& first,
                  std::string_view previous) {
  if (payload.after_the && previous != "the") return false;
  if (payload.acronym) return first.all_caps;
  if (payload.proper_name) return first.capitalised || first.all_caps;
  return true;
}

}  // namespace

void match_words(Sentence& s, const lexicon::CompiledLexicon& lex) {
  s.words.clear();
  s.words.reserve(s.tokens.size());
  s.cue_table = &lex.cues;
  s.verb_lemmas = &lex.verb_lemmas;
  for (const Token& token : s.tokens) {
    lexicon::CueBits bits = lex.cues.lookup(token.folded);
    s.words.push_back(Word{&token, lex.trie.token_id(token.folded), bits.grammar, bits.cues});
    s.words.back().noun_classes = lex.classes_of(token.folded);
  }
  const uint32_t hyphen = lex.trie.token_id("-");
  std::vector<uint32_t> ids;
  ids.reserve(s.words.size());
  for (const Word& w : s.words) ids.push_back(w.id);

  for (int i = 0; i < s.size(); ++i) {
    Word& word = s.words[i];
    if (word.id == lexicon::TokenTrie::kNoToken) continue;
    lex.trie.match(ids, i, hyphen, [&](const lexicon::PhraseMatch& m) {
      const lexicon::PhrasePayload& p = *m.payload;
      int length = static_cast<int>(m.length);
      if (!payload_fits(p, *word.token, s.folded(i - 1))) return;
      // "the South Ossetian capital", "the North Atlantic": "the South" is the
      // state only when no other name goes on after it.
      if (p.after_the && i + length < s.size() && s.tokens[i + length].capitalised) return;
      switch (p.kind) {
        case lexicon::PhraseKind::kActor:
          if (length > word.actor_match) word.actor_match = length, word.actor_index = p.index;
          break;
        case lexicon::PhraseKind::kAgent:
          if (length > word.agent_match) word.agent_match = length, word.agent_index = p.index;
          break;
        case lexicon::PhraseKind::kVerb:
          if (length > word.verb_match) {
            word.verb_match = length;
            word.verb_lemma = lex.verb_forms[p.index].lemma;
            word.verb_flags = lex.verb_forms[p.index].flags;
          } else if (length == word.verb_match && lex.verb_forms[p.index].lemma == word.verb_lemma) {
            word.verb_flags |= lex.verb_forms[p.index].flags;
          }
          break;
        case lexicon::PhraseKind::kNoun:
          if (length > word.noun_match) word.noun_match = length, word.noun_index = p.index;
          break;
      }
    });
  }
  // "the South China Sea", "the Sea of Japan": a name inside the name of a
  // sea is a place, not an actor.
  for (int i = 0; i < s.size(); ++i) {
    Word& w = s.words[i];
    if (w.actor_match == 0) continue;
    int after = i + w.actor_match;
    bool sea_after = after < s.size() && s.tokens[after].capitalised && s.folded(after) == "sea";
    bool sea_before = i >= 2 && s.folded(i - 1) == "of" && s.tokens[i - 2].capitalised && s.folded(i - 2) == "sea";
    if (sea_after || sea_before) w.actor_match = 0;
  }
  // Inside a name of several words ("Theresa May") no word is an auxiliary or
  // a modal: "May" there says nothing about the event's modality.
  constexpr uint32_t kAuxiliary = kBe | kHave | kDo | kGet | kModalPossible | kModalRecommend | kModalFuture;
  for (int i = 0; i < s.size(); ++i)
    for (int k = 1; k < s.words[i].actor_match && i + k < s.size(); ++k) s.words[i + k].classes &= ~kAuxiliary;
  // "the May clashes", "on May 10": a capitalised "May" inside a sentence, or
  // before a number, is the month.
  for (int i = 0; i < s.size(); ++i) {
    const Token& t = *s.words[i].token;
    bool month = t.capitalised && t.folded == "may" &&
                 (i > 0 || (i + 1 < s.size() && s.tokens[i + 1].kind == TokenKind::kNumber));
    if (month) s.words[i].classes &= ~kModalPossible;
  }
}

void tag_words(Sentence& s, const lexicon::CompiledLexicon& lex) {
  if (!lex.pos_model) return;
  std::vector<std::string_view> surface;
  surface.reserve(s.tokens.size());
  for (const Token& token : s.tokens) surface.push_back(s.text.substr(token.span.begin, token.span.size()));
  // Names the dictionaries know are proper nouns: "US strikes in Iraq" (not the pronoun "us").
  std::vector<text::PosTag> fixed(s.tokens.size(), text::PosTag::kCount);
  for (int i = 0; i < s.size(); ++i)
    if (s.words[i].actor_match > 0 && s.tokens[i].capitalised)
      for (int k = i; k < i + s.words[i].actor_match && k < s.size(); ++k)
        if (s.tokens[k].kind == TokenKind::kWord) fixed[k] = text::PosTag::kNNP;
  std::vector<text::PosTag> tags = lex.pos_model->tag(surface, fixed);
  for (size_t i = 0; i < tags.size(); ++i) s.words[i].pos = tags[i];
  for (int i = 0; i < s.size(); ++i) {
    Word& w = s.words[i];
    // "a statement carried by KCNA": a participle, not a clause of its own;
    // "ten suspected spies": an adjective after a number or a determiner.
    bool participle_by = s.folded(i + 1) == "by";
    bool after_number = i > 0 && (s.tokens[i - 1].kind == TokenKind::kNumber || s.words[i - 1].pos == text::PosTag::kCD ||
                                  is_number_word(s.words[i - 1]) || has(s.words[i - 1].classes, kDeterminer));
    w.clause_verb = text::is_finite_verb(w.pos) && w.verb_match == 0 && w.phrase == kNone && w.classes == 0 &&
                    w.token->kind == TokenKind::kWord && !participle_by && !after_number;
  }
}

}  // namespace dyad::coder
