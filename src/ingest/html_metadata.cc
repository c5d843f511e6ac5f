#include "html_metadata.h"

#include <simdjson.h>

#include <cstring>

#include "dyad/ingest.h"
#include "html_tree.h"

namespace dyad::html {
namespace {

// Recursion over JSON is bounded: simdjson refuses documents nested deeper
// than its maximum depth (1024).
void find_date_published(simdjson::dom::element element, std::string& date) {
  using simdjson::dom::element_type;
  if (!date.empty()) return;
  if (element.type() == element_type::OBJECT) {
    for (auto field : element.get_object()) {
      if (field.key == "datePublished" && field.value.is_string()) {
        date = normalise_date(std::string_view(field.value.get_string().value()));
        if (!date.empty()) return;
      }
      find_date_published(field.value, date);
    }
  } else if (element.type() == element_type::ARRAY) {
    for (auto item : element.get_array()) find_date_published(item, date);
  }
}

bool is_date_key(const std::string& key) {
  return key == "article:published_time" || key == "datepublished" || key == "pubdate" ||
         key == "date" || key == "dc.date" || key == "og:published_time";
}

void read_meta_element(const GumboNode* node, Metadata& meta) {
  const char* key = attribute(node, "property");
  if (!key) key = attribute(node, "name");
  if (!key) key = attribute(node, "itemprop");
  const char* content = attribute(node, "content");
  if (!key || !content) return;
  std::string k = lower(key);
  if (meta.og_title.empty() && k == "og:title") {
    meta.og_title = content;
    trim(meta.og_title);
  }
  if (meta.meta_date.empty() && is_date_key(k)) meta.meta_date = normalise_date(content);
}

void read_json_ld(const GumboNode* node, Metadata& meta) {
  const char* type = attribute(node, "type");
  if (!type || lower(type) != "application/ld+json") return;
  simdjson::dom::parser parser;
  std::string json = inline_text(node);
  simdjson::dom::element root;
  if (!parser.parse(json).get(root)) find_date_published(root, meta.jsonld_date);
}

void read_element(const GumboNode* node, Metadata& meta) {
  switch (node->v.element.tag) {
    case GUMBO_TAG_META:
      read_meta_element(node, meta);
      break;
    case GUMBO_TAG_TIME:
      if (const char* dt = attribute(node, "datetime"); dt && meta.time_date.empty())
        meta.time_date = normalise_date(dt);
      break;
    case GUMBO_TAG_SCRIPT:
      if (meta.jsonld_date.empty()) read_json_ld(node, meta);
      break;
    case GUMBO_TAG_TITLE:
      if (meta.title.empty()) meta.title = inline_text(node);
      break;
    case GUMBO_TAG_H1:
      if (meta.h1.empty()) meta.h1 = inline_text(node);
      break;
    default:
      break;
  }
}

}  // namespace

Metadata read_metadata(const GumboNode* root) {
  Metadata meta;
  walk_pre_order(root, [&meta](const GumboNode* node) {
    if (node->type == GUMBO_NODE_ELEMENT) read_element(node, meta);
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_DOCUMENT;
  });
  return meta;
}

std::string strip_site_name(const std::string& title) {
  size_t best = std::string::npos, best_len = 0;
  for (const char* sep : {" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00b7 "}) {
    size_t pos = title.rfind(sep);
    if (pos != std::string::npos && (best == std::string::npos || pos > best))
      best = pos, best_len = std::strlen(sep);
  }
  if (best == std::string::npos || best == 0) return title;
  size_t site = title.size() - best - best_len;
  return site < best ? title.substr(0, best) : title;
}

}  // namespace dyad::html
