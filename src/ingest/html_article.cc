// Article extraction from HTML, readability-style: parse with gumbo, drop
// page furniture by tag and by class/id, score text blocks, keep the blocks
// under the best-scoring container. Dates come from page metadata. Work is
// bounded: the markup is measured before it is parsed (markup_budget.h),
// the parse has a memory and time budget (bounded_parse.h), and every walk
// over the tree is iterative and linear.
#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <regex>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "bounded_parse.h"
#include "dyad/ingest.h"
#include "html_metadata.h"
#include "html_tree.h"
#include "markup_budget.h"

namespace dyad {
namespace {

using html::append_line_break;
using html::append_space_collapsed;
using html::attribute;
using html::child_at;
using html::children_of;
using html::lower;
using html::trim;

struct Block {
  const GumboNode* node;
  std::string text;
  size_t link_chars = 0;
  bool heading = false;
};

bool is_furniture_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD:
    case GUMBO_TAG_MENU: case GUMBO_TAG_INPUT:
      return true;
    default:
      return false;
  }
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// One lower-case class name or id that marks page furniture. Plain substring
// tests: this runs on every element of every page, std::regex is too slow.
bool is_furniture_name(std::string_view name) {
  static constexpr std::string_view kParts[] = {
      "nav", "menu", "footer", "masthead", "share", "social", "newsletter", "subscribe", "signup",
      "sign-up", "related", "trending", "sidebar", "cookie", "consent", "promo", "advert", "ad-slot",
      "breadcrumb", "byline", "caption", "credit", "teaser", "keep-reading", "read-more",
      "more-stories", "popular", "banner", "modal", "login", "paywall", "toolbar", "tags", "widget",
      "recommend", "outbrain", "taboola", "complementary", "contentinfo", "site-header", "page-header",
      "top-bar", "topbar", "author-bio", "about-the-author", "author-info"};
  for (std::string_view part : kParts)
    if (name.find(part) != std::string_view::npos) return true;
  // "comment" but not "commentary"; "ad" and "ads" as whole words ("ad-top", not "lead").
  for (size_t pos = name.find("comment"); pos != std::string_view::npos; pos = name.find("comment", pos + 1))
    if (name.substr(pos + 7, 3) != "ary") return true;
  for (size_t pos = name.find("ad"); pos != std::string_view::npos; pos = name.find("ad", pos + 1)) {
    size_t end = pos + 2;
    if (end < name.size() && name[end] == 's') ++end;
    if ((pos == 0 || !is_word_char(name[pos - 1])) && (end == name.size() || !is_word_char(name[end])))
      return true;
  }
  return false;
}

// One lower-case class name or id that marks the article body.
bool is_content_name(std::string_view name) {
  static constexpr std::string_view kParts[] = {"article-body", "story-body",      "post-body",
                                                "entry-content", "article-content", "story-content",
                                                "article-text", "story-text"};
  for (std::string_view part : kParts)
    if (name.find(part) != std::string_view::npos) return true;
  return name == "main" || name == "content" || name == "main-content";
}

// class/id words that mark page furniture (unless they also mark content).
// Each class name or id is matched on its own, so "main-menu" is furniture
// while "main" marks content. <html>, <body> and <main> are never furniture:
// sites put "has-sidebar" or "no-comments" on the body of every page.
bool is_furniture_class(const GumboNode* node) {
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  GumboTag tag = node->v.element.tag;
  if (tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_MAIN) return false;
  std::vector<std::string> names;
  for (const char* a : {"class", "id", "role", "aria-label"}) {
    const char* v = attribute(node, a);
    if (!v) continue;
    std::string value = lower(v);
    size_t pos = 0;
    while (pos < value.size()) {
      size_t end = value.find_first_of(" \t\n\r\f", pos);
      if (end == std::string::npos) end = value.size();
      if (end > pos) names.push_back(value.substr(pos, end - pos));
      pos = end + 1;
    }
  }
  if (names.empty()) return false;
  bool furniture = false;
  for (const std::string& name : names) {
    if (is_content_name(name)) return false;
    furniture = furniture || is_furniture_name(name);
  }
  return furniture;
}

bool is_block_tag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_LI: case GUMBO_TAG_H1: case GUMBO_TAG_H2:
    case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_MAIN: case GUMBO_TAG_BODY:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_DL: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

bool is_heading(GumboTag tag) {
  return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

// Collects text blocks: a block element's inline text (nested blocks become
// their own blocks). Each node is visited once by the walk and at most once
// by the inline collection of its nearest enclosing block.
class BlockCollector {
 public:
  std::vector<Block> blocks;

  void walk(const GumboNode* root) {
    html::walk_pre_order(root, [this](const GumboNode* node) {
      if (node->type == GUMBO_NODE_DOCUMENT) return true;
      if (node->type != GUMBO_NODE_ELEMENT) return false;
      GumboTag tag = node->v.element.tag;
      if (is_furniture_tag(tag) || is_furniture_class(node) || tag == GUMBO_TAG_BR) return false;
      if (is_block_tag(tag)) collect_block(node);
      return true;
    });
  }

 private:
  struct Pending {
    const GumboNode* node;
    bool in_link;
  };

  void collect_block(const GumboNode* node) {
    Block block{node, "", 0, is_heading(node->v.element.tag)};
    collect_inline(node, block);
    trim(block.text);
    if (!block.text.empty()) blocks.push_back(std::move(block));
  }

  void push_children(const GumboNode* node, bool in_link) {
    if (const GumboVector* kids = children_of(node))
      for (unsigned i = kids->length; i-- > 0;) pending_.push_back({child_at(kids, i), in_link});
  }

  // The text under `node` in document order, skipping nested blocks and furniture.
  void collect_inline(const GumboNode* node, Block& block) {
    push_children(node, false);
    while (!pending_.empty()) {
      auto [kid, in_link] = pending_.back();
      pending_.pop_back();
      if (html::is_text(kid)) {
        size_t before = block.text.size();
        append_space_collapsed(block.text, kid->v.text.text);
        if (in_link) block.link_chars += block.text.size() - before;
      } else if (kid->type == GUMBO_NODE_ELEMENT) {
        GumboTag tag = kid->v.element.tag;
        if (is_block_tag(tag) || is_furniture_tag(tag) || is_furniture_class(kid)) continue;
        if (tag == GUMBO_TAG_BR) {
          if (block.heading) append_space_collapsed(block.text, " ");
          else append_line_break(block.text);
          continue;
        }
        push_children(kid, in_link || tag == GUMBO_TAG_A);
      }
    }
  }

  std::vector<Pending> pending_;
};

size_t count_char(std::string_view s, char c) { return std::count(s.begin(), s.end(), c); }

// Short lines that are page furniture wherever they stand.
bool is_furniture_text(const std::string& text) {
  static const std::regex kFurnitureText(
      "^(keep reading|show (less|more)|read more|continue reading|advertisement|"
      "share( this)?( article| story)?( on .*)?|copy link|"
      "(photo|image|picture|video)( credit)?s?\\s*[:/].*|©.*|copyright.*|all rights reserved.*|"
      "related( stories| articles)?|most read|trending|follow us.*|"
      "(sign up|subscribe)( now| today)?( (for|to) .*)?|"
      "accept( all)? cookies.*|we use cookies.*|listen to this article.*|"
      "this (article|story) (was|has been) (updated|corrected).*)$",
      std::regex::icase);
  // "By Jane Doe", "By Jane Doe and John Roe, Staff Reporters", "By Monitor
  // staff | 3 May": capitalised names (and a few byline words) only, so
  // "By Monday, both armies had pulled back." stays.
#define DYAD_BYLINE_WORD "([A-Z][\\w.'\u2019-]*|staff|reporters?|correspondents?|writers?|editors?|desk)"
  static const std::regex kByline(
      "^[Bb][Yy] " DYAD_BYLINE_WORD "( " DYAD_BYLINE_WORD "){0,4}"
      "((,| and| &) " DYAD_BYLINE_WORD "( " DYAD_BYLINE_WORD "){0,4})*"
      "( ?(\\||\u00b7|\u2013|\u2014|-) .*)?$");
#undef DYAD_BYLINE_WORD
  if (text.size() >= 160) return false;
  return std::regex_match(text, kFurnitureText) || std::regex_match(text, kByline);
}

double block_score(const Block& block) {
  if (block.text.size() < 25) return 0;
  return 1.0 + static_cast<double>(count_char(block.text, ',')) +
         std::min(static_cast<double>(block.text.size()) / 100.0, 3.0);
}

// The containers whose blocks are the article: the best-scoring container,
// plus those of its siblings that score well too (a body that an ad or a
// photo splits into several <div>s). Empty when no block scores at all.
std::vector<const GumboNode*> best_containers(const std::vector<Block>& blocks) {
  std::unordered_map<const GumboNode*, double> scores;
  for (const Block& block : blocks) {
    double score = block_score(block);
    if (score == 0 || block.link_chars * 2 > block.text.size()) continue;
    const GumboNode* parent = block.node->parent;
    if (parent) scores[parent] += score;
    if (parent && parent->parent) scores[parent->parent] += score / 2;
  }
  const GumboNode* best = nullptr;
  double best_score = 0;
  for (const Block& block : blocks) {  // in document order, so ties go the same way every run
    for (const GumboNode* node : {block.node->parent, block.node->parent ? block.node->parent->parent : nullptr}) {
      auto it = node ? scores.find(node) : scores.end();
      if (it != scores.end() && it->second > best_score) best = node, best_score = it->second;
    }
  }
  std::vector<const GumboNode*> kept;
  if (!best) return kept;
  kept.push_back(best);
  const GumboNode* parent = best->parent;
  if (!parent || parent->type != GUMBO_NODE_ELEMENT) return kept;
  // A sibling stays when it scores well, or holds a real paragraph: a
  // sentence of some length, not mostly links.
  std::unordered_map<const GumboNode*, bool> has_paragraph;
  for (const Block& block : blocks) {
    const std::string& t = block.text;
    bool sentence = t.size() >= 60 && block.link_chars * 4 < t.size() &&
                    (t.back() == '.' || t.back() == '!' || t.back() == '?' || t.back() == '"' ||
                     t.ends_with("\u201d"));
    if (sentence && block.node->parent) has_paragraph[block.node->parent] = true;
  }
  const GumboVector& siblings = parent->v.element.children;
  for (unsigned i = 0; i < siblings.length; ++i) {
    auto* sibling = static_cast<const GumboNode*>(siblings.data[i]);
    if (sibling == best || sibling->type != GUMBO_NODE_ELEMENT) continue;
    auto it = scores.find(sibling);
    if ((it != scores.end() && it->second >= std::max(3.0, best_score * 0.2)) || has_paragraph.count(sibling))
      kept.push_back(sibling);
  }
  return kept;
}

// Whether a node lies under one of the article's containers. Answers are
// remembered for every node on the way up, so all the blocks of a page cost
// time linear in its size, however deep it nests.
class BodyMembership {
 public:
  explicit BodyMembership(const std::vector<const GumboNode*>& containers) {
    for (const GumboNode* c : containers) inside_[c] = true;
  }

  bool contains(const GumboNode* node) {
    std::vector<const GumboNode*> path;
    bool inside = false;
    for (; node; node = node->parent) {
      auto it = inside_.find(node);
      if (it != inside_.end()) {
        inside = it->second;
        break;
      }
      path.push_back(node);
    }
    for (const GumboNode* n : path) inside_[n] = inside;
    return inside;
  }

 private:
  std::unordered_map<const GumboNode*, bool> inside_;
};

// The markup is measured before gumbo sees it; then the parse runs under
// its own memory and time budget.
Result<std::unique_ptr<html::ParsedHtml>> parse_within_limits(std::string_view page,
                                                             const HtmlLimits& limits) {
  html::MarkupCosts costs = html::measure_markup(page, limits.max_tags, limits.max_nesting_work);
  if (costs.tags > limits.max_tags)
    return Status::Error(fmt::format("HTML over its parsing budget: more than {} tags", limits.max_tags));
  if (costs.nesting_work > limits.max_nesting_work)
    return Status::Error(fmt::format(
        "HTML over its parsing budget: markup nested at least {} deep (parsing time grows with depth times tags)",
        costs.deepest));
  html::ParseBudget budget;
  budget.max_bytes = limits.max_parser_bytes;
  budget.max_cpu_time = std::chrono::duration_cast<std::chrono::nanoseconds>(
      std::chrono::duration<double>(limits.max_parse_seconds));
  return html::parse_html(page, budget);
}

}  // namespace

Result<HtmlArticle> extract_article(std::string_view page, const HtmlLimits& limits) {
  auto parsed = parse_within_limits(page, limits);
  if (!parsed.ok()) return parsed.status();
  const GumboNode* root = parsed.value()->root();
  html::Metadata meta = html::read_metadata(root);

  BlockCollector collector;
  collector.walk(root);
  std::vector<const GumboNode*> body = best_containers(collector.blocks);
  BodyMembership in_body(body);

  HtmlArticle article;
  // The headline: <h1>, else og:title, else <title> without the site name.
  // A block holding it is kept wherever it stands.
  std::string headline = meta.h1;
  if (headline.empty()) headline = html::strip_site_name(meta.og_title);
  if (headline.empty()) headline = html::strip_site_name(meta.title);
  article.title = headline;
  for (const std::string* d : {&meta.meta_date, &meta.jsonld_date, &meta.time_date})
    if (article.date.empty()) article.date = *d;

  bool has_headline = false;
  for (const Block& block : collector.blocks) {
    bool links = block.link_chars * 2 > block.text.size();
    bool is_title = !headline.empty() && block.text == headline && (block.heading || !links);
    if (!is_title && !body.empty() && !in_body.contains(block.node)) continue;
    if (is_title && has_headline) continue;
    if (!block.heading && links) continue;
    if (is_furniture_text(block.text)) continue;
    if (is_title) has_headline = true;
    if (!article.text.empty()) article.text += "\n\n";
    article.text += block.text;
  }
  // A headline inside <header> was dropped with the furniture; headlines carry events.
  if (!has_headline && !meta.h1.empty() && !is_furniture_text(meta.h1))
    article.text = meta.h1 + (article.text.empty() ? "" : "\n\n") + article.text;
  return article;
}

}  // namespace dyad
