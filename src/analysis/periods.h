// Calendar periods of series and trends over day numbers (store/iso_days.h):
// a day, a week from Monday, a month, a year.
#pragma once

#include <string>

#include "dyad/analysis.h"

namespace dyad::analysis {

int period_start(Period by, int day);
int next_period_start(Period by, int start);
// "2024-06-19", "2024-06-17" (the week's Monday), "2024-06", "2024".
std::string period_label(Period by, int start);

// CAMEO quad class of a root: 01-05 1, 06-08 2, 09-13 3, 14-20 4.
int quad_class_of_root(const std::string& root);

}  // namespace dyad::analysis
