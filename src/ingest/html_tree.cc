#include "html_tree.h"

#include <cctype>

namespace dyad::html {

const char* attribute(const GumboNode* node, const char* name) {
  if (node->type != GUMBO_NODE_ELEMENT) return nullptr;
  const GumboAttribute* attr = gumbo_get_attribute(&node->v.element.attributes, name);
  return attr ? attr->value : nullptr;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void append_space_collapsed(std::string& out, std::string_view text) {
  for (char c : text) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (space) {
      if (!out.empty() && out.back() != ' ' && out.back() != '\n') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
}

void append_line_break(std::string& out) {
  while (!out.empty() && out.back() == ' ') out.pop_back();
  if (out.empty() || (out.size() >= 2 && out.compare(out.size() - 2, 2, "\n\n") == 0)) return;
  out.push_back('\n');
}

void trim(std::string& s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
  size_t start = s.find_first_not_of(" \n");
  s.erase(0, start == std::string::npos ? s.size() : start);
}

std::string inline_text(const GumboNode* node) {
  std::string out;
  walk_pre_order(node, [&out](const GumboNode* n) {
    if (is_text(n)) append_space_collapsed(out, n->v.text.text);
    return n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_DOCUMENT;
  });
  trim(out);
  return out;
}

}  // namespace dyad::html
