#include "lexicon_builder.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "dyad/text.h"

namespace dyad::lexicon {
namespace {

std::string join(const std::vector<std::string>& tokens) {
  std::string out;
  for (const auto& t : tokens) out += (out.empty() ? "" : " ") + t;
  return out;
}

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, sep))
    if (!part.empty()) parts.push_back(part);
  return parts;
}

bool is_acronym_name(const std::string& name) {
  size_t letters = 0;
  for (char c : name) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
    if (c == ' ' || c == '.') return false;
  }
  return letters >= 2 && letters <= 5;
}

bool starts_with_the(const std::string& name) {
  return name.rfind("the ", 0) == 0 || name.rfind("The ", 0) == 0;
}

// "the North" is stored as "North", matched only after "the".
PhrasePayload name_payload(PhraseKind kind, uint32_t index, const std::string& name) {
  std::string bare = starts_with_the(name) ? name.substr(4) : name;
  bool proper = !bare.empty() && std::isupper(static_cast<unsigned char>(bare[0]));
  return PhrasePayload{kind, index, proper, is_acronym_name(bare), starts_with_the(name)};
}

std::vector<std::string> name_tokens(const std::string& name) {
  return LexiconBuilder::phrase_tokens(starts_with_the(name) ? name.substr(4) : name);
}

}  // namespace

LexiconBuilder::LexiconBuilder() : lexicon_(std::make_unique<CompiledLexicon>()) {}

std::vector<std::string> LexiconBuilder::phrase_tokens(const std::string& phrase) {
  std::string spaced = phrase;
  std::replace(spaced.begin(), spaced.end(), '_', ' ');
  std::vector<std::string> tokens;
  for (const Token& token : tokenize(spaced, Span{0, static_cast<uint32_t>(spaced.size())}))
    if (token.folded != "-") tokens.push_back(token.folded);
  return tokens;
}

void LexiconBuilder::issue(const SourceLine& where, std::string message, bool fatal) {
  issues_.push_back(LexiconIssue{where.file, where.line, std::move(message), fatal});
}

bool LexiconBuilder::known_code(const std::string& code) const {
  return code == "---" || lexicon_->codebook.find(code) != nullptr;
}

bool LexiconBuilder::code_ok(const std::string& code, const SourceLine& where) {
  if (known_code(code)) return true;
  bool plausible = code.size() >= 2 && code.size() <= 4;
  if (allow_unknown_codes_ && plausible) return true;
  issue(where, "unknown CAMEO code " + code);
  return false;
}

uint32_t LexiconBuilder::add_actor(ActorEntry entry, const std::vector<std::string>& names,
                                   std::vector<std::vector<std::string>>* tokens_out) {
  auto index = static_cast<uint32_t>(lexicon_->actors.size());
  if (entry.name.empty() && !names.empty()) entry.name = names.front();
  SourceLine where{entry.file, entry.line};
  const std::string code = entry.code.code;
  lexicon_->actors.push_back(std::move(entry));
  std::vector<std::vector<std::string>> local;
  std::vector<std::vector<std::string>>& all = tokens_out ? *tokens_out : local;
  all.clear();
  all.reserve(names.size());  // no reallocation: `tokens` below stays valid
  for (const std::string& name : names) {
    all.push_back(name_tokens(name));
    const std::vector<std::string>& tokens = all.back();
    if (tokens.empty()) continue;
    std::string key = (starts_with_the(name) ? "the " : "") + join(tokens) +
                      (is_acronym_name(name) ? "#A" : "");
    auto [it, inserted] = actor_by_name_.emplace(key, index);
    if (!inserted) {
      const ActorEntry& other = lexicon_->actors[it->second];
      if (other.code.code != code)
        issue(where, "name \"" + name + "\" is also " + other.code.code + " (" + other.file + ":" +
                         std::to_string(other.line) + "); the first entry wins");
      else
        issue(where, "duplicate name \"" + name + "\"");
      continue;
    }
    lexicon_->trie.add(tokens, name_payload(PhraseKind::kActor, index, name));
  }
  return index;
}

void LexiconBuilder::add_fallback_names(uint32_t actor, const std::vector<std::string>& names) {
  for (const std::string& name : names) {
    std::vector<std::string> tokens = name_tokens(name);
    if (tokens.empty()) continue;
    std::string key = (starts_with_the(name) ? "the " : "") + join(tokens) +
                      (is_acronym_name(name) ? "#A" : "");
    if (!actor_by_name_.emplace(key, actor).second) continue;
    lexicon_->trie.add(tokens, name_payload(PhraseKind::kActor, actor, name));
  }
}

void LexiconBuilder::add_agent(const std::string& role, const std::string& noun, bool make_plural,
                               const SourceLine& where) {
  std::vector<std::string> tokens = phrase_tokens(noun);
  if (tokens.empty()) return;
  std::string key = join(tokens);
  auto [it, inserted] = agent_by_noun_.emplace(key, role);
  if (!inserted) {
    // A plural written out that was already made from its singular is no duplicate.
    if (it->second == role && generated_plurals_.count(key)) return;
    if (it->second != role)
      issue(where, "agent \"" + noun + "\" is already " + it->second + "; the first entry wins");
    else
      issue(where, "duplicate agent \"" + noun + "\"");
    return;
  }
  auto index = static_cast<uint32_t>(lexicon_->agents.size());
  lexicon_->agents.push_back(AgentEntry{role, noun});
  PhrasePayload payload{PhraseKind::kAgent, index, false, false};
  lexicon_->trie.add(tokens, payload);
  if (make_plural) {
    for (const std::string& form : Inflector::noun_forms(tokens.back())) {
      std::vector<std::string> plural = tokens;
      plural.back() = form;
      if (agent_by_noun_.emplace(join(plural), role).second) {
        generated_plurals_.insert(join(plural));
        lexicon_->trie.add(plural, payload);
      }
    }
  }
}

void LexiconBuilder::add_word_class(const std::string& name, const std::vector<std::string>& words) {
  auto [it, inserted] = class_ids_.emplace(name, static_cast<uint32_t>(lexicon_->class_names.size()));
  if (inserted) lexicon_->class_names.push_back(name);
  for (const std::string& word : words) {
    std::vector<std::string> tokens = phrase_tokens(word);
    if (tokens.empty()) continue;
    for (const std::string& form : Inflector::noun_forms(tokens.back())) {
      auto& classes = lexicon_->word_classes[form];
      if (std::find(classes.begin(), classes.end(), it->second) == classes.end())
        classes.push_back(it->second);
    }
  }
}

namespace {

// "criticise" <-> "criticize": British and American spellings of one verb.
std::string other_spelling(const std::string& word) {
  if (word.size() > 4 && word.ends_with("ize")) return word.substr(0, word.size() - 3) + "ise";
  if (word.size() > 4 && word.ends_with("ise") && !word.ends_with("wise") && !word.ends_with("rise") &&
      !word.ends_with("vise") && !word.ends_with("cise") && !word.ends_with("mise") && !word.ends_with("guise"))
    return word.substr(0, word.size() - 3) + "ize";
  return "";
}

}  // namespace

uint32_t LexiconBuilder::add_verb_lemma(const std::string& lemma_text) {
  std::vector<std::string> words = phrase_tokens(lemma_text);
  std::string lemma = join(words);
  auto [it, inserted] = lexicon_->lemma_ids.emplace(lemma, static_cast<uint32_t>(lexicon_->verb_lemmas.size()));
  if (!inserted) return it->second;
  uint32_t id = it->second;
  lexicon_->verb_lemmas.push_back(lemma);
  lexicon_->patterns_by_lemma.emplace_back();
  if (words.empty()) return id;
  // The first word inflects; particles ("carry out") follow unchanged.
  std::vector<std::string> spellings = {words.front()};
  if (std::string other = other_spelling(words.front()); !other.empty()) spellings.push_back(other);
  for (const std::string& spelling : spellings) {
    for (auto& [form, flags] : inflector_.verb_forms(spelling)) {
      std::vector<std::string> tokens = words;
      tokens.front() = form;
      auto form_index = static_cast<uint32_t>(lexicon_->verb_forms.size());
      lexicon_->verb_forms.push_back(VerbForm{id, flags});
      lexicon_->trie.add(tokens, PhrasePayload{PhraseKind::kVerb, form_index, false, false});
    }
  }
  return id;
}

std::vector<PatternElement> LexiconBuilder::parse_elements(const std::string& text,
                                                           const SourceLine& where) {
  std::vector<PatternElement> elements;
  std::istringstream in(text);
  std::string word;
  while (in >> word) {
    PatternElement element{PatternElement::Kind::kWords, {}, 0};
    if (word == "+") {
      element.kind = PatternElement::Kind::kTarget;
    } else if (word[0] == '&') {
      auto it = class_ids_.find(word.substr(1));
      if (it == class_ids_.end()) {
        issue(where, "unknown word class " + word);
        continue;
      }
      element.kind = PatternElement::Kind::kClass;
      element.class_id = it->second;
    } else if (word == "*") {
      continue;  // the verb itself, written PETRARCH-style
    } else {
      for (const std::string& alternative : split(word, '|')) {
        std::vector<std::string> tokens = phrase_tokens(alternative);
        if (!tokens.empty()) element.words.push_back(join(tokens));
      }
      if (element.words.empty()) continue;
    }
    elements.push_back(std::move(element));
  }
  return elements;
}

void LexiconBuilder::add_verb_pattern(const std::string& code, const std::string& rev_code,
                                      const std::string& lemma, const std::string& elements_text,
                                      const SourceLine& where) {
  if (!code_ok(code, where) || (!rev_code.empty() && !code_ok(rev_code, where))) return;
  uint32_t id = add_verb_lemma(lemma);
  VerbPattern pattern{code, rev_code, parse_elements(elements_text, where),
                      lemma + (elements_text.empty() ? "" : " " + elements_text), where.file,
                      where.line};
  auto& patterns = lexicon_->patterns_by_lemma[id];
  for (const VerbPattern& existing : patterns)
    if (existing.text == pattern.text) {
      if (existing.code != code)
        issue(where, "pattern \"" + pattern.text + "\" conflicts with " + existing.file + ":" +
                         std::to_string(existing.line) + " (" + existing.code + ")");
      else
        issue(where, "duplicate pattern \"" + pattern.text + "\"");
      return;
    }
  patterns.push_back(std::move(pattern));
}

void LexiconBuilder::add_noun(EventNoun noun, const SourceLine& where) {
  if (!code_ok(noun.code, where) || (!noun.rev_code.empty() && !code_ok(noun.rev_code, where))) return;
  std::vector<std::string> tokens = phrase_tokens(noun.noun);
  if (tokens.empty()) return;
  for (std::string& prep : noun.target_preps) prep = join(phrase_tokens(prep));
  auto index = static_cast<uint32_t>(lexicon_->nouns.size());
  lexicon_->nouns.push_back(std::move(noun));
  PhrasePayload payload{PhraseKind::kNoun, index, false, false};
  for (const std::string& form : Inflector::noun_forms(tokens.back())) {
    std::vector<std::string> phrase = tokens;
    phrase.back() = form;
    lexicon_->trie.add(phrase, payload);
  }
}

std::unique_ptr<CompiledLexicon> LexiconBuilder::finish() {
  lexicon_->wordnet_verbs = inflector_.base_verbs();
  lexicon_->unknown_verb_lemma = static_cast<uint32_t>(lexicon_->verb_lemmas.size());
  lexicon_->verb_lemmas.push_back("");
  lexicon_->patterns_by_lemma.emplace_back();
  for (auto& patterns : lexicon_->patterns_by_lemma)
    std::stable_sort(patterns.begin(), patterns.end(), [](const VerbPattern& a, const VerbPattern& b) {
      return a.elements.size() > b.elements.size();
    });
  return std::move(lexicon_);
}

const ActorCode& ActorEntry::resolve(std::string_view date) const {
  if (!date.empty())
    for (const DatedCode& d : dated)
      if ((d.from.empty() || d.from <= date) && (d.to.empty() || date <= d.to)) return d.code;
  return code;
}

}  // namespace dyad::lexicon
