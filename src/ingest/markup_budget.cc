#include "markup_budget.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

namespace dyad::html {
namespace {

bool is_void(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_AREA: case GUMBO_TAG_BASE: case GUMBO_TAG_BR: case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED: case GUMBO_TAG_HR: case GUMBO_TAG_IMG: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KEYGEN: case GUMBO_TAG_LINK: case GUMBO_TAG_META: case GUMBO_TAG_PARAM:
    case GUMBO_TAG_SOURCE: case GUMBO_TAG_TRACK: case GUMBO_TAG_WBR: case GUMBO_TAG_BASEFONT:
    case GUMBO_TAG_BGSOUND: case GUMBO_TAG_FRAME: case GUMBO_TAG_IMAGE:
      return true;
    default:
      return false;
  }
}

// Elements whose content is text up to their end tag.
bool holds_raw_text(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_TITLE:
    case GUMBO_TAG_XMP: case GUMBO_TAG_IFRAME: case GUMBO_TAG_NOEMBED: case GUMBO_TAG_NOFRAMES:
      return true;
    default:
      return false;
  }
}

// Elements that close an open <p> (the parser's "close a p element").
bool closes_paragraph(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIR: case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL: case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU: case GUMBO_TAG_NAV: case GUMBO_TAG_OL: case GUMBO_TAG_P:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_UL: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
      return true;
    default:
      return false;
  }
}

// Elements that a start tag of their own kind closes (<li><li>, <td><th>).
// Returns the kind, or GUMBO_TAG_LAST for elements that nest.
GumboTag sibling_kind(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_OPTION: case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_TR: case GUMBO_TAG_HTML: case GUMBO_TAG_HEAD: case GUMBO_TAG_BODY:
      return tag;
    case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return GUMBO_TAG_DD;
    case GUMBO_TAG_TD: case GUMBO_TAG_TH:
      return GUMBO_TAG_TD;
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6:
      return GUMBO_TAG_H1;
    case GUMBO_TAG_RB: case GUMBO_TAG_RT: case GUMBO_TAG_RP: case GUMBO_TAG_RTC:
      return GUMBO_TAG_RB;
    default:
      return GUMBO_TAG_LAST;
  }
}

// Elements a start tag's closing of its sibling does not reach past: the
// parser's scopes (list item, button, table, select), merged.
bool is_scope_boundary(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML: case GUMBO_TAG_TABLE: case GUMBO_TAG_TD: case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_APPLET: case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_MARQUEE: case GUMBO_TAG_BUTTON: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_DL: case GUMBO_TAG_MENU: case GUMBO_TAG_SELECT:
      return true;
    default:
      return false;
  }
}

GumboTag kind_of(GumboTag tag) {
  GumboTag kind = sibling_kind(tag);
  return kind == GUMBO_TAG_LAST ? tag : kind;
}

bool is_name_char(char c) {
  return c != '>' && c != '/' && c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f';
}

// Index just past the '>' that ends a tag whose name ends at `pos`. Quoted
// attribute values may hold '>'; an unclosed quote runs to the end.
size_t end_of_tag(std::string_view html, size_t pos) {
  char last = 0;
  while (pos < html.size()) {
    char c = html[pos++];
    if (c == '>') return pos;
    if ((c == '"' || c == '\'') && last == '=') {
      size_t close = html.find(c, pos);
      if (close == std::string_view::npos) return html.size();
      pos = close + 1;
    }
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') last = c;
  }
  return pos;
}

// Index of the "</name" that ends a raw-text element, or the end.
size_t end_of_raw_text(std::string_view html, size_t pos, std::string_view name) {
  for (size_t at = html.find("</", pos); at != std::string_view::npos; at = html.find("</", at + 2)) {
    std::string_view candidate = html.substr(at + 2, name.size());
    bool same = candidate.size() == name.size() &&
                std::equal(candidate.begin(), candidate.end(), name.begin(), [](char a, char b) {
                  return std::tolower(static_cast<unsigned char>(a)) ==
                         std::tolower(static_cast<unsigned char>(b));
                });
    if (same) return at;
  }
  return html.size();
}

class NestingEstimate {
 public:
  NestingEstimate(size_t max_tags, uint64_t max_work) : max_tags_(max_tags), max_work_(max_work) {}

  // False once a limit is passed.
  bool open(GumboTag tag) {
    ++costs_.tags;
    if (!is_void(tag)) {
      if (closes_paragraph(tag)) close_in_scope(GUMBO_TAG_P);
      if (tag == GUMBO_TAG_A && open_[GUMBO_TAG_A] > 0) remove_nearest(GUMBO_TAG_A);
      GumboTag kind = sibling_kind(tag);
      bool merged = tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_HEAD || tag == GUMBO_TAG_BODY;
      if (merged && open_[kind] > 0) return within_limits();  // a second <body> joins the first
      if (kind == GUMBO_TAG_H1 && !stack_.empty() && stack_.back() == GUMBO_TAG_H1) close(kind);
      else if (kind != GUMBO_TAG_LAST && kind != GUMBO_TAG_H1) close_in_scope(kind);
      stack_.push_back(kind_of(tag));
      ++open_[kind_of(tag)];
      costs_.deepest = std::max(costs_.deepest, stack_.size());
    }
    costs_.nesting_work += stack_.size();
    return within_limits();
  }

  // Closes up to the nearest open element of this kind, if there is one.
  void close(GumboTag tag) {
    GumboTag kind = kind_of(tag);
    if (open_[kind] == 0) return;
    while (!stack_.empty()) {
      GumboTag top = stack_.back();
      stack_.pop_back();
      --open_[top];
      if (top == kind) break;
    }
  }

  const MarkupCosts& costs() const { return costs_; }

 private:
  // Closes the nearest open element of this kind unless a scope boundary
  // (a list, a table cell, ...) stands between it and the top: <li> in a
  // <ul> in an <li> nests. The scan stops at the first of the two, which
  // lies above every element pushed before the last such close or push.
  void close_in_scope(GumboTag kind) {
    if (open_[kind] == 0) return;
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (*it == kind) return close(kind);
      if (is_scope_boundary(*it)) return;
    }
  }

  // <a> inside <a>: the parser's adoption agency closes the outer <a> but
  // keeps (reopens) the formatting elements inside it, so only the <a> goes.
  // The search pays for itself: it passes only elements pushed since.
  void remove_nearest(GumboTag kind) {
    auto it = std::find(stack_.rbegin(), stack_.rend(), kind);
    stack_.erase(std::next(it).base());
    --open_[kind];
  }

  bool within_limits() const { return costs_.tags <= max_tags_ && costs_.nesting_work <= max_work_; }

  size_t max_tags_;
  uint64_t max_work_;
  MarkupCosts costs_;
  std::vector<GumboTag> stack_;
  std::array<size_t, GUMBO_TAG_LAST + 1> open_{};
};

}  // namespace

MarkupCosts measure_markup(std::string_view html, size_t max_tags, uint64_t max_nesting_work) {
  NestingEstimate nesting(max_tags, max_nesting_work);
  size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos && ++pos < html.size()) {
    if (html.compare(pos, 3, "!--") == 0) {  // a comment
      size_t end = html.find("-->", pos + 3);
      pos = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (html[pos] == '!' || html[pos] == '?') {  // doctype, CDATA, processing instruction
      pos = end_of_tag(html, pos);
      continue;
    }
    bool closing = html[pos] == '/';
    size_t name = closing ? pos + 1 : pos;
    if (name >= html.size() || !std::isalpha(static_cast<unsigned char>(html[name]))) continue;
    size_t name_end = name;
    while (name_end < html.size() && is_name_char(html[name_end])) ++name_end;
    GumboTag tag = gumbo_tagn_enum(html.data() + name, static_cast<unsigned>(name_end - name));
    pos = end_of_tag(html, name_end);
    if (closing) {
      nesting.close(tag);
      continue;
    }
    if (!nesting.open(tag)) break;
    if (tag == GUMBO_TAG_PLAINTEXT) break;  // the rest of the page is text
    if (holds_raw_text(tag)) pos = end_of_raw_text(html, pos, html.substr(name, name_end - name));
  }
  return nesting.costs();
}

}  // namespace dyad::html
