#include "store/iso_days.h"

#include <fmt/format.h>

#include "coder/dates.h"
#include "dyad/ingest.h"

namespace dyad::store {

std::optional<int> iso_day_number(std::string_view date) {
  if (date.size() != 10 || !is_valid_date(date)) return std::nullopt;
  auto number = [&](size_t at, size_t length) {
    int value = 0;
    for (size_t i = at; i < at + length; ++i) value = value * 10 + (date[i] - '0');
    return value;
  };
  return coder::days_from_civil(number(0, 4), number(5, 2), number(8, 2));
}

std::string iso_date_of(int day_number) {
  int year = 0, month = 0, day = 0;
  coder::civil_from_days(day_number, year, month, day);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

}  // namespace dyad::store
