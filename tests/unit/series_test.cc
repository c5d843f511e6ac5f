// Series, trends and networks (src/analysis/series.cc, trends.cc,
// network.cc) on both backends, over events written through the store API.
#include <gtest/gtest.h>

#include <cmath>

#include "analysis_test_support.h"
#include "dyad/lexicon.h"
#include "store/iso_days.h"

namespace dyad {
namespace {

using testing::AnalysisTest;
using V = std::vector<std::string>;

class Series : public AnalysisTest {
 protected:
  std::vector<SeriesRow> series(SeriesOptions options) {
    auto rows = time_series(*store_, options);
    EXPECT_TRUE(rows.ok()) << rows.status().message();
    return rows.ok() ? rows.value() : std::vector<SeriesRow>{};
  }
  // "period:events/stories" per row.
  V counts(const SeriesOptions& options) {
    V out;
    for (const SeriesRow& r : series(options))
      out.push_back(r.period + ":" + std::to_string(r.events) + "/" + std::to_string(r.stories));
    return out;
  }
  static SeriesOptions dyad(Period by, SeriesUnit count = SeriesUnit::kStories) {
    return SeriesOptions{.filter = {.source = "RUS", .target = "PRK"}, .by = by, .count = count};
  }

  // The Friday `weeks` weeks before 2024-12-27.
  static std::string store_date(int weeks) {
    return store::iso_date_of(*store::iso_day_number("2024-12-27") - 7 * weeks);
  }

  // Stories per week for a dyad: `per_week` stories (one per root) on each
  // of the 52 weeks before the week ending 2024-12-29, and `last` in it.
  static std::vector<StoredDocument> weekly(const std::string& source, int per_week, int last) {
    std::vector<StoredDocument> docs;
    for (int week = 0; week <= 52; ++week) {
      int n = week == 0 ? last : per_week;
      std::vector<Event> events;
      std::string date = store_date(week);
      for (int r = 1; r <= n; ++r) {
        events.push_back(event(source, "UKR", fmt::format("{:02}0", r), date));
      }
      if (!events.empty()) docs.push_back(doc(source + date, date, "A", events));
    }
    return docs;
  }
};

TEST_P(Series, EmptyPeriodsAreZeros) {
  write({doc("w1", "2024-06-04", "A", {event("RUS", "PRK", "057", "2024-06-04")}),  // a Tuesday
         doc("w4", "2024-06-27", "A", {event("RUS", "PRK", "057", "2024-06-27"),
                                        event("RUS", "PRK", "057", "2024-06-30")})});
  EXPECT_EQ(counts(dyad(Period::kWeek)),
            (V{"2024-06-03:1/1", "2024-06-10:0/0", "2024-06-17:0/0", "2024-06-24:2/1"}));
  auto rows = series(dyad(Period::kWeek));
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[1].start, "2024-06-10");
  EXPECT_EQ(rows[1].end, "2024-06-16");
  EXPECT_TRUE(std::isnan(rows[1].goldstein_mean));
  EXPECT_EQ(rows[1].quad_class, (std::array<int64_t, 4>{}));
  EXPECT_EQ(counts(dyad(Period::kMonth)), (V{"2024-06:3/2"}));
  EXPECT_EQ(counts(dyad(Period::kYear)), (V{"2024:3/2"}));
  EXPECT_EQ(counts(dyad(Period::kDay)).size(), 24u);  // June 4 to 27, the last story's start
  EXPECT_EQ(counts(dyad(Period::kDay, SeriesUnit::kEvents)).size(), 27u);  // to June 30
}

TEST_P(Series, DatesBoundThePeriodsShown) {
  write({doc("a", "2024-03-10", "A", {event("RUS", "PRK", "057", "2024-03-10")})});
  SeriesOptions o = dyad(Period::kMonth);
  o.filter.date_from = "2024-01-01";
  o.filter.date_to = "2024-05-31";
  EXPECT_EQ(counts(o), (V{"2024-01:0/0", "2024-02:0/0", "2024-03:1/1", "2024-04:0/0", "2024-05:0/0"}));
  o.filter.date_from = "2024-04-01";
  EXPECT_EQ(counts(o), (V{"2024-04:0/0", "2024-05:0/0"}));
}

TEST_P(Series, BreakdownsCountStoriesOrEvents) {
  write({doc("a", "2024-06-04", "A", {event("RUS", "PRK", "057", "2024-06-04"),
                                       event("RUS", "PRK", "057", "2024-06-05"),
                                       event("RUS", "PRK", "190", "2024-06-05", Modality::kReported)}),
         doc("b", "2024-06-05", "B", {event("RUS", "PRK", "051", "2024-06-05", Modality::kReported)})});
  auto stories = series(dyad(Period::kMonth));
  ASSERT_EQ(stories.size(), 1u);
  EXPECT_EQ(stories[0].events, 4);
  EXPECT_EQ(stories[0].stories, 2);  // RUS->PRK 05 (three mentions) and 19
  EXPECT_EQ(stories[0].quad_class, (std::array<int64_t, 4>{1, 0, 0, 1}));
  EXPECT_DOUBLE_EQ(stories[0].goldstein_sum, 2.5 - 4.0);  // each story's mean once
  EXPECT_DOUBLE_EQ(stories[0].goldstein_mean, (2.5 - 4.0) / 2);
  EXPECT_EQ(stories[0].modality[0], 1);  // asserted (a mention is)
  EXPECT_EQ(stories[0].modality[1], 1);  // reported
  auto events = series(dyad(Period::kMonth, SeriesUnit::kEvents));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].events, 4);
  EXPECT_EQ(events[0].stories, 2);
  EXPECT_EQ(events[0].quad_class, (std::array<int64_t, 4>{3, 0, 0, 1}));
  EXPECT_DOUBLE_EQ(events[0].goldstein_sum, 3 * 2.5 - 4.0);
  EXPECT_EQ(events[0].modality[0], 2);
  EXPECT_EQ(events[0].modality[1], 2);
}

TEST_P(Series, ModalitiesSelectTheEvents) {
  write({doc("a", "2024-06-04", "A", {event("RUS", "PRK", "057", "2024-06-04"),
                                       event("RUS", "PRK", "057", "2024-06-04", Modality::kPossible),
                                       event("RUS", "PRK", "074", "2024-06-04", Modality::kPlanned),
                                       event("RUS", "PRK", "074", "2024-06-04", Modality::kNegated)})});
  SeriesOptions o = dyad(Period::kMonth, SeriesUnit::kEvents);
  EXPECT_EQ(series(o)[0].events, 1);  // facts
  o.modalities = *parse_modality_selection("all");
  EXPECT_EQ(series(o)[0].events, 4);
  EXPECT_EQ(series(o)[0].modality, (std::array<int64_t, 6>{1, 0, 1, 1, 1, 0}));
  o.modalities = *parse_modality_selection("planned,possible");
  EXPECT_EQ(series(o)[0].events, 2);
  EXPECT_EQ(series(o)[0].stories, 0);  // stories hold facts only
  EXPECT_FALSE(parse_modality_selection("certain"));
  EXPECT_FALSE(parse_modality_selection(""));
}

TEST_P(Series, ASourceOrATargetAloneSelects) {
  write({doc("a", "2024-06-04", "A", {event("RUS", "PRK", "057", "2024-06-04"),
                                       event("RUS", "UKR", "190", "2024-06-04"),
                                       event("CHN", "PRK", "057", "2024-06-04")})});
  EXPECT_EQ(counts(SeriesOptions{.filter = {.source = "RUS"}, .by = Period::kYear}), V{"2024:2/2"});
  EXPECT_EQ(counts(SeriesOptions{.filter = {.target = "PRK"}, .by = Period::kYear}), V{"2024:2/2"});
  EXPECT_FALSE(time_series(*store_, SeriesOptions{}).ok());
}

TEST_P(Series, TrendsFlagDyadsAboveTheirPastWeeks) {
  std::vector<StoredDocument> docs;
  for (auto [source, per_week, last] :
       {std::tuple{"RUS", 1, 2}, std::tuple{"USA", 10, 12}, std::tuple{"GBR", 5, 5}}) {
    for (StoredDocument& d : weekly(source, per_week, last)) docs.push_back(std::move(d));
  }
  docs.push_back(doc("new", "2024-12-27", "A", {event("JPN", "UKR", "010", "2024-12-27")}));
  write(docs);
  auto flagged = trends(*store_, TrendOptions{.as_of = "2024-12-29"});
  ASSERT_TRUE(flagged.ok()) << flagged.status().message();
  V got;
  for (const Trend& t : flagged.value())
    got.push_back(fmt::format("{}->{} {} {} {:.2f}", t.source, t.target, t.flag, t.last_week, t.change));
  EXPECT_EQ(got, (V{"JPN->UKR large 1 inf", "RUS->UKR large 2 1.00", "USA->UKR moderate 12 0.20"}));
  EXPECT_EQ(flagged.value()[2].week_start, "2024-12-23");
  EXPECT_DOUBLE_EQ(flagged.value()[2].mean_4_weeks, 10);
  // As of a week earlier nothing stands out (USA's 10 are its usual).
  auto before = trends(*store_, TrendOptions{.as_of = "2024-12-22"});
  ASSERT_TRUE(before.ok());
  EXPECT_TRUE(before.value().empty()) << before.value().size();
}

TEST_P(Series, NetworksWeighTheirEdges) {
  write({doc("a", "2024-06-04", "A", {event("RUS", "PRK", "057", "2024-06-04"),
                                       event("RUS", "PRK", "057", "2024-06-05"),
                                       event("RUS", "PRK", "190", "2024-06-05"),
                                       event("PRK", "RUS", "074", "2024-06-05", Modality::kPlanned),
                                       event("UKR", "RUS", "190", "2024-06-06")})});
  auto names = load_entity_names(default_data_dir());
  ASSERT_TRUE(names.ok()) << names.status().message();
  auto facts = event_network(*store_, NetworkOptions{}, names.value());
  ASSERT_TRUE(facts.ok()) << facts.status().message();
  const Network& n = facts.value();
  ASSERT_EQ(n.edges.size(), 2u);  // the plan is no fact
  EXPECT_EQ(n.edges[0].source, "RUS");
  EXPECT_EQ(n.edges[0].events, 3);
  EXPECT_EQ(n.edges[0].stories, 2);
  EXPECT_DOUBLE_EQ(n.edges[0].goldstein_sum, 2.5 + 2.5 - 4.0);
  EXPECT_EQ(n.edges[0].quad_class, (std::array<int64_t, 4>{2, 0, 0, 1}));
  ASSERT_EQ(n.nodes.size(), 3u);
  EXPECT_EQ(n.nodes[1].id, "RUS");
  EXPECT_EQ(n.nodes[1].name, "Russia");
  EXPECT_EQ(n.nodes[1].events_out, 3);
  EXPECT_EQ(n.nodes[1].events_in, 1);
  auto all = event_network(*store_, NetworkOptions{.modalities = *parse_modality_selection("all")},
                           names.value());
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all.value().edges.size(), 3u);
  auto filtered = event_network(*store_, NetworkOptions{.filter = {.root = "19"}}, EntityNames{});
  ASSERT_TRUE(filtered.ok());
  EXPECT_EQ(filtered.value().edges.size(), 2u);
  EXPECT_EQ(filtered.value().nodes[0].name, "PRK");  // no names: the entity itself
}

INSTANTIATE_TEST_SUITE_P(Backends, Series, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dyad
