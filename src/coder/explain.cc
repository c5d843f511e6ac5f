// Engine::explain: the analysis of each sentence in a readable form. It runs
// the very path Engine::code runs (sentence_coder.h) and shows, for every
// candidate, the rule that assembled it and the rule that set its modality,
// and what the modality pass dropped and one-event-per-triple merged.
#include <fmt/format.h>

#include "dyad/engine.h"
#include "sentence_coder.h"

namespace dyad {
namespace {

std::string describe_tags(const coder::Sentence& s) {
  std::string out = "  tags:";
  for (int i = 0; i < s.size(); ++i) out += fmt::format(" {}/{}", s.surface(i, i + 1), text::pos_tag_name(s.words[i].pos));
  return out + "\n";
}

std::string describe_phrases(const coder::Sentence& s) {
  std::string out;
  for (size_t g = 0; g < s.groups.size(); ++g) {
    out += fmt::format("  group {}:", g);
    for (int p : s.groups[g].phrases) {
      const coder::ActorPhrase& phrase = s.phrases[p];
      out += fmt::format(" [{}] {}{}{}", s.surface(phrase.begin, phrase.end),
                         phrase.coded ? phrase.code.code : "uncoded",
                         phrase.prep.empty() ? "" : " prep=" + phrase.prep, phrase.possessive ? " 's" : "");
    }
    out += "\n";
  }
  return out;
}

std::string describe_verbs(const coder::Sentence& s, const lexicon::CompiledLexicon& lex) {
  std::string out;
  for (const coder::VerbGroup& v : s.verbs)
    out += fmt::format("  verb [{}] lemma={}{}{}{}{}{}\n", s.surface(v.begin, v.end), lex.verb_lemmas[v.lemma],
                       v.passive ? " passive" : "", v.negated ? " negated" : "",
                       v.infinitive ? " infinitive" : "", v.gerund ? " gerund" : "",
                       v.modal ? fmt::format(" modal={}", v.modal) : "");
  return out;
}

std::string describe_candidate(const coder::Sentence& s, const coder::CandidateEvent& e, const char* what) {
  bool dropped = std::string_view(what) == "dropped";
  return fmt::format("  {} {} -> {} {} {} ({}) rule={} modality-rule={}\n", what, s.phrases[e.source].code.code,
                     s.phrases[e.target].code.code, e.code, dropped ? "not coded" : modality_name(e.modality),
                     s.surface(e.anchor, e.anchor_end), e.site.rule,
                     *e.modality_rule ? e.modality_rule : "(none: asserted)");
}

}  // namespace

std::string Engine::explain(const Document& doc) const {
  const lexicon::CompiledLexicon& lex = lexicon_->compiled();
  std::string out;
  coder::Sentence s;
  s.text = doc.text;
  auto sentences = split_sentences(doc.text);
  for (size_t i = 0; i < sentences.size(); ++i) {
    coder::analyse_sentence(s, lex, sentences[i], doc.date);
    out += fmt::format("[{}] {}\n", i, std::string_view(doc.text).substr(sentences[i].begin, sentences[i].size()));
    out += describe_phrases(s);
    if (!s.codable) {
      out += "  (not analysed further: an event needs two coded actors of different entities)\n";
      continue;
    }
    out += describe_tags(s) + describe_verbs(s, lex);
    std::vector<Event> events;
    coder::SentenceTrace trace;
    coder::code_sentence(s, lex, doc, static_cast<int>(i), sentences[i], events, &trace);
    for (const auto& e : trace.kept) out += describe_candidate(s, e, "event");
    for (const auto& e : trace.merged) out += describe_candidate(s, e, "merged (one per triple)");
    for (const auto& e : trace.dropped) out += describe_candidate(s, e, "dropped");
  }
  return out;
}

}  // namespace dyad
