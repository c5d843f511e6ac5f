#include "store/story_keeper.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <unordered_map>

#include "store/iso_days.h"

namespace dyad::store {
namespace {

// Serialises story placement of concurrent PostgreSQL writers.
constexpr const char* kStoryLock = "SELECT pg_advisory_xact_lock(6498009416601191)";

constexpr const char* kStoriesOfDocument =
    "SELECT DISTINCT story_id FROM events WHERE doc_id = ?1 AND story_id IS NOT NULL";

constexpr const char* kStoriesNearDay =
    "SELECT id, first_date, last_date FROM stories WHERE source_entity = ?1 "
    "AND target_entity = ?2 AND root = ?3 AND first_date BETWEEN ?4 AND ?5";

constexpr const char* kInsertStory =
    "INSERT INTO stories (id, source_entity, target_entity, root, first_date, last_date, events, "
    "asserted, goldstein_sum, goldstein_count) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";

// Counts only: the dates (in three indexes) are left alone when they hold.
constexpr const char* kCountInto =
    "UPDATE stories SET events = events + ?1, asserted = asserted + ?2, "
    "goldstein_sum = goldstein_sum + ?3, goldstein_count = goldstein_count + ?4 WHERE id = ?5";

constexpr const char* kGrowStory =
    "UPDATE stories SET first_date = CASE WHEN ?1 < first_date THEN ?1 ELSE first_date END, "
    "last_date = CASE WHEN ?2 > last_date THEN ?2 ELSE last_date END, events = events + ?3, "
    "asserted = asserted + ?4, goldstein_sum = goldstein_sum + ?5, "
    "goldstein_count = goldstein_count + ?6 WHERE id = ?7";

constexpr const char* kStoryRow =
    "SELECT source_entity, target_entity, root, first_date, last_date FROM stories WHERE id = ?1";

// A story's events: its triple's between its dates, with its id (events_by_dyad).
constexpr const char* kCountStory =
    "SELECT count(*), min(date), max(date), "
    "coalesce(sum(CASE WHEN modality = 'asserted' THEN 1 ELSE 0 END), 0), "
    "coalesce(sum(goldstein), 0), count(goldstein) FROM events "
    "WHERE source_entity = ?1 AND target_entity = ?2 AND root = ?3 "
    "AND date BETWEEN ?4 AND ?5 AND story_id = ?6";

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

// Days are placed in the order their first event comes, then each event
// is counted into its day's story (all events of a day share one).
Result<std::vector<std::vector<EventLinks>>> StoryKeeper::place(
    const std::vector<const StoredDocument*>& documents) {
  struct PlacedDay {
    Day day;
    int number = 0;
    int64_t story = 0;
  };
  struct Fact {
    size_t document, event, day;
  };
  std::vector<std::vector<EventLinks>> links;
  std::vector<PlacedDay> days;
  std::vector<Fact> facts;
  std::unordered_map<std::string, size_t> day_index;  // "source|target|root|date" -> days
  std::map<Triple, std::pair<int, int>> ranges;      // first and last day per triple
  for (size_t k = 0; k < documents.size(); ++k) {
    links.push_back(condition_links(*documents[k]));
    for (size_t i = 0; i < documents[k]->events.size(); ++i) {
      const Event& e = documents[k]->events[i];
      if (!is_story_fact(e, links[k][i])) continue;
      const std::string& source = e.source.entity();
      const std::string& target = e.target.entity();
      auto [it, fresh] =
          day_index.try_emplace(source + '|' + target + '|' + e.root + '|' + e.date, days.size());
      facts.push_back(Fact{k, i, it->second});
      if (!fresh) continue;
      const int n = *iso_day_number(e.date);
      days.push_back(PlacedDay{Day{Triple{source, target, e.root}, e.date}, n});
      auto [range, first] = ranges.try_emplace(days.back().day.first, n, n);
      range->second = {std::min(range->second.first, n), std::max(range->second.second, n)};
    }
  }
  if (Status st = prefetch(ranges); !st.ok()) return st;
  for (PlacedDay& d : days) {
    auto id = place_day(d.day, d.number);
    if (!id.ok()) return id.status();
    d.story = id.value();
  }
  for (const Fact& f : facts) {
    links[f.document][f.event].story_id = days[f.day].story;
    count(days[f.day].story, documents[f.document]->events[f.event]);
  }
  return links;
}

// One round trip whatever the number of days: per triple, the stored
// stories that start within the window of its first to its last day here
// (a day's covering story, or a neighbour that can reach it, starts within
// the window of the day: a story spans at most the window).
Status StoryKeeper::prefetch(const std::map<Triple, std::pair<int, int>>& day_ranges) {
  std::vector<SqlParams> sets;
  std::vector<const Triple*> triples;
  for (const auto& [triple, range] : day_ranges) {
    triples.push_back(&triple);
    sets.push_back(std::move(day_params(triple)
                                 .text(iso_date_of(range.first - window_))
                                 .text(iso_date_of(range.second + window_))));
  }
  Status st = sql_.run_each(kStoriesNearDay, sets, [&](size_t set, const SqlRow& row) {
    const int64_t id = row.integer(0);
    stored_[id] = {row.text(1), row.text(2)};
    auto first = iso_day_number(row.text(1)), last = iso_day_number(row.text(2));
    if (!first || !last) return Status::Ok();  // not a date dyad wrote: left alone
    stored_span_[id] = Span{*first, *last};
    triples_[*triples[set]].stored.emplace_back(*first, id);
    return Status::Ok();
  });
  for (auto& [triple, stories] : triples_) std::sort(stories.stored.begin(), stories.stored.end());
  return st;
}

Result<int64_t> StoryKeeper::place_day(const Day& day, int n) {
  int64_t id = choose(day.first, n);
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
    triples_[day.first].created.push_back(id);
  }
  widen(id, day.second, n);
  states_[id].triple = day.first;
  return id;
}

StoryKeeper::Span StoryKeeper::span_of(int64_t id) const {
  Span span{std::numeric_limits<int>::max(), std::numeric_limits<int>::min()};
  if (auto stored = stored_span_.find(id); stored != stored_span_.end()) span = stored->second;
  if (auto placed = states_.find(id); placed != states_.end() && placed->second.placed) {
    span.first = std::min(span.first, placed->second.first_day);
    span.last = std::max(span.last, placed->second.last_day);
  }
  return span;
}

// The story that covers day `n`; else the nearest one before or after it
// that can reach it within the window (the one it spreads least, then the
// earlier); 0: none.
int64_t StoryKeeper::choose(const Triple& triple, int n) const {
  auto found = triples_.find(triple);
  if (found == triples_.end()) return 0;
  const TripleStories& t = found->second;
  std::vector<int64_t> ids = t.created;
  auto from = std::lower_bound(t.stored.begin(), t.stored.end(), std::pair<int, int64_t>{n - window_, 0});
  for (auto it = from; it != t.stored.end() && it->first <= n + window_; ++it) ids.push_back(it->second);
  int64_t before = 0, after = 0;
  Span b{}, a{};
  for (int64_t id : ids) {
    Span s = span_of(id);
    if (s.first <= n && n <= s.last) return id;
    if (s.last < n && (before == 0 || s.last > b.last)) before = id, b = s;
    if (s.first > n && (after == 0 || s.first < a.first)) after = id, a = s;
  }
  const int widen_before = before ? n - b.first : window_ + 1;
  const int widen_after = after ? a.last - n : window_ + 1;
  if (widen_before <= window_ && widen_before <= widen_after) return before;
  return widen_after <= window_ ? after : 0;
}

void StoryKeeper::widen(int64_t id, const std::string& date, int n) {
  StoryState& s = states_[id];
  if (!s.placed || n < s.first_day) {
    s.first = date;
    s.first_day = n;
  }
  if (!s.placed || n > s.last_day) {
    s.last = date;
    s.last_day = n;
  }
  s.placed = true;
}

void StoryKeeper::count(int64_t id, const Event& e) {
  StoryState& s = states_[id];
  ++s.events;
  if (e.modality == Modality::kAsserted) ++s.asserted;
  if (std::isfinite(e.goldstein)) {
    s.goldstein_sum += e.goldstein;
    ++s.goldstein_count;
  }
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
// deleted when none is left. Their stored dates (and what this write placed
// in them) still hold all their events: dates only shrink here.
Status StoryKeeper::recompute_shrunk() {
  std::vector<int64_t> ids(shrunk_.begin(), shrunk_.end());
  std::vector<SqlParams> rows, counts, updates, deletes;
  for (int64_t id : ids) rows.push_back(std::move(SqlParams{}.integer(id)));
  Status st = sql_.run_each(kStoryRow, rows, [&](size_t set, const SqlRow& row) {
    std::string first = row.text(3), last = row.text(4);
    if (auto placed = states_.find(ids[set]); placed != states_.end() && placed->second.placed) {
      first = std::min(first, placed->second.first);
      last = std::max(last, placed->second.last);
    }
    SqlParams p;
    p.text(row.text(0)).text(row.text(1)).text(row.text(2)).text(first).text(last).integer(ids[set]);
    counts.push_back(std::move(p));
    return Status::Ok();
  });
  std::vector<int64_t> counted;
  for (const SqlParams& p : counts) counted.push_back(std::get<int64_t>(p.values()[5]));
  if (st.ok()) st = sql_.run_each(kCountStory, counts, [&](size_t set, const SqlRow& row) {
    if (row.integer(0) == 0) {
      deletes.push_back(std::move(SqlParams{}.integer(counted[set])));
      return Status::Ok();
    }
    SqlParams p;
    p.text(row.text(1)).text(row.text(2)).integer(row.integer(0)).integer(row.integer(3));
    p.real(row.real(4)).integer(row.integer(5)).integer(counted[set]);
    updates.push_back(std::move(p));
    return Status::Ok();
  });
  if (st.ok()) st = sql_.run_each(kSetStory, updates);
  if (st.ok()) st = sql_.run_each(kDeleteStory, deletes);
  return st;
}

}  // namespace dyad::store
