// The text forms of event filters that the CLI (`--dyad`, `--from`) and the
// HTTP API (`dyad=`, `from=`) share, so that both accept the same values.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dyad {

// "YYYY", "YYYY-MM" or "YYYY-MM-DD" as the first (last_day false) or last
// day it covers, YYYY-MM-DD; nullopt when not a date.
std::optional<std::string> date_bound(std::string_view text, bool last_day);

// "SRC-TGT" (e.g. RUS-PRK) into its two entities; false unless exactly one
// dash separates two non-empty parts.
bool split_dyad(std::string_view dyad, std::string& source, std::string& target);

// A CAMEO root is two digits; a code is 2 to 4 digits.
bool is_cameo_root(std::string_view text);
bool is_cameo_code(std::string_view text);

}  // namespace dyad
