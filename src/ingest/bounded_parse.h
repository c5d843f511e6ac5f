// Gumbo with a memory and CPU time budget. Gumbo 0.10 has no limits of its own
// (no max_tree_depth, no node limit), so the budget lives in the allocator it
// calls for every node, token and buffer: past the budget the allocator
// abandons the parse with longjmp (gumbo is C: no destructor is skipped) and
// every block gumbo holds is freed from the allocator's own list.
#pragma once

#include <gumbo.h>

#include <chrono>
#include <cstdint>
#include <cstddef>
#include <memory>
#include <string_view>

#include "dyad/status.h"

namespace dyad::html {

struct ParseBudget {
  size_t max_bytes = 0;                  // memory gumbo may hold at once
  std::chrono::nanoseconds max_cpu_time{};  // CPU time of the parsing thread
};

// The parsed tree and the memory it lives in; frees both.
class ParsedHtml {
 public:
  ~ParsedHtml();
  ParsedHtml(const ParsedHtml&) = delete;
  ParsedHtml& operator=(const ParsedHtml&) = delete;

  const GumboNode* root() const { return output_->document; }

  struct Arena;  // defined in bounded_parse.cc

 private:
  friend Result<std::unique_ptr<ParsedHtml>> parse_html(std::string_view, const ParseBudget&);
  ParsedHtml();
  std::unique_ptr<Arena> arena_;
  GumboOutput* output_ = nullptr;
};

// Parses `html` (UTF-8), or says which budget it went over.
Result<std::unique_ptr<ParsedHtml>> parse_html(std::string_view html, const ParseBudget& budget);

}  // namespace dyad::html
