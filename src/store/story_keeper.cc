#include "store/story_keeper.h"

#include <algorithm>
#include <cmath>

#include "store/iso_days.h"

namespace dyad::store {
namespace {

// Serialises story placement of concurrent PostgreSQL writers.
constexpr const char* kStoryLock = "SELECT pg_advisory_xact_lock(6498009416601191)";

constexpr const char* kStoriesOfDocument =
    "SELECT DISTINCT story_id FROM events WHERE doc_id = ?1 AND story_id IS NOT NULL";

constexpr const char* kStoryOfDay =
    "SELECT story_id FROM events WHERE source_entity = ?1 AND target_entity = ?2 AND root = ?3 "
    "AND date = ?4 AND story_id IS NOT NULL LIMIT 1";

constexpr const char* kStoriesNearDay =
    "SELECT id, first_date, last_date FROM stories WHERE source_entity = ?1 "
    "AND target_entity = ?2 AND root = ?3 AND first_date BETWEEN ?4 AND ?5";

constexpr const char* kInsertStory =
    "INSERT INTO stories (id, source_entity, target_entity, root, first_date, last_date, events, "
    "asserted, goldstein_sum, goldstein_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

constexpr const char* kGrowStory =
    "UPDATE stories SET first_date = CASE WHEN ?1 < first_date THEN ?1 ELSE first_date END, "
    "last_date = CASE WHEN ?2 > last_date THEN ?2 ELSE last_date END, events = events + ?3, "
    "asserted = asserted + ?4, goldstein_sum = goldstein_sum + ?5, "
    "goldstein_count = goldstein_count + ?6 WHERE id = ?7";

constexpr const char* kCountStory =
    "SELECT count(*), min(date), max(date), "
    "coalesce(sum(CASE WHEN modality = 'asserted' THEN 1 ELSE 0 END), 0), "
    "coalesce(sum(goldstein), 0), count(goldstein) FROM events WHERE story_id = ?1";

constexpr const char* kSetStory =
    "UPDATE stories SET first_date = ?1, last_date = ?2, events = ?3, asserted = ?4, "
    "goldstein_sum = ?5, goldstein_count = ?6 WHERE id = ?7";

constexpr const char* kDeleteStory = "DELETE FROM stories WHERE id = ?1";

SqlParams day_params(const std::tuple<std::string, std::string, std::string>& triple) {
  SqlParams p;
  p.text(std::get<0>(triple)).text(std::get<1>(triple)).text(std::get<2>(triple));
  return p;
}

}  // namespace

Status StoryKeeper::begin() {
  if (sql_.backend() != Backend::kPostgres) return Status::Ok();
  return sql_.run(kStoryLock, SqlParams{});
}

Status StoryKeeper::note_replaced(const std::vector<std::string>& doc_ids) {
  std::vector<SqlParams> sets;
  for (const std::string& id : doc_ids) sets.push_back(std::move(SqlParams{}.text(id)));
  return sql_.run_each(kStoriesOfDocument, sets, [&](size_t, const SqlRow& row) {
    shrunk_.insert(row.integer(0));
    return Status::Ok();
  });
}

Result<std::vector<std::vector<EventLinks>>> StoryKeeper::place(
    const std::vector<const StoredDocument*>& documents) {
  std::vector<std::vector<EventLinks>> links;
  std::vector<Day> days;
  std::set<Day> seen;
  for (const StoredDocument* d : documents) {
    links.push_back(condition_links(*d));
    for (size_t i = 0; i < d->events.size(); ++i) {
      const Event& e = d->events[i];
      if (!is_story_fact(e, links.back()[i])) continue;
      Day day{Triple{e.source.entity(), e.target.entity(), e.root}, e.date};
      if (seen.insert(day).second) days.push_back(std::move(day));
    }
  }
  if (Status st = prefetch(days); !st.ok()) return st;
  for (size_t k = 0; k < documents.size(); ++k) {
    const StoredDocument& d = *documents[k];
    for (size_t i = 0; i < d.events.size(); ++i) {
      const Event& e = d.events[i];
      if (!is_story_fact(e, links[k][i])) continue;
      auto id = story_for(Day{Triple{e.source.entity(), e.target.entity(), e.root}, e.date}, e);
      if (!id.ok()) return id.status();
      links[k][i].story_id = id.value();
    }
  }
  return links;
}

// Two round trips whatever the number of days: the stored story of each day,
// then, for the days without one, the stories that start near it.
Status StoryKeeper::prefetch(const std::vector<Day>& days) {
  std::vector<SqlParams> sets;
  for (const Day& day : days) sets.push_back(std::move(day_params(day.first).text(day.second)));
  Status st = sql_.run_each(kStoryOfDay, sets, [&](size_t set, const SqlRow& row) {
    day_story_[days[set]] = row.integer(0);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  std::vector<const Day*> open;
  sets.clear();
  for (const Day& day : days) {
    if (day_story_.count(day)) continue;
    int n = *iso_day_number(day.second);
    open.push_back(&day);
    sets.push_back(
        std::move(day_params(day.first).text(iso_date_of(n - window_)).text(iso_date_of(n + window_))));
  }
  return sql_.run_each(kStoriesNearDay, sets, [&](size_t set, const SqlRow& row) {
    candidates_[*open[set]].push_back(Candidate{row.integer(0), row.text(1), row.text(2)});
    return Status::Ok();
  });
}

Result<int64_t> StoryKeeper::story_for(const Day& day, const Event& event) {
  const int n = *iso_day_number(day.second);
  int64_t id = 0;
  if (auto found = day_story_.find(day); found != day_story_.end()) id = found->second;
  if (id == 0) id = choose(day, n);
  if (id == 0) {
    if (next_id_ < 0) {
      Status st = sql_.run("SELECT coalesce(max(id), 0) FROM stories", SqlParams{},
                           [&](const SqlRow& row) {
                             next_id_ = row.integer(0);
                             return Status::Ok();
                           });
      if (!st.ok()) return st;
    }
    id = ++next_id_;
    states_[id].created = true;
    created_by_triple_[day.first].push_back(id);
  }
  add_to(id, day.second, n, event);
  day_story_[day] = id;
  return id;
}

// Of the stories the day may join without their dates spreading over more
// than the window, the one it spreads least, then the earlier one; 0: none.
int64_t StoryKeeper::choose(const Day& day, int n) {
  int64_t best = 0;
  std::tuple<int, int, int64_t> best_key{};
  auto consider = [&](int64_t id, int first, int last) {
    if (auto placed = states_.find(id); placed != states_.end() && placed->second.events > 0) {
      first = std::min(first, placed->second.first_day);
      last = std::max(last, placed->second.last_day);
    }
    const int from = std::min(first, n), to = std::max(last, n);
    std::tuple<int, int, int64_t> key{to - from, from, id};
    if (to - from <= window_ && (best == 0 || key < best_key)) {
      best = id;
      best_key = key;
    }
  };
  if (auto found = candidates_.find(day); found != candidates_.end()) {
    for (const Candidate& c : found->second) {
      auto first = iso_day_number(c.first), last = iso_day_number(c.last);
      if (first && last) consider(c.id, *first, *last);
    }
  }
  if (auto created = created_by_triple_.find(day.first); created != created_by_triple_.end()) {
    for (int64_t id : created->second) consider(id, states_[id].first_day, states_[id].last_day);
  }
  return best;
}

void StoryKeeper::add_to(int64_t id, const std::string& date, int n, const Event& e) {
  StoryState& s = states_[id];
  if (s.events == 0 || n < s.first_day) {
    s.first = date;
    s.first_day = n;
  }
  if (s.events == 0 || n > s.last_day) {
    s.last = date;
    s.last_day = n;
  }
  ++s.events;
  if (e.modality == Modality::kAsserted) ++s.asserted;
  if (std::isfinite(e.goldstein)) {
    s.goldstein_sum += e.goldstein;
    ++s.goldstein_count;
  }
  s.triple = Triple{e.source.entity(), e.target.entity(), e.root};
}

Status StoryKeeper::finish() {
  if (Status st = insert_created(); !st.ok()) return st;
  if (Status st = update_grown(); !st.ok()) return st;
  return recompute_shrunk();
}

Status StoryKeeper::insert_created() {
  std::vector<SqlParams> sets;
  for (const auto& [id, s] : states_) {
    if (!s.created) continue;
    SqlParams p;
    p.integer(id).text(std::get<0>(s.triple)).text(std::get<1>(s.triple)).text(std::get<2>(s.triple));
    p.text(s.first).text(s.last).integer(s.events).integer(s.asserted);
    p.real(s.goldstein_sum).integer(s.goldstein_count);
    sets.push_back(std::move(p));
  }
  return sql_.run_each(kInsertStory, sets);
}

// Stories that only gained events: their counts grow by what was placed.
Status StoryKeeper::update_grown() {
  std::vector<SqlParams> sets;
  for (const auto& [id, s] : states_) {
    if (s.created || shrunk_.count(id)) continue;
    SqlParams p;
    p.text(s.first).text(s.last).integer(s.events).integer(s.asserted);
    p.real(s.goldstein_sum).integer(s.goldstein_count).integer(id);
    sets.push_back(std::move(p));
  }
  return sql_.run_each(kGrowStory, sets);
}

// Stories that lost events are counted again from their events, and
// deleted when none is left.
Status StoryKeeper::recompute_shrunk() {
  std::vector<int64_t> ids(shrunk_.begin(), shrunk_.end());
  std::vector<SqlParams> sets, updates, deletes;
  for (int64_t id : ids) sets.push_back(std::move(SqlParams{}.integer(id)));
  Status st = sql_.run_each(kCountStory, sets, [&](size_t set, const SqlRow& row) {
    if (row.integer(0) == 0) {
      deletes.push_back(std::move(SqlParams{}.integer(ids[set])));
      return Status::Ok();
    }
    SqlParams p;
    p.text(row.text(1)).text(row.text(2)).integer(row.integer(0)).integer(row.integer(3));
    p.real(row.real(4)).integer(row.integer(5)).integer(ids[set]);
    updates.push_back(std::move(p));
    return Status::Ok();
  });
  if (st.ok()) st = sql_.run_each(kSetStory, updates);
  if (st.ok()) st = sql_.run_each(kDeleteStory, deletes);
  return st;
}

}  // namespace dyad::store
