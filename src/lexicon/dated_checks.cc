#include "dated_checks.h"

#include <algorithm>
#include <cctype>

#include "lexicon_builder.h"

namespace dyad::lexicon {
namespace {

std::string range_text(const DatedCode& d) { return d.code.code + " " + d.from + ".." + d.to; }

// Words after a surname that are not the surname: "Marcos Jr.", "Aquino III".
// Punctuation tokens ("." after "Jr") count as suffixes too.
bool is_name_suffix(const std::string& folded) {
  auto letter = [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || (c & 0x80); };
  if (std::none_of(folded.begin(), folded.end(), letter)) return true;
  static const char* const kSuffixes[] = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"};
  return std::any_of(std::begin(kSuffixes), std::end(kSuffixes),
                     [&](const char* s) { return folded == s; });
}

// "Nkosazana Dlamini-Zuma": the last word is joined to the one before it, so
// "Zuma" alone does not name her.
bool double_barrelled(const std::string& name) {
  size_t end = name.find_last_not_of(" \t");
  size_t space = name.find_last_of(" \t", end);
  std::string last = name.substr(space == std::string::npos ? 0 : space + 1);
  return last.find('-') != std::string::npos;
}

bool any_overlap(const ActorEntry& a, const ActorEntry& b) {
  for (const DatedCode& x : a.dated)
    for (const DatedCode& y : b.dated)
      if (ranges_overlap(x, y)) return true;
  return false;
}

}  // namespace

bool ranges_overlap(const DatedCode& a, const DatedCode& b) {
  bool a_starts_before_b_ends = a.from.empty() || b.to.empty() || a.from <= b.to;
  bool b_starts_before_a_ends = b.from.empty() || a.to.empty() || b.from <= a.to;
  return a_starts_before_b_ends && b_starts_before_a_ends;
}

std::vector<DatedIssue> check_dated_entry(const ActorEntry& entry) {
  std::vector<DatedIssue> issues;
  const std::vector<DatedCode>& dated = entry.dated;
  for (size_t i = 0; i < dated.size(); ++i) {
    const DatedCode& d = dated[i];
    int line = d.line ? d.line : entry.line;
    if (!d.from.empty() && !d.to.empty() && d.to < d.from)
      issues.push_back({line, "dated code " + range_text(d) + " ends before it starts"});
    if (d.code.code == entry.code.code)
      issues.push_back({line, "dated code " + range_text(d) + " is the entry's own code " +
                                  entry.code.code + "; drop the line or give the role"});
    if (!d.code.country.empty() && !entry.code.country.empty() && d.code.country != entry.code.country)
      issues.push_back({line, "dated code " + range_text(d) + " is another country than the entry's " +
                                  entry.code.code});
    for (size_t j = 0; j < i; ++j)
      if (ranges_overlap(dated[j], d))
        issues.push_back({line, "dated code " + range_text(d) + " overlaps " + range_text(dated[j]) +
                                    " (line " + std::to_string(dated[j].line) +
                                    "); the first listed wins on the shared days"});
  }
  return issues;
}

void SurnameCheck::add(const ActorEntry& entry, const std::vector<std::string>& names) {
  add(entry, names, {});
}

void SurnameCheck::add(const ActorEntry& entry, const std::vector<std::string>& names,
                       const std::vector<std::vector<std::string>>& name_tokens) {
  if (entry.dated.empty()) return;
  Person person{entry, {}};
  if (person.entry.name.empty() && !names.empty()) person.entry.name = names.front();
  size_t index = people_.size();
  for (size_t i = 0; i < names.size(); ++i) {
    const std::string& name = names[i];
    // The builder's tokens drop a leading "the"; the check reads the whole name.
    bool reuse = i < name_tokens.size() && name.rfind("the ", 0) != 0 && name.rfind("The ", 0) != 0;
    std::vector<std::string> tokens = reuse ? name_tokens[i] : LexiconBuilder::phrase_tokens(name);
    while (tokens.size() > 1 && is_name_suffix(tokens.back())) tokens.pop_back();
    if (tokens.size() == 1) {
      person.surnames.push_back(name);
    } else if (tokens.size() > 1 && !double_barrelled(name)) {
      auto& owners = by_last_word_[tokens.back()];
      if (owners.empty() || owners.back().first != index) owners.emplace_back(index, name);
    }
  }
  people_.push_back(std::move(person));
}

std::vector<LexiconIssue> SurnameCheck::issues() const {
  std::vector<LexiconIssue> issues;
  for (size_t i = 0; i < people_.size(); ++i) {
    const Person& person = people_[i];
    for (const std::string& surname : person.surnames) {
      std::vector<std::string> tokens = LexiconBuilder::phrase_tokens(surname);
      auto found = tokens.empty() ? by_last_word_.end() : by_last_word_.find(tokens.front());
      if (found == by_last_word_.end()) continue;
      for (const auto& [other_index, full_name] : found->second) {
        if (other_index == i) continue;
        const Person& other = people_[other_index];
        if (!any_overlap(person.entry, other.entry)) continue;
        issues.push_back(LexiconIssue{
            person.entry.file, person.entry.line,
            "\"" + surname + "\" (" + person.entry.name + ") is also the surname of " + full_name +
                " (" + other.entry.file + ":" + std::to_string(other.entry.line) +
                "), in office at the same time; write full names",
            false});
      }
    }
  }
  return issues;
}

}  // namespace dyad::lexicon
