// Stories kept current as documents are written (docs/ANALYSIS.md). A story
// is the fact events of one (source entity, target entity, root) whose dates
// all lie within `window_days` of each other, from any number of documents.
//
// Placement is online, one event at a time in write order: an event joins the
// story that already holds events of its triple on its date; else, of the
// stories of its triple it can join without spreading wider than the window,
// the one it spreads least (then the earlier); else it starts a story. So
// coding one more document touches only the stories of its own events, never
// the rest, and all events of one triple and day are always in one story.
// Replacing a document takes its events out of their stories first (a story
// left empty is deleted, unless the new events fill it again: re-coding an
// unchanged document keeps its stories and their ids). Coded in date order,
// as rebuild_stories does, placement is the greedy partition "a story starts
// at its first date and holds the next window_days days".
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
    int64_t events = 0, asserted = 0, goldstein_count = 0;
    double goldstein_sum = 0;
  };
  struct Candidate {
    int64_t id;
    std::string first, last;
  };

  Status prefetch(const std::vector<Day>& days);
  int64_t choose(const Day& day, int day_number);
  Result<int64_t> story_for(const Day& day, const Event& event);
  void add_to(int64_t id, const std::string& date, int day_number, const Event& event);
  Status insert_created();
  Status update_grown();
  Status recompute_shrunk();

  SqlSession& sql_;
  int window_;
  std::set<int64_t> shrunk_;                   // lost events to replaced documents
  std::map<Day, int64_t> day_story_;           // stored or placed: the story of a day
  std::map<Day, std::vector<Candidate>> candidates_;
  std::map<Triple, std::vector<int64_t>> created_by_triple_;
  std::map<int64_t, StoryState> states_;       // stories placed into in this write
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

}  // namespace dyad::store
