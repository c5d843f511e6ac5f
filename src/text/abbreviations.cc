#include "abbreviations.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace dyad::text {
namespace {

std::string lower_ascii(std::string_view word) {
  std::string out(word);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Every table is searched with binary_search: keep them sorted, lower-case,
// and without empty entries (an array longer than its list is padded with "").
template <size_t N>
constexpr bool is_table(const std::array<std::string_view, N>& table) {
  if (!std::is_sorted(table.begin(), table.end())) return false;
  if (std::adjacent_find(table.begin(), table.end()) != table.end()) return false;
  for (std::string_view word : table) {
    if (word.empty()) return false;
    for (char c : word)
      if (c < 'a' || c > 'z') return false;
  }
  return true;
}

template <size_t N>
bool contains(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

constexpr std::array<std::string_view, 48> kTitles = {
    "adm",   "amb",  "apr",  "aug",    "brig", "capt", "cdr",  "cmdr", "col",  "cpl",
    "dec",   "dept", "dr",   "feb",    "fig",  "gen",  "gov",  "hon",  "jan",  "jul",
    "jun",   "lt",   "maj",  "mar",    "messrs", "mr", "mrs",  "ms",   "mt",   "no",
    "nos",   "nov",  "oct",  "pfc",    "pres", "prof", "pte",  "pvt",  "rep",  "rev",
    "sen",   "sep",  "sept", "sgt",    "st",   "supt", "vol",  "vs"};
static_assert(is_table(kTitles), "kTitles must be sorted, unique, lower-case and full");

constexpr std::array<std::string_view, 9> kTerminal = {
    "approx", "co", "corp", "etc", "inc", "jr", "ltd", "plc", "sr"};
static_assert(is_table(kTerminal), "kTerminal must be sorted, unique, lower-case and full");

constexpr std::array<std::string_view, 40> kOpeners = {
    "a",     "after", "although", "an",    "as",     "at",    "but",    "by",
    "despite", "during", "for", "he",     "her",   "his",   "however", "i",
    "if",    "in",    "it",     "its",   "last",   "meanwhile", "moreover", "on",
    "one",   "our",   "she",    "since", "so",     "that",  "the",    "their",
    "there", "these", "they",   "this",  "those",  "we",    "when",   "while"};
static_assert(is_table(kOpeners), "kOpeners must be sorted, unique, lower-case and full");

}  // namespace

bool is_title_abbreviation(std::string_view word) { return contains(kTitles, lower_ascii(word)); }

bool is_terminal_abbreviation(std::string_view word) { return contains(kTerminal, lower_ascii(word)); }

bool is_sentence_opener(std::string_view word) { return contains(kOpeners, lower_ascii(word)); }

}  // namespace dyad::text
