// Reading a gumbo tree: children, attributes, text with white space
// collapsed, and a pre-order walk that needs no recursion. Hostile pages nest
// tens of thousands of elements deep, so nothing here recurses.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>
#include <vector>

namespace dyad::html {

inline const GumboVector* children_of(const GumboNode* node) {
  if (node->type == GUMBO_NODE_ELEMENT) return &node->v.element.children;
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  return nullptr;
}

inline const GumboNode* child_at(const GumboVector* children, unsigned i) {
  return static_cast<const GumboNode*>(children->data[i]);
}

inline bool is_text(const GumboNode* node) {
  return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE;
}

inline bool is_element(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

// The value of an element's attribute, or nullptr.
const char* attribute(const GumboNode* node, const char* name);

std::string lower(std::string_view s);

// Appends text with runs of white space made one space. A '\n' already in
// `out` (from a <br>) stands for the white space around it.
void append_space_collapsed(std::string& out, std::string_view text);

// A <br>: a line break, two or more in a row a paragraph break.
void append_line_break(std::string& out);

// Removes leading and trailing spaces and line breaks.
void trim(std::string& s);

// The text of every text node under `node`, in document order, white space
// collapsed and trimmed.
std::string inline_text(const GumboNode* node);

// Visits `root` and its descendants in document order (pre-order) with an
// explicit stack. `visit(node)` returns false to skip the node's children.
template <typename Visit>
void walk_pre_order(const GumboNode* root, Visit visit) {
  std::vector<const GumboNode*> pending{root};
  while (!pending.empty()) {
    const GumboNode* node = pending.back();
    pending.pop_back();
    if (!visit(node)) continue;
    if (const GumboVector* kids = children_of(node))
      for (unsigned i = kids->length; i-- > 0;) pending.push_back(child_at(kids, i));
  }
}

}  // namespace dyad::html
