#include "dict_lines.h"

#include <fstream>
#include <sstream>

namespace dyad::lexicon {

std::string trim_copy(const std::string& text) {
  size_t begin = text.find_first_not_of(" \t\r");
  if (begin == std::string::npos) return "";
  size_t end = text.find_last_not_of(" \t\r");
  return text.substr(begin, end - begin + 1);
}

std::vector<std::string> split_list(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::istringstream in(text);
  std::string part;
  while (std::getline(in, part, separator)) {
    part = trim_copy(part);
    if (!part.empty()) parts.push_back(part);
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
