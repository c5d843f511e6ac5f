// Building every story from the stored events: after the migration from
// schema version 1, after writes with stories turned off, and when the
// window changes. Events are placed in date order, triple by triple, so a
// story starts at its first date and holds the events of the next
// window_days days (what online placement gives for a corpus coded in date
// order).
#include <cmath>
#include <string>
#include <tuple>
#include <vector>

#include "store/event_links.h"
#include "store/iso_days.h"
#include "store/story_keeper.h"

namespace dyad::store {
namespace {

struct BuiltStory {
  std::string source, target, root, first, last;
  int first_day = 0;
  int64_t events = 0, asserted = 0, goldstein_count = 0;
  double goldstein_sum = 0;
};

// The fact events in triple and date order (the order of events_by_dyad).
std::string fact_events_sql() {
  return std::string(
             "SELECT e.source_entity, e.target_entity, e.root, e.date, e.modality, e.goldstein "
             "FROM events e WHERE ") +
         kStoryFactSql + " ORDER BY e.source_entity, e.target_entity, e.root, e.date, e.id";
}

bool same_triple(const BuiltStory& s, const SqlRow& row) {
  return s.source == row.text(0) && s.target == row.text(1) && s.root == row.text(2);
}

Result<std::vector<BuiltStory>> partition(SqlSession& sql, int window_days) {
  std::vector<BuiltStory> stories;
  Status st = sql.run(fact_events_sql(), SqlParams{}, [&](const SqlRow& row) {
    std::string date = row.text(3);
    auto day = iso_day_number(date);
    if (!day) return Status::Ok();  // not a valid date: in no story, as when written
    if (stories.empty() || !same_triple(stories.back(), row) ||
        *day - stories.back().first_day > window_days) {
      stories.push_back(BuiltStory{row.text(0), row.text(1), row.text(2), date, date, *day});
    }
    BuiltStory& s = stories.back();
    s.last = date;
    ++s.events;
    if (row.text(4) == "asserted") ++s.asserted;
    if (double g = row.real(5); std::isfinite(g)) {
      s.goldstein_sum += g;
      ++s.goldstein_count;
    }
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return stories;
}

Status write_stories(SqlSession& sql, const std::vector<BuiltStory>& stories) {
  // A triple's stories do not overlap in time: a story is its facts between
  // its first and last date.
  const std::string assign = std::string(
                                 "UPDATE events AS e SET story_id = ?1 WHERE e.source_entity = ?2 "
                                 "AND e.target_entity = ?3 AND e.root = ?4 "
                                 "AND e.date BETWEEN ?5 AND ?6 AND ") +
                             kStoryFactSql;
  std::vector<SqlParams> inserts, updates;
  for (size_t i = 0; i < stories.size(); ++i) {
    const BuiltStory& s = stories[i];
    const int64_t id = static_cast<int64_t>(i) + 1;
    SqlParams p;
    p.integer(id).text(s.source).text(s.target).text(s.root).text(s.first).text(s.last);
    p.integer(s.events).integer(s.asserted).real(s.goldstein_sum).integer(s.goldstein_count);
    inserts.push_back(std::move(p));
    SqlParams u;
    u.integer(id).text(s.source).text(s.target).text(s.root).text(s.first).text(s.last);
    updates.push_back(std::move(u));
  }
  Status st = sql.run_each(
      "INSERT INTO stories (id, source_entity, target_entity, root, first_date, last_date, "
      "events, asserted, goldstein_sum, goldstein_count) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
      inserts);
  if (st.ok()) st = sql.run_each(assign, updates);
  return st;
}

}  // namespace

Result<int> stored_story_window(SqlSession& sql) {
  int window = 0;
  Status st = sql.run("SELECT window_days FROM story_settings WHERE id = 1", SqlParams{},
                      [&](const SqlRow& row) {
                        window = row.null(0) ? 0 : static_cast<int>(row.integer(0));
                        return Status::Ok();
                      });
  if (!st.ok()) return st;
  return window;
}

Status mark_stories_stale(SqlSession& sql) {
  return sql.run("UPDATE story_settings SET window_days = NULL WHERE id = 1", SqlParams{});
}

Status rebuild_stories(SqlSession& sql, int window_days) {
  Status st = StoryKeeper(sql, window_days).begin();
  if (st.ok()) st = sql.run("UPDATE events SET story_id = NULL WHERE story_id IS NOT NULL", SqlParams{});
  if (st.ok()) st = sql.run("DELETE FROM stories", SqlParams{});
  if (!st.ok()) return st;
  auto stories = partition(sql, window_days);
  if (!stories.ok()) return stories.status();
  if (st = write_stories(sql, stories.value()); !st.ok()) return st;
  return sql.run("UPDATE story_settings SET window_days = ?1 WHERE id = 1",
                 std::move(SqlParams{}.integer(window_days)));
}

Result<StoryPlan> plan_stories(SqlSession& sql, const StoreOptions& options) {
  auto stored = stored_story_window(sql);
  if (!stored.ok()) return stored.status();
  StoryPlan plan;
  if (!options.keep_stories) {
    plan.window_days = stored.value();
    return plan;
  }
  plan.window_days = options.story_window_days > 0 ? options.story_window_days
                     : stored.value() > 0         ? stored.value()
                                                  : kDefaultStoryWindowDays;
  plan.rebuild = stored.value() != plan.window_days;
  return plan;
}

Result<int> prepare_stories(SqlSession& sql, const StoreOptions& options) {
  if (options.read_only) return 0;
  auto plan = plan_stories(sql, options);
  if (!plan.ok()) return plan.status();
  const int window = plan.value().window_days;
  if (plan.value().rebuild) {
    if (Status st = sql.in_transaction([&] { return rebuild_stories(sql, window); }); !st.ok())
      return st;
  }
  return window;
}

}  // namespace dyad::store
