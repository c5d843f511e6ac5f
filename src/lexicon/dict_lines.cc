#include "dict_lines.h"

#include <fstream>

namespace dyad::lexicon {

std::string trim_copy(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  size_t end = text.find_last_not_of(" \t\r");
  return text.substr(begin, end - begin + 1);
}

std::vector<std::string> split_list(const std::string& text, char separator) {
  // A find loop, not an istringstream: the actor files call this for every
  // entry, and a stream per line was a visible part of the dictionary load.
  std::vector<std::string> parts;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find(separator, begin);
    if (end == std::string::npos) end = text.size();
    size_t first = text.find_first_not_of(" \t\r", begin);
    if (first != std::string::npos && first < end) {
      size_t last = text.find_last_not_of(" \t\r", end - 1);
      parts.emplace_back(text, first, last - first + 1);
    }
    begin = end + 1;
  }
  return parts;
}

Result<std::vector<DictLine>> read_dict_lines(const std::string& path, char comment) {
  std::ifstream in(path);
  if (!in) return Status::Error("cannot read " + path);
  std::vector<DictLine> lines;
  std::string raw;
  int number = 0;
  while (std::getline(in, raw)) {
    ++number;
    size_t hash = raw.find(comment);
    if (hash != std::string::npos) raw.erase(hash);
    std::string text = trim_copy(raw);
    if (text.empty()) continue;
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    lines.push_back(DictLine{number, indented, std::move(text)});
  }
  return lines;
}

}  // namespace dyad::lexicon
