#include "dyad/filter_text.h"

#include "dyad/ingest.h"

namespace dyad {
namespace {

bool all_digits(std::string_view text, size_t min_digits, size_t max_digits) {
  return text.size() >= min_digits && text.size() <= max_digits &&
         text.find_first_not_of("0123456789") == std::string_view::npos;
}

}  // namespace

std::optional<std::string> date_bound(std::string_view text, bool last_day) {
  std::string date(text);
  if (date.size() == 4) date += last_day ? "-12" : "-01";
  if (date.size() == 7) {
    if (!is_valid_date(date + "-01")) return std::nullopt;
    if (!last_day) return date + "-01";
    for (const char* day : {"31", "30", "29", "28"}) {
      if (is_valid_date(date + "-" + day)) return date + "-" + day;
    }
    return std::nullopt;
  }
  if (!is_valid_date(date)) return std::nullopt;
  return date;
}

bool split_dyad(std::string_view dyad, std::string& source, std::string& target) {
  size_t dash = dyad.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash + 1 == dyad.size() ||
      dyad.find('-', dash + 1) != std::string_view::npos) {
    return false;
  }
  source = std::string(dyad.substr(0, dash));
  target = std::string(dyad.substr(dash + 1));
  return true;
}

bool is_cameo_root(std::string_view text) { return all_digits(text, 2, 2); }
bool is_cameo_code(std::string_view text) { return all_digits(text, 2, 4); }

}  // namespace dyad
