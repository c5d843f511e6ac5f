// Stories (src/store/story_keeper.cc, src/analysis/stories.cc) on both
// backends: merging across documents within the window, no merging across
// weeks, triples or non-facts, re-coding a document, rebuilding, and the
// story ids `query` reports. Documents are written through the store API.
#include <gtest/gtest.h>

#include <sqlite3.h>

#include <set>

#include "analysis_test_support.h"
#include "store/schema.h"

namespace dyad {
namespace {

using testing::AnalysisTest;
using V = std::vector<std::string>;

class Stories : public AnalysisTest {
 protected:
  Event fact(const std::string& date, Modality m = Modality::kAsserted) {
    return event("RUS", "PRK", "057", date, m);
  }
};

TEST_P(Stories, ArticlesOnOneOccurrenceWithinTheWindowAreOneStory) {
  write({doc("tass", "2024-06-19", "TASS", {fact("2024-06-19")}),
         doc("kcna", "2024-06-20", "KCNA", {fact("2024-06-19", Modality::kReported)}),
         doc("yonhap", "2024-06-21", "Yonhap", {fact("2024-06-21")})});
  write({doc("nk-news", "2024-06-22", "NK News", {event("RUS", "PRK", "051", "2024-06-20")})});
  auto all = stories();
  ASSERT_EQ(all.size(), 1u);
  const Story& s = all[0];
  EXPECT_EQ(describe(s), "RUS->PRK 05 2024-06-19..2024-06-21 [tass,kcna,nk-news,yonhap]");
  EXPECT_EQ(s.code, "057");  // three of four mentions
  EXPECT_EQ(s.modality, Modality::kAsserted);
  EXPECT_EQ(s.documents, 4);
  EXPECT_EQ(s.outlets, 4);
  EXPECT_EQ(s.mentions[1].outlet, "KCNA");
  EXPECT_EQ(s.mentions[1].modality, Modality::kReported);
}

TEST_P(Stories, ReportedOnlyStoriesAreReported) {
  write({doc("a", "2024-06-19", "A", {fact("2024-06-19", Modality::kReported)}),
         doc("b", "2024-06-19", "A", {fact("2024-06-19", Modality::kReported)})});
  auto all = stories();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(all[0].modality, Modality::kReported);
  EXPECT_EQ(all[0].documents, 2);
  EXPECT_EQ(all[0].outlets, 1);
}

TEST_P(Stories, EventsAWeekApartAreTwoStories) {
  write({doc("mon", "2024-06-17", "A", {fact("2024-06-17")}),
         doc("next-mon", "2024-06-24", "A", {fact("2024-06-24")})});
  EXPECT_EQ(described(), (V{"RUS->PRK 05 2024-06-17..2024-06-17 [mon]",
                            "RUS->PRK 05 2024-06-24..2024-06-24 [next-mon]"}));
  // An event between them joins one; it does not chain the two weeks together.
  write({doc("thu", "2024-06-20", "B", {fact("2024-06-20")})});
  EXPECT_EQ(described(), (V{"RUS->PRK 05 2024-06-17..2024-06-20 [mon,thu]",
                            "RUS->PRK 05 2024-06-24..2024-06-24 [next-mon]"}));
}

TEST_P(Stories, AStoryNeverSpansMoreThanTheWindow) {
  // Day by day over a week: each story holds at most 4 consecutive days (3-day window).
  std::vector<StoredDocument> week;
  for (int day = 10; day <= 16; ++day) {
    std::string date = "2024-06-" + std::to_string(day);
    week.push_back(doc("d" + std::to_string(day), date, "A", {fact(date)}));
  }
  write(week);
  EXPECT_EQ(described(), (V{"RUS->PRK 05 2024-06-10..2024-06-13 [d10,d11,d12,d13]",
                            "RUS->PRK 05 2024-06-14..2024-06-16 [d14,d15,d16]"}));
}

TEST_P(Stories, OtherTriplesAndNonFactsAreNotMerged) {
  Event conditional = event("KOR", "UKR", "072", "2024-06-19", Modality::kPossible);
  Event condition = event("RUS", "PRK", "072", "2024-06-19", Modality::kAsserted);
  conditional.condition = EventCondition{condition.source, condition.target, "072", "07",
                                         condition.verb, 1};
  conditional.modality = Modality::kAsserted;  // even asserted, a conditional event is no fact
  write({doc("facts", "2024-06-19", "A",
             {fact("2024-06-19"), event("PRK", "RUS", "057", "2024-06-19"),
              event("RUS", "PRK", "042", "2024-06-19")}),
         doc("others", "2024-06-19", "A",
             {fact("2024-06-19", Modality::kPossible), fact("2024-06-19", Modality::kPlanned),
              fact("2024-06-19", Modality::kNegated), fact("2024-06-19", Modality::kRecommended),
              fact("")}),
         doc("red-line", "2024-06-19", "A", {conditional, condition})});
  EXPECT_EQ(described(), (V{"PRK->RUS 05 2024-06-19..2024-06-19 [facts]",
                            "RUS->PRK 04 2024-06-19..2024-06-19 [facts]",
                            "RUS->PRK 05 2024-06-19..2024-06-19 [facts]"}));
  EXPECT_EQ(story_ids_of("others"), (std::vector<int64_t>{0, 0, 0, 0, 0}));
  EXPECT_EQ(story_ids_of("red-line"), (std::vector<int64_t>{0, 0}));  // the condition is no fact either
}

TEST_P(Stories, RecodingAnUnchangedDocumentKeepsItsStories) {
  write({doc("a", "2024-06-19", "A", {fact("2024-06-19"), event("PRK", "RUS", "057", "2024-06-19")}),
         doc("b", "2024-06-20", "B", {fact("2024-06-20")})});
  auto before = stories();
  std::vector<int64_t> ids = story_ids_of("a");
  write({doc("a", "2024-06-19", "A", {fact("2024-06-19"), event("PRK", "RUS", "057", "2024-06-19")})});
  auto after = stories();
  ASSERT_EQ(after.size(), before.size());
  for (size_t i = 0; i < after.size(); ++i) {
    EXPECT_EQ(after[i].id, before[i].id);
    EXPECT_EQ(describe(after[i]), describe(before[i]));
  }
  EXPECT_EQ(story_ids_of("a"), ids);
}

TEST_P(Stories, RecodingAChangedDocumentMovesItsMentions) {
  write({doc("a", "2024-06-19", "A", {fact("2024-06-19")}),
         doc("b", "2024-06-20", "B", {fact("2024-06-20")}),
         doc("lone", "2024-07-01", "C", {event("USA", "PRK", "112", "2024-07-01")})});
  const int64_t kept = stories()[0].id;
  // "a" now tells of July, "lone" of nothing: its story goes, "a" leaves the June story.
  write({doc("a", "2024-07-10", "A", {fact("2024-07-10")}), doc("lone", "2024-07-01", "C", {})});
  auto all = stories();
  EXPECT_EQ(described(), (V{"RUS->PRK 05 2024-06-20..2024-06-20 [b]",
                            "RUS->PRK 05 2024-07-10..2024-07-10 [a]"}));
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].id, kept);  // the June story keeps its id and shrinks to its first date
  // The stored counts follow the events (the series read them).
  auto series = time_series(*store_, SeriesOptions{.filter = {.source = "RUS", .target = "PRK"},
                                                   .by = Period::kYear});
  ASSERT_TRUE(series.ok()) << series.status().message();
  ASSERT_EQ(series.value().size(), 1u);
  EXPECT_EQ(series.value()[0].stories, 2);
  EXPECT_EQ(series.value()[0].events, 2);
}

TEST_P(Stories, TheSameIdTwiceInOneWritePlacesTheLastOnly) {
  write({doc("a", "2024-06-19", "A", {fact("2024-06-19")}),
         doc("a", "2024-06-25", "A", {fact("2024-06-25")})});
  EXPECT_EQ(described(), (V{"RUS->PRK 05 2024-06-25..2024-06-25 [a]"}));
}

TEST_P(Stories, QueryReportsEachFactsStory) {
  write({doc("a", "2024-06-19", "A", {fact("2024-06-19"), fact("2024-06-19", Modality::kPossible)}),
         doc("b", "2024-06-21", "B", {fact("2024-06-21")})});
  auto all = stories();
  ASSERT_EQ(all.size(), 1u);
  EXPECT_EQ(story_ids_of("a"), (std::vector<int64_t>{all[0].id, 0}));
  EXPECT_EQ(story_ids_of("b"), (std::vector<int64_t>{all[0].id}));
}

TEST_P(Stories, FiltersSelectStories) {
  write({doc("june", "2024-06-19", "A",
             {fact("2024-06-19"), event("USA", "PRK", "112", "2024-06-19"),
              event("RUS", "PRK", "072", "2024-06-19", Modality::kReported)}),
         doc("july", "2024-07-19", "A", {fact("2024-07-19"), event("RUS", "UKR", "190", "2024-07-19")})});
  EXPECT_EQ(stories(EventFilter{.source = "USA"}).size(), 1u);
  EXPECT_EQ(stories(EventFilter{.target = "PRK"}).size(), 4u);
  EXPECT_EQ(stories(EventFilter{.root = "05"}).size(), 2u);
  EXPECT_EQ(stories(EventFilter{.code = "072"}).size(), 1u);
  EXPECT_EQ(stories(EventFilter{.modality = "reported"}).size(), 1u);
  EXPECT_EQ(stories(EventFilter{.doc_id = "july"}).size(), 2u);
  EXPECT_EQ(stories(EventFilter{.date_from = "2024-07-01"}).size(), 2u);
  EXPECT_EQ(stories(EventFilter{.date_to = "2024-06-30"}).size(), 3u);
  EXPECT_EQ(stories(EventFilter{.limit = 2}).size(), 2u);
  EXPECT_EQ(stories(EventFilter{.source = "' OR 1=1 --"}).size(), 0u);
}

TEST_P(Stories, OnlineAndRebuiltStoriesAgreeForArticlesInDateOrder) {
  std::vector<StoredDocument> corpus;
  const char* dates[] = {"2024-06-01", "2024-06-02", "2024-06-04", "2024-06-05", "2024-06-09",
                         "2024-06-12", "2024-06-13", "2024-06-20", "2024-06-23", "2024-06-24"};
  for (int i = 0; i < 10; ++i) {
    corpus.push_back(doc("d" + std::to_string(i), dates[i], "A",
                         {fact(dates[i]), event("PRK", "RUS", "057", dates[i])}));
  }
  for (const StoredDocument& d : corpus) write({d});  // one article at a time
  V online = described();
  store_.reset();
  store_ = open(StoreOptions{.story_window_days = 5});  // a new window rebuilds
  ASSERT_TRUE(store_);
  EXPECT_NE(described(), online);
  store_.reset();
  store_ = open(StoreOptions{.story_window_days = 3});  // and back
  ASSERT_TRUE(store_);
  EXPECT_EQ(described(), online);
  EXPECT_EQ(online.size(), 12u);  // per dyad: 1-4, 5, 9-12, 13, 20-23, 24
  EXPECT_EQ(online[1], "RUS->PRK 05 2024-06-01..2024-06-04 [d0,d1,d2]");
  EXPECT_EQ(online[3], "RUS->PRK 05 2024-06-05..2024-06-05 [d3]");
}

TEST_P(Stories, WritesWithoutStoriesAreRebuiltOnTheNextOpen) {
  store_.reset();
  store_ = open(StoreOptions{.keep_stories = false});
  ASSERT_TRUE(store_);
  write({doc("a", "2024-06-19", "A", {fact("2024-06-19")}),
         doc("b", "2024-06-20", "B", {fact("2024-06-20")})});
  EXPECT_EQ(story_ids_of("a"), (std::vector<int64_t>{0}));
  store_.reset();
  store_ = open(StoreOptions{});
  ASSERT_TRUE(store_);
  EXPECT_EQ(described(), (V{"RUS->PRK 05 2024-06-19..2024-06-20 [a,b]"}));
}

// A store written by a dyad of schema version 1 (no stories) is migrated
// when opened for writing, and its stories are built from its events.
TEST_P(Stories, MigratingAVersion1StoreBuildsItsStories) {
  testing::ScratchStore old(GetParam());
  auto backend = GetParam() == "sqlite" ? store::Backend::kSqlite : store::Backend::kPostgres;
  std::string sql = std::string(store::kCreateSchemaVersionTable) + ";" +
                    store::migrations(backend)[0].sql +
                    ";INSERT INTO schema_version VALUES (1, '0001_init', '2024-01-01T00:00:00Z');"
                    "INSERT INTO documents (id, status) VALUES ('old', 'ok');"
                    "INSERT INTO sentences VALUES ('old', 0, 0, 5, 'Text.');";
  const char* events[] = {"2024-06-19', 'asserted", "2024-06-21', 'reported",
                          "2024-06-21', 'possible", "2024-06-30', 'asserted"};
  for (int i = 0; i < 4; ++i) {
    sql += "INSERT INTO events (doc_id, ordinal, sentence, date, modality, date_source, "
           "source_country, target_country, code, root, quad_class, goldstein) VALUES ('old', " +
           std::to_string(i) + ", 0, '" + events[i] + "', 'text', 'RUS', 'PRK', '057', '05', 1, 3.5);";
  }
  if (old.is_postgres()) {
    ASSERT_EQ(testing::postgres_admin(old.location(), sql), "");
  } else {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(old.location().c_str(), &db), SQLITE_OK);
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr), SQLITE_OK) << sqlite3_errmsg(db);
    sqlite3_close(db);
  }
  auto opened = open_store(old.location());
  ASSERT_TRUE(opened.ok()) << opened.status().message();
  store_ = std::move(opened).value();
  EXPECT_EQ(store_->schema_version().value(), store::latest_schema_version(backend));
  EXPECT_EQ(described(), (V{"RUS->PRK 05 2024-06-19..2024-06-21 [old,old]",
                            "RUS->PRK 05 2024-06-30..2024-06-30 [old]"}));
  EXPECT_EQ(story_ids_of("old")[2], 0);  // the possible one
  store_.reset();  // before `old` is cleaned up
}

INSTANTIATE_TEST_SUITE_P(Backends, Stories, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dyad
