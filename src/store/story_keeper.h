// Stories kept current as documents are written (docs/ANALYSIS.md). A story
// is the fact events of one (source entity, target entity, root) whose dates
// all lie within `window_days` of each other, from any number of documents.
//
// Placement is online, one event at a time in write order: an event joins
// the story of its triple whose dates already cover its date; else the
// neighbouring story before or after it that can take it without spreading
// over more than the window (the one it spreads least, the earlier on a
// tie); else it starts a story. So a triple's stories never overlap in time,
// all its events of one day are in one story, and coding one more document
// touches only the stories of its own events, never the rest. Replacing a
// document takes its events out of their stories first (a story left empty
// is deleted, unless the new events fill it again: re-coding an unchanged
// document keeps its stories and their ids). Coded in date order, as
// rebuild_stories does, placement is the greedy partition "a story starts at
// its first date and holds the next window_days days".
//
// Every call runs inside the writer's open transaction, in this order: begin,
// note_replaced (before the deletes), place (after the deletes, before the
// inserts), finish (after the inserts).
#pragma once

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "dyad/store.h"
#include "store/event_links.h"
#include "store/sql_session.h"

namespace dyad::store {

inline constexpr int kDefaultStoryWindowDays = 3;

class StoryKeeper {
 public:
  StoryKeeper(SqlSession& session, int window_days) : sql_(session), window_(window_days) {}

  // Takes the story lock (PostgreSQL: concurrent writers place one at a
  // time; SQLite's write transaction already excludes them).
  Status begin();

  // The stories that lose events when these stored documents are replaced.
  Status note_replaced(const std::vector<std::string>& doc_ids);

  // The links of each document's events, story ids included.
  Result<std::vector<std::vector<EventLinks>>> place(
      const std::vector<const StoredDocument*>& documents);

  // Brings the stories' rows up to date with the events now written.
  Status finish();

 private:
  using Triple = std::tuple<std::string, std::string, std::string>;  // source, target, root
  using Day = std::pair<Triple, std::string>;                          // a triple on a date

  struct StoryState {
    Triple triple;
    std::string first, last;  // of the events placed in this write
    int first_day = 0, last_day = 0;
    bool created = false;  // in this write
    bool placed = false;   // has events of this write
    int64_t events = 0, asserted = 0, goldstein_count = 0;
    double goldstein_sum = 0;
  };
  // A story's dates as day numbers: stored, widened by what was placed.
  struct Span {
    int first = 0, last = 0;
  };
  // The stored stories of a triple near this write's days, by first date,
  // and the stories this write created for it.
  struct TripleStories {
    std::vector<std::pair<int, int64_t>> stored;  // (first day, id)
    std::vector<int64_t> created;
  };

  Status prefetch(const std::map<Triple, std::pair<int, int>>& day_ranges);
  Result<int64_t> place_day(const Day& day, int day_number);
  Span span_of(int64_t id) const;
  int64_t choose(const Triple& triple, int day_number) const;
  void widen(int64_t id, const std::string& date, int day_number);
  void count(int64_t id, const Event& event);
  Status insert_created();
  Status update_grown();
  Status recompute_shrunk();

  SqlSession& sql_;
  int window_;
  std::set<int64_t> shrunk_;                   // lost events to replaced documents
  std::map<Triple, TripleStories> triples_;
  std::map<int64_t, StoryState> states_;  // stories placed into in this write
  std::map<int64_t, std::pair<std::string, std::string>> stored_;  // stored first, last dates
  std::map<int64_t, Span> stored_span_;
  int64_t next_id_ = -1;                       // -1: not read yet
};

// The window the store's stories were built with; 0 when they must be built
// (a store migrated from version 1, or written with stories turned off).
Result<int> stored_story_window(SqlSession& session);

// Marks the stories as to be rebuilt (a write without keeping them).
Status mark_stories_stale(SqlSession& session);

// Builds every story again from the stored events, placing them in date
// order, and records `window_days`. In the caller's transaction.
Status rebuild_stories(SqlSession& session, int window_days);

// What a store opened for writing does about stories: keep them with this
// window, after rebuilding them all when `rebuild` (the stored window is
// not the one wanted, or the stories are stale).
struct StoryPlan {
  int window_days = kDefaultStoryWindowDays;
  bool rebuild = false;
};
Result<StoryPlan> plan_stories(SqlSession& session, const StoreOptions& options);

// For a store just opened: the window its writes keep stories with, after
// rebuilding them in a transaction of their own when the plan says so.
// Read-only: 0, nothing done.
Result<int> prepare_stories(SqlSession& session, const StoreOptions& options);

}  // namespace dyad::store
