// Page metadata of an HTML article: the publication date (meta tags, <time>,
// JSON-LD datePublished), the <title>, og:title and the first <h1>.
#pragma once

#include <gumbo.h>

#include <string>

namespace dyad::html {

struct Metadata {
  std::string meta_date, time_date, jsonld_date, title, og_title, h1;
};

// Reads the metadata of the whole tree (no recursion over elements).
Metadata read_metadata(const GumboNode* root);

// "Headline | Site", "Headline - Site" -> "Headline" (the site name is the
// shorter part after the last separator).
std::string strip_site_name(const std::string& title);

}  // namespace dyad::html
