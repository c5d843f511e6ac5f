// Engine::explain: the analysis of each sentence in a readable form.
#include <fmt/format.h>

#include "analysis.h"
#include "dyad/engine.h"
#include "event_finder.h"

namespace dyad {
namespace {

std::string describe_sentence(const coder::Sentence& s, const lexicon::CompiledLexicon& lex) {
  std::string out;
  for (size_t g = 0; g < s.groups.size(); ++g) {
    out += fmt::format("  group {}:", g);
    for (int p : s.groups[g].phrases) {
      const coder::ActorPhrase& phrase = s.phrases[p];
      out += fmt::format(" [{}] {}{}{}{}", s.surface(phrase.begin, phrase.end),
                         phrase.coded ? phrase.code.code : "uncoded",
                         phrase.prep.empty() ? "" : " prep=" + phrase.prep,
                         phrase.possessive ? " 's" : "", "");
    }
    out += "\n";
  }
  for (const coder::VerbGroup& v : s.verbs)
    out += fmt::format("  verb [{}] lemma={} flags={}{}{}{}{}{}\n", s.surface(v.begin, v.end),
                       lex.verb_lemmas[v.lemma], v.flags, v.passive ? " passive" : "",
                       v.negated ? " negated" : "", v.infinitive ? " infinitive" : "",
                       v.gerund ? " gerund" : "", v.modal ? fmt::format(" modal={}", v.modal) : "");
  for (const coder::CandidateEvent& e : coder::find_events(s, lex))
    out += fmt::format("  event {} -> {} {} {} ({}){}\n", s.phrases[e.source].code.code,
                       s.phrases[e.target].code.code, e.code, modality_name(e.modality),
                       s.surface(e.anchor, e.anchor_end), e.nominal ? " nominal" : "");
  return out;
}

}  // namespace

std::string Engine::explain(const Document& doc) const {
  const lexicon::CompiledLexicon& lex = lexicon_->compiled();
  std::string out;
  coder::Sentence s;
  s.text = doc.text;
  auto sentences = split_sentences(doc.text);
  for (size_t i = 0; i < sentences.size(); ++i) {
    s.tokens = tokenize(doc.text, sentences[i]);
    coder::match_words(s, lex);
    coder::find_actor_phrases(s, lex, doc.date);
    coder::find_verb_groups(s, lex);
    out += fmt::format("[{}] {}\n", i, std::string_view(doc.text).substr(sentences[i].begin, sentences[i].size()));
    out += describe_sentence(s, lex);
  }
  return out;
}

}  // namespace dyad
