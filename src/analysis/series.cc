// time_series: the stories of the dyad (stories_by_dyad or
// stories_by_target), and with --count events the per-day aggregates of its
// events (GROUP BY date over an events index), folded into calendar periods
// in C++, empty periods included.
#include <cmath>
#include <limits>
#include <map>

#include "analysis/periods.h"
#include "analysis/selection.h"
#include "store/iso_days.h"

namespace dyad {
namespace {

constexpr const char* kEventsByDay =
    "SELECT e.date, count(*), "
    "sum(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END), "
    "coalesce(sum(e.goldstein), 0), count(e.goldstein), "
    "sum(CASE WHEN e.modality = 'asserted' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.modality = 'reported' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.modality = 'negated' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.modality = 'planned' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.modality = 'possible' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.modality = 'recommended' THEN 1 ELSE 0 END) ";

constexpr const char* kStories =
    "SELECT s.first_date, s.root, s.asserted, s.goldstein_sum, s.goldstein_count, s.events "
    "FROM stories s";

// A row being summed, with the units that had a Goldstein value.
struct Bucket {
  SeriesRow row;
  int64_t goldstein_units = 0;
};

class SeriesFolder {
 public:
  SeriesFolder(const SeriesOptions& o) : o_(o) {}

  Bucket& at(int day) {
    first_ = std::min(first_, day);
    last_ = std::max(last_, day);
    return buckets_[analysis::period_start(o_.by, day)];
  }

  void add_events(const store::SqlRow& r, int day) {
    Bucket& b = at(day);
    b.row.events += r.integer(1);
    if (o_.count != SeriesUnit::kEvents) return;
    for (int q = 0; q < 4; ++q) b.row.quad_class[q] += r.integer(2 + q);
    b.row.goldstein_sum += r.real(6);
    b.goldstein_units += r.integer(7);
    for (int m = 0; m < 6; ++m) b.row.modality[m] += r.integer(8 + m);
  }

  void add_story(const store::SqlRow& r, int day) {
    Modality m = r.integer(2) > 0 ? Modality::kAsserted : Modality::kReported;
    if (!selected(m)) return;
    Bucket& b = at(day);
    ++b.row.stories;
    if (o_.count != SeriesUnit::kStories) return;
    b.row.events += r.integer(5);
    ++b.row.quad_class[analysis::quad_class_of_root(r.text(1)) - 1];
    ++b.row.modality[static_cast<int>(m)];
    if (r.integer(4) > 0) {
      b.row.goldstein_sum += r.real(3) / static_cast<double>(r.integer(4));
      ++b.goldstein_units;
    }
  }

  // Every period from the first to the last, as zeros where nothing fell.
  std::vector<SeriesRow> rows(std::optional<int> from, std::optional<int> to) {
    std::vector<SeriesRow> out;
    if (!from) from = first_;
    if (!to) to = last_;
    if (*from > *to) return out;
    for (int start = analysis::period_start(o_.by, *from); start <= *to;
         start = analysis::next_period_start(o_.by, start)) {
      Bucket b = buckets_.count(start) ? buckets_[start] : Bucket{};
      b.row.period = analysis::period_label(o_.by, start);
      b.row.start = store::iso_date_of(start);
      b.row.end = store::iso_date_of(analysis::next_period_start(o_.by, start) - 1);
      b.row.goldstein_mean = b.goldstein_units ? b.row.goldstein_sum / b.goldstein_units
                                               : std::numeric_limits<double>::quiet_NaN();
      out.push_back(std::move(b.row));
    }
    return out;
  }

 private:
  bool selected(Modality m) const {
    if (o_.modalities.facts) return true;
    for (Modality s : o_.modalities.modalities)
      if (s == m) return true;
    return false;
  }

  const SeriesOptions& o_;
  std::map<int, Bucket> buckets_;
  int first_ = std::numeric_limits<int>::max(), last_ = std::numeric_limits<int>::min();
};

Status check_options(const SeriesOptions& o, std::optional<int>& from, std::optional<int>& to) {
  if (o.filter.source.empty() && o.filter.target.empty())
    return Status::Error("a series needs a source, a target or both");
  from = o.filter.date_from.empty() ? std::nullopt : store::iso_day_number(o.filter.date_from);
  to = o.filter.date_to.empty() ? std::nullopt : store::iso_day_number(o.filter.date_to);
  if ((!o.filter.date_from.empty() && !from) || (!o.filter.date_to.empty() && !to))
    return Status::Error("series dates must be YYYY-MM-DD");
  return Status::Ok();
}

// The selected events of the dyad, per day.
Status add_events(store::SqlSession& sql, const SeriesOptions& o, SeriesFolder& folder) {
  analysis::SqlWhere events;
  analysis::add_event_filter(events, EventFilter{.source = o.filter.source,
                                                 .target = o.filter.target,
                                                 .root = o.filter.root,
                                                 .date_from = o.filter.date_from,
                                                 .date_to = o.filter.date_to});
  events.add_constant("e.date IS NOT NULL");
  auto from = analysis::events_source(sql, o.filter);
  if (!from.ok()) return from.status();
  analysis::add_modality_selection(events, o.modalities);
  return sql.run(kEventsByDay + from.value() + events.sql() + " GROUP BY e.date", events.params(),
                 [&](const store::SqlRow& row) {
                   if (auto day = store::iso_day_number(row.text(0))) folder.add_events(row, *day);
                   return Status::Ok();
                 });
}

}  // namespace

Result<std::vector<SeriesRow>> time_series(Store& store, const SeriesOptions& o) {
  std::optional<int> from, to;
  if (Status st = check_options(o, from, to); !st.ok()) return st;
  SeriesFolder folder(o);
  store::SqlSession& sql = store.sql_session();
  if (o.count == SeriesUnit::kEvents) {
    if (Status st = add_events(sql, o, folder); !st.ok()) return st;
  }
  analysis::SqlWhere stories;
  stories.add("s.source_entity = ", o.filter.source);
  stories.add("s.target_entity = ", o.filter.target);
  stories.add("s.root = ", o.filter.root);
  stories.add("s.first_date >= ", o.filter.date_from);
  stories.add("s.first_date <= ", o.filter.date_to);
  Status st = sql.run(std::string(kStories) + stories.sql(), stories.params(), [&](const store::SqlRow& row) {
    if (auto day = store::iso_day_number(row.text(0))) folder.add_story(row, *day);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return folder.rows(from, to);
}

}  // namespace dyad
