// Reading dictionary files line by line: comments stripped, blank lines
// skipped, indentation kept as a flag.
#pragma once

#include <string>
#include <vector>

#include "dyad/status.h"

namespace dyad::lexicon {

struct DictLine {
  int number = 0;
  bool indented = false;
  std::string text;  // trimmed, comment removed
};

// Lines of a dictionary; `comment` starts a comment ('#' for dyad files).
Result<std::vector<DictLine>> read_dict_lines(const std::string& path, char comment = '#');

std::string trim_copy(const std::string& text);

// "a; b; c" -> {"a", "b", "c"}, trimmed, empty parts dropped.
std::vector<std::string> split_list(const std::string& text, char separator);

}  // namespace dyad::lexicon
