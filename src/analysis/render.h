// Small pieces the renderers share (src/analysis/*_output.cc).
#pragma once

#include <fmt/format.h>

#include <cmath>
#include <initializer_list>
#include <string>
#include <string_view>

#include "dyad/output.h"

namespace dyad::analysis {

// Field names of the counts by CAMEO quad class 1 to 4.
inline constexpr const char* kQuadClassNames[] = {"verbal_cooperation", "material_cooperation",
                                                  "verbal_conflict", "material_conflict"};

// A JSON number rounded to 3 decimals (sums of Goldstein values carry
// binary noise), or null when not finite.
inline std::string json_number(double value) {
  if (!std::isfinite(value)) return "null";
  return fmt::format("{}", std::round(value * 1000) / 1000);
}

// The same for CSV: empty when not finite.
inline std::string csv_number(double value) {
  return std::isfinite(value) ? json_number(value) : std::string();
}

// "," "key": (the first key without the comma).
inline void json_key(std::string& out, std::string_view key, bool first = false) {
  if (!first) out += ',';
  append_json_string(out, key);
  out += ':';
}

inline void json_string_field(std::string& out, std::string_view key, std::string_view value,
                              bool first = false) {
  json_key(out, key, first);
  append_json_string(out, value);
}

// A CSV line of fields (quoted as needed), with its newline.
inline void append_csv_line(std::string& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view f : fields) {
    if (!first) out += ',';
    first = false;
    append_csv_field(out, f);
  }
  out += '\n';
}

}  // namespace dyad::analysis
