#include "inflection.h"

#include <fstream>
#include <sstream>

#include "compiled_lexicon.h"

namespace dyad::lexicon {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool ends_with(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Consonant-vowel-consonant ending whose last consonant may double ("plan" -> "planned").
bool may_double(const std::string& w) {
  if (w.size() < 3) return false;
  char last = w.back();
  return !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' && is_vowel(w[w.size() - 2]) &&
         !is_vowel(w[w.size() - 3]);
}

std::string third_person(const std::string& w) {
  if (ends_with(w, "s") || ends_with(w, "x") || ends_with(w, "z") || ends_with(w, "ch") ||
      ends_with(w, "sh") || ends_with(w, "o"))
    return w + "es";
  if (w.size() > 1 && w.back() == 'y' && !is_vowel(w[w.size() - 2])) return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

}  // namespace

Status Inflector::load_wordnet(const std::string& wordnet_dir) {
  std::ifstream in(wordnet_dir + "/verb.exc");
  if (!in) return Status::Error("cannot read " + wordnet_dir + "/verb.exc");
  std::string line;
  while (std::getline(in, line)) {
    std::istringstream words(line);
    std::string form, lemma;
    if (words >> form >> lemma) irregular_[lemma].push_back(form);
  }
  std::ifstream index(wordnet_dir + "/index.verb");
  while (std::getline(index, line)) {
    if (line.empty() || line[0] == ' ') continue;  // the licence header is indented
    std::string lemma = line.substr(0, line.find(' '));
    if (lemma.find('_') == std::string::npos) base_verbs_.insert(lemma);
  }
  return Status::Ok();
}

std::vector<std::pair<std::string, uint8_t>> Inflector::verb_forms(const std::string& w) const {
  std::vector<std::pair<std::string, uint8_t>> forms;
  forms.emplace_back(w, kBase);
  forms.emplace_back(third_person(w), kThird);
  // -ing
  if (ends_with(w, "ie")) forms.emplace_back(w.substr(0, w.size() - 2) + "ying", kGerund);
  else if (ends_with(w, "e") && !ends_with(w, "ee") && !ends_with(w, "ye") && !ends_with(w, "oe"))
    forms.emplace_back(w.substr(0, w.size() - 1) + "ing", kGerund);
  else forms.emplace_back(w + "ing", kGerund);
  if (may_double(w)) forms.emplace_back(w + w.back() + "ing", kGerund);

  auto irregular = irregular_.find(w);
  if (irregular != irregular_.end()) {
    for (const std::string& form : irregular->second)
      if (!ends_with(form, "ing") && !ends_with(form, "s")) forms.emplace_back(form, kPast | kParticiple);
    return forms;
  }
  uint8_t past = kPast | kParticiple;
  if (ends_with(w, "e")) forms.emplace_back(w + "d", past);
  else if (w.size() > 1 && w.back() == 'y' && !is_vowel(w[w.size() - 2]))
    forms.emplace_back(w.substr(0, w.size() - 1) + "ied", past);
  else forms.emplace_back(w + "ed", past);
  if (may_double(w)) forms.emplace_back(w + w.back() + "ed", past);
  return forms;
}

std::vector<std::string> Inflector::noun_forms(const std::string& noun) {
  if (ends_with(noun, "s")) return {noun};
  return {noun, third_person(noun)};
}

}  // namespace dyad::lexicon
