// Analysis over the event store: stories (one occurrence reported by many
// documents), the watch list (plans, possibilities, recommendations, threats
// and red lines, with what became of them), time series, trends and
// networks. Plain functions over an open Store, the same on SQLite and
// PostgreSQL; the CLI (`dyad stories|watch|series|trends|network`), the HTTP
// server and the Python bindings call these. Results are plain structs;
// analysis_output.h renders them. No exception crosses this API.
// Definitions and the queries' plans: docs/ANALYSIS.md.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad {

// ---------------------------------------------------------------------------
// Stories

// One event of a story: where it was read.
struct StoryMention {
  std::string doc_id{};
  int sentence = 0;
  Modality modality = Modality::kAsserted;
  std::string date{};
  std::string outlet{};  // the document's source ("outlet"), or empty
};

// The fact events (asserted or reported, not conditional) of one source
// entity, target entity and root whose dates lie within the store's story
// window of each other, from any number of documents.
struct Story {
  int64_t id = 0;
  std::string source{}, target{};  // entities (EVENTS.md)
  std::string root{};
  std::string code{};  // the most frequent code of its events (the lowest on a tie)
  std::string first_date{}, last_date{};
  Modality modality = Modality::kReported;  // asserted when any event is
  int64_t documents = 0;                    // distinct documents
  int64_t outlets = 0;                      // distinct non-empty outlets
  std::vector<StoryMention> mentions{};       // in date, then insertion order
};

// The stories that match `filter`, by first date, source, target and root
// (no two stories share all four): source, target and root
// are the story's; date_from / date_to keep stories that overlap the range;
// code and modality are the story's code and modality; doc_id keeps the
// stories with an event of that document; limit caps the number of stories.
Result<std::vector<Story>> list_stories(Store& store, const EventFilter& filter);

// ---------------------------------------------------------------------------
// The watch list

enum class WatchKind { kRecommendation, kPlan, kPossibility, kThreat, kRedLine };
enum class WatchStatus { kOpen, kHappened, kContradicted, kTriggered };
const char* watch_kind_name(WatchKind kind);
const char* watch_status_name(WatchStatus status);

// What a threat's carrying out looks like: threatened code -> the codes or
// roots (prefixes) of the fact events that carry it out, e.g. 138 -> 18, 19,
// 20. Loaded from data (data/watch/threat_roots.tsv), not compiled in.
class ThreatTable {
 public:
  // Adds or replaces the entry for `threat_code` (2-4 digits).
  void set(const std::string& threat_code, std::vector<std::string> prefixes);
  // The prefixes of the longest entry that `threat_code` starts with
  // (1384, else 138, else 13); empty when none.
  const std::vector<std::string>& carried_out_by(std::string_view threat_code) const;
  bool empty() const { return entries_.empty(); }

 private:
  std::map<std::string, std::vector<std::string>, std::less<>> entries_;
};

// Lines "THREAT_CODE<TAB>PREFIX[,PREFIX...]", '#' comments. Errors name the line.
Result<ThreatTable> load_threat_table(const std::string& path);
std::string default_threat_table_path();  // <data dir>/watch/threat_roots.tsv

struct WatchEvidence {
  std::string doc_id{};
  int sentence = 0;
  std::string date{};
  Modality modality = Modality::kAsserted;
  std::string code{};
};

// The condition of a red line and what became of it (open, happened or
// contradicted), with the fact or negated events that tell (the earliest 5).
struct WatchCondition {
  std::string source{}, target{}, root{}, code{};
  WatchStatus status = WatchStatus::kOpen;
  std::vector<WatchEvidence> evidence{};
};

struct WatchStatement {
  std::string doc_id{};
  int sentence = 0;
  std::string date{};  // the document's date, else the event's
  std::string text{};  // the sentence
};

struct WatchItem {
  int64_t id = 0;  // the stated event's row id
  WatchKind kind = WatchKind::kPossibility;
  WatchStatus status = WatchStatus::kOpen;
  std::string source, target, root, code;  // of the stated event (entities)
  Modality modality = Modality::kPossible;
  WatchStatement stated{};
  std::vector<WatchEvidence> evidence{};  // what made the status: the earliest 5 at most
  std::optional<WatchCondition> condition{};  // red lines only
};

struct WatchOptions {
  // source, target, root, doc_id and date_from / date_to select the stated
  // items (dates: the statement's date); code, modality and limit are unused.
  EventFilter filter{};
  std::string as_of{};  // YYYY-MM-DD: statements and evidence up to this day; empty: all
  ThreatTable threats{};
};

// Every plan, possibility, recommendation and threat (CAMEO 13x) in the
// store is an item; a conditional event is a red line, and the if-clause of
// a red line or the act a threat names is part of its item. Status as of
// `as_of`: happened (a later fact of the same source, target and root, or for
// a threat of a root it threatened), contradicted (a later negated event of
// the same), else open; a red line is triggered once its condition happened,
// and happened when the consequence then did. In statement date order.
Result<std::vector<WatchItem>> watch_list(Store& store, const WatchOptions& options);

// ---------------------------------------------------------------------------
// Series, trends, networks

// Which events count: facts (asserted or reported and not conditional, the
// events of stories), or the events of the listed modalities.
struct ModalitySelection {
  bool facts = true;
  std::vector<Modality> modalities{};  // when !facts
};
// "facts", "all", or a comma-separated list ("asserted,planned").
std::optional<ModalitySelection> parse_modality_selection(std::string_view text);

enum class Period { kDay, kWeek, kMonth, kYear };  // weeks start on Monday
enum class SeriesUnit { kStories, kEvents };

struct SeriesOptions {
  // source, target (at least one), root, and date_from / date_to (the
  // periods shown; unset: from the first to the last date found).
  EventFilter filter{};
  Period by = Period::kWeek;
  SeriesUnit count = SeriesUnit::kStories;  // what a row counts (SeriesRow)
  ModalitySelection modalities{};
};

// One period. Counting stories (the default), a row describes the stories
// that start in the period: `stories` their number, `events` their events,
// and the breakdowns one unit per story (its root's quad class, its mean
// Goldstein value, its modality); stories hold facts only. Counting events,
// a row describes the selected events dated in the period, one unit per
// event; `stories` still counts the stories that start in it.
struct SeriesRow {
  std::string period{};      // 2024-06-19, 2024-06-17 (the week's Monday), 2024-06, 2024
  std::string start{}, end{};  // its first and last day
  int64_t events = 0;
  int64_t stories = 0;
  std::array<int64_t, 4> quad_class{};  // 1 verbal, 2 material cooperation, 3 verbal, 4 material conflict
  double goldstein_sum = 0;
  double goldstein_mean = 0;  // NaN when no unit has a Goldstein value
  std::array<int64_t, 6> modality{};  // in Modality order
};

// One row per period from the first to the last, empty periods as zeros.
Result<std::vector<SeriesRow>> time_series(Store& store, const SeriesOptions& options);

struct TrendOptions {
  std::string as_of{};  // the last day of "last week"; empty: the latest story date
};

// A dyad whose last week (7 days to as_of; stories) stands above the weekly
// mean of both the 4 and the 52 weeks before it.
struct Trend {
  std::string source{}, target{};
  std::string week_start{}, week_end{};
  int64_t last_week = 0;
  double mean_4_weeks = 0, mean_52_weeks = 0;
  double change = 0;  // the smaller rise over the two means, as a fraction; inf from nothing
  std::string flag{};   // "moderate" (+10% to +25%) or "large" (over +25%)
};

// Flagged dyads, large before moderate, then by rise and stories.
Result<std::vector<Trend>> trends(Store& store, const TrendOptions& options);

// Display names of entities: "RUS" -> "Russia", "NATO" -> "NATO".
class EntityNames {
 public:
  void set(const std::string& entity, const std::string& name) { names_[entity] = name; }
  // The name, or the entity itself when it has none.
  const std::string& name(const std::string& entity) const;
  // Every entity with its name, by entity.
  const std::map<std::string, std::string>& all() const { return names_; }

 private:
  std::map<std::string, std::string> names_;
};

// The first name of each state and organisation entry of the actor
// dictionaries in `data_dir` (actors/countries.txt, actors/organisations.txt).
Result<EntityNames> load_entity_names(const std::string& data_dir);

struct NetworkOptions {
  // source, target, root, code, doc_id and dates select events.
  EventFilter filter{};
  ModalitySelection modalities{};
};

struct NetworkNode {
  std::string id{}, name{};
  int64_t events_out = 0, events_in = 0;
};

// source -> target, weighted.
struct NetworkEdge {
  std::string source{}, target{};
  int64_t events = 0;
  int64_t stories = 0;  // distinct stories of its events
  double goldstein_sum = 0;
  std::array<int64_t, 4> quad_class{};
};

struct Network {
  std::vector<NetworkNode> nodes{};  // by id
  std::vector<NetworkEdge> edges{};  // by source, then target
};

Result<Network> event_network(Store& store, const NetworkOptions& options,
                              const EntityNames& names);

}  // namespace dyad
