// ISO dates (YYYY-MM-DD) as day numbers (days since 1970-01-01), for the
// date arithmetic of stories and series; done in C++ so that the SQL stays
// the same on both backends.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace dyad::store {

// nullopt when `date` is not a valid YYYY-MM-DD day.
std::optional<int> iso_day_number(std::string_view date);
std::string iso_date_of(int day_number);

}  // namespace dyad::store
