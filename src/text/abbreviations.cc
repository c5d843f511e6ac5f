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

template <size_t N>
bool contains(const std::array<std::string_view, N>& sorted, std::string_view word) {
  return std::binary_search(sorted.begin(), sorted.end(), word);
}

}  // namespace

bool is_title_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 46> kTitles = {
      "adm",   "amb",  "apr",  "aug",   "brig",  "capt", "cdr",  "cmdr", "col",  "cpl",
      "dec",   "dept", "dr",   "feb",   "fig",   "gen",  "gov",  "hon",  "jan",  "jul",
      "jun",   "lt",   "maj",  "mar",   "messrs", "mr",  "mrs",  "ms",   "mt",   "no",
      "nos",   "nov",  "oct",  "pres",  "prof",  "pte",  "rep",  "rev",  "sen",  "sep",
      "sept",  "sgt",  "st",   "supt",  "vol",   "vs"};
  return contains(kTitles, lower_ascii(word));
}

bool is_terminal_abbreviation(std::string_view word) {
  static constexpr std::array<std::string_view, 9> kTerminal = {
      "co", "corp", "etc", "inc", "jr", "ltd", "plc", "sr", "approx"};
  std::string lower = lower_ascii(word);
  std::array<std::string_view, 9> sorted = kTerminal;
  std::sort(sorted.begin(), sorted.end());
  return std::binary_search(sorted.begin(), sorted.end(), std::string_view(lower));
}

bool is_sentence_opener(std::string_view word) {
  static constexpr std::array<std::string_view, 40> kOpeners = {
      "a",     "after", "although", "an",    "as",     "at",    "but",    "by",
      "despite", "during", "for", "he",     "her",   "his",   "however", "i",
      "if",    "in",    "it",     "its",   "last",   "meanwhile", "moreover", "on",
      "one",   "our",   "she",    "since", "so",     "that",  "the",    "their",
      "there", "these", "they",   "this",  "those",  "we",    "when",   "while"};
  return contains(kOpeners, lower_ascii(word));
}

}  // namespace dyad::text
