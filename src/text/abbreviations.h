// Abbreviations shared by the segmenter and the tokenizer.
#pragma once

#include <string_view>

namespace dyad::text {

// Titles and short forms that a period does not end ("Gen.", "Lt.", "Jan.").
bool is_title_abbreviation(std::string_view word_without_period);

// Abbreviations that may end a sentence ("Inc.", "Jr.", "etc.").
bool is_terminal_abbreviation(std::string_view word_without_period);

// Words that usually open a sentence; after "U.S." or "Inc." they mark a break.
bool is_sentence_opener(std::string_view word);

}  // namespace dyad::text
