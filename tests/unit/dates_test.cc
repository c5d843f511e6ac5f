// Event dates (shared/spec/EVENTS.md `date`, ANNOTATION.md convention 11):
// dates the text fixes ("on Wednesday", "yesterday", "last month",
// "in June 2024", "on 19 June", "two days later") resolved against the document
// date; otherwise the document date; "since <date>" is a start, not the event.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/engine.h"
#include "dyad/event.h"
#include "dyad/lexicon.h"
#include "coded_events.h"

namespace {

using dyad::Event;

class DatesTest : public dyad::testing::CodedEventsTest {
 protected:
  // "2024-06-19 text day" for the event `key`, or "(missing)".
  static std::string DateOf(const std::vector<Event>& events, const std::string& key) {
    const Event* e = Find(events, key);
    if (!e) return "(missing)";
    return e->date + " " + dyad::date_source_name(e->date_source) + " " + e->date_precision;
  }
};

// ---------------------------------------------------------------------------
// Weekdays: the latest such day on or before the document date for past acts
// ---------------------------------------------------------------------------

TEST_F(DatesTest, WeekdayPastIsTheLastSuchDay) {
  // 2024-06-21 is a Friday; the Wednesday before is 2024-06-19.
  auto ev = Code("Putin met Kim Jong Un in Pyongyang on Wednesday.", "2024-06-21");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 04"), "2024-06-19 text day") << Describe(ev);
  EXPECT_EQ(DateOf(ev, "PRK->RUS 04"), "2024-06-19 text day") << Describe(ev);
}

TEST_F(DatesTest, WeekdayOnTheDocumentDateIsThatDay) {
  // 2024-06-19 is itself a Wednesday.
  auto ev = Code("Putin met Kim Jong Un in Pyongyang on Wednesday.", "2024-06-19");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 04"), "2024-06-19 text day") << Describe(ev);
}

TEST_F(DatesTest, WeekdayEarlierInTheWeek) {
  // 2024-11-20 is a Wednesday; the Monday before is 2024-11-18.
  auto ev = Code("Japan imposed sanctions on North Korea on Monday.", "2024-11-20");
  EXPECT_EQ(DateOf(ev, "JPN->PRK 16"), "2024-11-18 text day") << Describe(ev);
}

TEST_F(DatesTest, WeekdayWithoutPreposition) {
  // 2024-11-02 is a Saturday; the Friday before is 2024-11-01.
  auto ev = Code("Lavrov met Choe Son Hui in Moscow Friday.", "2024-11-02");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 04"), "2024-11-01 text day") << Describe(ev);
}

TEST_F(DatesTest, WeekdayAcrossAMonthBoundary) {
  // 2024-12-01 is a Sunday; the Thursday before is 2024-11-28.
  auto ev = Code("Belousov met Kim Jong Un in Pyongyang on Thursday.", "2024-12-01");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 04"), "2024-11-28 text day") << Describe(ev);
}

// ---------------------------------------------------------------------------
// Weekdays for planned acts: the next such day after the document date
// ---------------------------------------------------------------------------

TEST_F(DatesTest, PlannedWeekdayIsTheNextSuchDay) {
  // 2024-11-20 is a Wednesday; the next Friday is 2024-11-22.
  auto ev = Code("Lavrov will visit Pyongyang on Friday.", "2024-11-20");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 04"), "2024-11-22 text day") << Describe(ev);
}

// DISABLED: the coder fails this expectation. Gives 2024-11-22 (the document date itself);
// ANNOTATION.md 11 says "the next one after it" for planned acts. The spec wording may deserve a
// decision (AP style names the day of publication by its weekday).
TEST_F(DatesTest, PlannedWeekdayOnTheDocumentDateIsAWeekLater) {
  // 2024-11-22 is a Friday; "the next one after it" is 2024-11-29.
  auto ev = Code("Lavrov will visit Pyongyang on Friday.", "2024-11-22");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 04"), "2024-11-29 text day") << Describe(ev);
}

TEST_F(DatesTest, PlannedWeekdayIsSetTo) {
  // 2024-06-17 is a Monday; the next Wednesday is 2024-06-19.
  auto ev = Code("Putin is set to visit North Korea on Wednesday.", "2024-06-17");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 04"), "2024-06-19 text day") << Describe(ev);
}

// ---------------------------------------------------------------------------
// yesterday / last month
// ---------------------------------------------------------------------------

TEST_F(DatesTest, Yesterday) {
  auto ev = Code("Lavrov met Choe Son Hui in Moscow yesterday.", "2024-11-02");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 04"), "2024-11-01 text day") << Describe(ev);
}

TEST_F(DatesTest, YesterdayAcrossAMonthBoundary) {
  auto ev = Code("Japan condemned North Korea yesterday.", "2024-12-01");
  EXPECT_EQ(DateOf(ev, "JPN->PRK 11"), "2024-11-30 text day") << Describe(ev);
}

TEST_F(DatesTest, LastMonthIsMonthPrecision) {
  auto ev = Code("North Korea sent troops to Russia last month.", "2024-11-20");
  EXPECT_EQ(DateOf(ev, "PRK->RUS 07"), "2024-10-01 text month") << Describe(ev);
}

TEST_F(DatesTest, LastMonthAcrossAYearBoundary) {
  auto ev = Code("South Korea imposed sanctions on North Korea last month.", "2025-01-15");
  EXPECT_EQ(DateOf(ev, "KOR->PRK 16"), "2024-12-01 text month") << Describe(ev);
}

// "last week" fixes a month only when the whole week lies in one month; the
// week of 2024-11-25..12-01 does not, so the document date stands. (This once
// crashed the date finder.)
TEST_F(DatesTest, LastWeekAcrossTwoMonthsFixesNoDate) {
  auto ev = Code("Japan condemned North Korea last week.", "2024-12-04");
  EXPECT_EQ(DateOf(ev, "JPN->PRK 11"), "2024-12-04 document day") << Describe(ev);
}

TEST_F(DatesTest, LastWeekInsideOneMonthIsMonthPrecision) {
  auto ev = Code("Japan condemned North Korea last week.", "2024-11-20");
  EXPECT_EQ(DateOf(ev, "JPN->PRK 11"), "2024-11-01 text month") << Describe(ev);
}

// ---------------------------------------------------------------------------
// Calendar dates: month and year, day and month, month day year
// ---------------------------------------------------------------------------

TEST_F(DatesTest, MonthAndYear) {
  auto ev = Code("Putin visited Pyongyang in June 2024.", "2024-11-20");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 04"), "2024-06-01 text month") << Describe(ev);
}

TEST_F(DatesTest, MonthAloneTakesTheDocumentYear) {
  auto ev = Code("Kim Jong Un visited Russia in September.", "2023-09-20");
  EXPECT_EQ(DateOf(ev, "PRK->RUS 04"), "2023-09-01 text month") << Describe(ev);
}

TEST_F(DatesTest, DayMonth) {
  auto ev = Code("Putin and Kim Jong Un signed the treaty on 19 June.", "2024-11-20");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 05"), "2024-06-19 text day") << Describe(ev);
  EXPECT_EQ(DateOf(ev, "PRK->RUS 05"), "2024-06-19 text day") << Describe(ev);
}

TEST_F(DatesTest, MonthDayYear) {
  auto ev = Code("Putin and Kim Jong Un signed the treaty on June 19, 2024.", "2025-03-01");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 05"), "2024-06-19 text day") << Describe(ev);
}

TEST_F(DatesTest, MonthDayWithoutYear) {
  auto ev = Code("Shoigu met Kim Jong Un in Pyongyang on September 13.", "2024-09-14");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 04"), "2024-09-13 text day") << Describe(ev);
}

// ---------------------------------------------------------------------------
// Relative dates anchored in the same sentence
// ---------------------------------------------------------------------------

TEST_F(DatesTest, TwoDaysLaterAfterAnExplicitDate) {
  auto ev = Code("North Korea sent troops to Russia on October 8, 2024, and Ukraine condemned Pyongyang "
                 "two days later.",
                 "2024-11-20");
  EXPECT_EQ(DateOf(ev, "PRK->RUS 07"), "2024-10-08 text day") << Describe(ev);
  EXPECT_EQ(DateOf(ev, "UKR->PRK 11"), "2024-10-10 text day") << Describe(ev);
}

// DISABLED: the coder fails this expectation. "a day later" is not read as a relative date (only
// "<number> days later"), so the signing takes the anchor date 2024-06-18.
TEST_F(DatesTest, ADayLaterAfterAnExplicitDate) {
  auto ev = Code("Putin arrived in Pyongyang on June 18, 2024, and signed a treaty with Kim Jong Un a day later.",
                 "2024-11-20");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 05"), "2024-06-19 text day") << Describe(ev);
}

// DISABLED: the coder fails this expectation. "the next day" is not read as a relative date, so the
// meeting takes the anchor date 2024-09-13.
TEST_F(DatesTest, TheNextDayAfterAnExplicitDate) {
  auto ev = Code("Shoigu arrived in Pyongyang on September 13, 2024, and met Kim Jong Un the next day.",
                 "2024-11-20");
  EXPECT_EQ(DateOf(ev, "PRK->RUS 04"), "2024-09-14 text day") << Describe(ev);
}

// ---------------------------------------------------------------------------
// No date expression: the document date, or none
// ---------------------------------------------------------------------------

TEST_F(DatesTest, NoDateExpressionUsesTheDocumentDate) {
  auto ev = Code("Japan imposed sanctions on North Korea.", "2024-11-20");
  EXPECT_EQ(DateOf(ev, "JPN->PRK 16"), "2024-11-20 document day") << Describe(ev);
}

TEST_F(DatesTest, NoDateAtAll) {
  auto ev = Code("Japan imposed sanctions on North Korea.", "");
  const Event* e = Find(ev, "JPN->PRK 16");
  ASSERT_NE(e, nullptr) << Describe(ev);
  EXPECT_EQ(e->date, "") << Describe(ev);
  EXPECT_EQ(std::string(dyad::date_source_name(e->date_source)), "none") << Describe(ev);
}

// ---------------------------------------------------------------------------
// "since <date>" marks a start, not the event
// ---------------------------------------------------------------------------

TEST_F(DatesTest, SinceAMonthIsNotTheEventDate) {
  auto ev = Code("Russia has supplied oil to North Korea since June.", "2024-11-20");
  EXPECT_EQ(DateOf(ev, "RUS->PRK 07"), "2024-11-20 document day") << Describe(ev);
}

TEST_F(DatesTest, SinceAMonthAndYearIsNotTheEventDate) {
  auto ev = Code("Japan has imposed sanctions on Russia since March 2022.", "2024-11-20");
  EXPECT_EQ(DateOf(ev, "JPN->RUS 16"), "2024-11-20 document day") << Describe(ev);
}

}  // namespace
