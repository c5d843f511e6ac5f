#include "analysis/periods.h"

#include <fmt/format.h>

#include <cstdlib>

#include "coder/dates.h"
#include "store/iso_days.h"

namespace dyad::analysis {

int period_start(Period by, int day) {
  int year = 0, month = 0, d = 0;
  coder::civil_from_days(day, year, month, d);
  switch (by) {
    case Period::kDay: return day;
    case Period::kWeek: return day - coder::weekday_of(day);
    case Period::kMonth: return coder::days_from_civil(year, month, 1);
    case Period::kYear: return coder::days_from_civil(year, 1, 1);
  }
  return day;
}

int next_period_start(Period by, int start) {
  int year = 0, month = 0, d = 0;
  coder::civil_from_days(start, year, month, d);
  switch (by) {
    case Period::kDay: return start + 1;
    case Period::kWeek: return start + 7;
    case Period::kMonth: return month == 12 ? coder::days_from_civil(year + 1, 1, 1)
                                            : coder::days_from_civil(year, month + 1, 1);
    case Period::kYear: return coder::days_from_civil(year + 1, 1, 1);
  }
  return start + 1;
}

std::string period_label(Period by, int start) {
  std::string day = store::iso_date_of(start);
  if (by == Period::kMonth) return day.substr(0, 7);
  if (by == Period::kYear) return day.substr(0, 4);
  return day;
}

int quad_class_of_root(const std::string& root) {
  int r = std::atoi(root.c_str());
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

}  // namespace dyad::analysis
