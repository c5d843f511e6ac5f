// trends: stories per dyad in the last week and the 52 before it (one scan
// of stories_by_date), compared in C++ with the mean of the 4 and the 52
// weeks before, the way ACLED's Trendfinder flags surges.
#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>

#include "dyad/analysis.h"
#include "store/iso_days.h"
#include "store/sql_session.h"

namespace dyad {
namespace {

constexpr int kWeeks = 53;  // the last week and the 52 before it

constexpr const char* kStoriesBetween =
    "SELECT s.source_entity, s.target_entity, s.first_date FROM stories s "
    "WHERE s.first_date >= ?1 AND s.first_date <= ?2";

using WeekCounts = std::array<int64_t, kWeeks>;  // [0]: the last week, [k]: k weeks before

Result<std::string> latest_story_date(store::SqlSession& sql) {
  std::string latest;
  Status st = sql.run("SELECT max(first_date) FROM stories", store::SqlParams{},
                      [&](const store::SqlRow& row) {
                        latest = row.text(0);
                        return Status::Ok();
                      });
  if (!st.ok()) return st;
  return latest;
}

// The smaller rise of `last` over the two means (infinite over a zero
// mean); nullopt unless it stands above both.
std::optional<double> rise(int64_t last, double mean_4, double mean_52) {
  if (last <= mean_4 || last <= mean_52) return std::nullopt;
  auto over = [&](double mean) {
    return mean > 0 ? (static_cast<double>(last) - mean) / mean
                    : std::numeric_limits<double>::infinity();
  };
  return std::min(over(mean_4), over(mean_52));
}

std::optional<Trend> flag(const std::pair<std::string, std::string>& dyad, const WeekCounts& weeks,
                          int last_day) {
  double sum_4 = 0, sum_52 = 0;
  for (int k = 1; k < kWeeks; ++k) {
    sum_52 += static_cast<double>(weeks[k]);
    if (k <= 4) sum_4 += static_cast<double>(weeks[k]);
  }
  Trend t{dyad.first, dyad.second, store::iso_date_of(last_day - 6), store::iso_date_of(last_day),
          weeks[0], sum_4 / 4, sum_52 / 52};
  auto change = rise(t.last_week, t.mean_4_weeks, t.mean_52_weeks);
  if (!change || *change < 0.10) return std::nullopt;
  t.change = *change;
  t.flag = *change > 0.25 ? "large" : "moderate";
  return t;
}

}  // namespace

Result<std::vector<Trend>> trends(Store& store, const TrendOptions& options) {
  store::SqlSession& sql = store.sql_session();
  std::string as_of = options.as_of;
  if (as_of.empty()) {
    auto latest = latest_story_date(sql);
    if (!latest.ok()) return latest.status();
    if (latest.value().empty()) return std::vector<Trend>{};
    as_of = latest.value();
  }
  auto last_day = store::iso_day_number(as_of);
  if (!last_day) return Status::Error("trends: the as-of date must be YYYY-MM-DD");
  const int first_day = *last_day - 7 * kWeeks + 1;
  std::map<std::pair<std::string, std::string>, WeekCounts> counts;
  store::SqlParams range;
  range.text(store::iso_date_of(first_day)).text(as_of);
  Status st = sql.run(kStoriesBetween, range, [&](const store::SqlRow& row) {
    auto day = store::iso_day_number(row.text(2));
    if (day) ++counts[{row.text(0), row.text(1)}][(*last_day - *day) / 7];
    return Status::Ok();
  });
  if (!st.ok()) return st;
  std::vector<Trend> flagged;
  for (const auto& [dyad, weeks] : counts) {
    if (auto t = flag(dyad, weeks, *last_day)) flagged.push_back(std::move(*t));
  }
  std::stable_sort(flagged.begin(), flagged.end(), [](const Trend& a, const Trend& b) {
    return std::make_tuple(a.flag == "large", a.change, a.last_week) >
           std::make_tuple(b.flag == "large", b.change, b.last_week);
  });
  return flagged;
}

}  // namespace dyad
