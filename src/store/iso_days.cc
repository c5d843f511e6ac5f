#include "store/iso_days.h"

#include <fmt/format.h>

#include "coder/dates.h"

namespace dyad::store {

// Parsed by hand and checked by the way back (2024-02-30 comes back as
// March 1st): placing events in stories reads a date per event.
std::optional<int> iso_day_number(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return std::nullopt;
  int parts[3] = {0, 0, 0};
  const size_t starts[3] = {0, 5, 8}, lengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (size_t i = starts[p]; i < starts[p] + lengths[p]; ++i) {
      if (date[i] < '0' || date[i] > '9') return std::nullopt;
      parts[p] = parts[p] * 10 + (date[i] - '0');
    }
  }
  if (parts[0] < 1000 || parts[1] < 1 || parts[1] > 12 || parts[2] < 1) return std::nullopt;
  const int n = coder::days_from_civil(parts[0], parts[1], parts[2]);
  int year = 0, month = 0, day = 0;
  coder::civil_from_days(n, year, month, day);
  if (year != parts[0] || month != parts[1] || day != parts[2]) return std::nullopt;
  return n;
}

std::string iso_date_of(int day_number) {
  int year = 0, month = 0, day = 0;
  coder::civil_from_days(day_number, year, month, day);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

}  // namespace dyad::store
