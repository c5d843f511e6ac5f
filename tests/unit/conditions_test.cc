// Red lines in the coder (src/coder/conditions.cc): the consequence event of
// a conditional carries the condition event's source, target, code and verb;
// the condition event itself, and events of sentences without a condition,
// carry none. Sentences are our own; each is one the coder codes today.
#include "coder/conditions.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coded_events.h"

namespace {

using dyad::Event;

class ConditionsTest : public dyad::testing::CodedEventsTest {
 protected:
  // "SRC->TGT RR" of the condition the event `key` carries, "(none)" when it
  // carries none, "(missing)" when the event was not coded.
  static std::string ConditionOf(const std::vector<Event>& events, const std::string& key) {
    const Event* e = Find(events, key);
    if (!e) return "(missing)";
    if (!e->condition) return "(none)";
    const auto& c = *e->condition;
    return c.source.entity() + "->" + c.target.entity() + " " + c.root;
  }
};

TEST_F(ConditionsTest, AFrontedIfClauseConditionsTheMainClause) {
  auto events = Code(
      "If Russia transfers advanced missile technology to North Korea, South Korea would arm "
      "Ukraine.");
  EXPECT_EQ(ConditionOf(events, "KOR->UKR 07"), "RUS->PRK 07") << Describe(events);
  EXPECT_EQ(ConditionOf(events, "RUS->PRK 07"), "(none)") << Describe(events);
  const Event* arm = Find(events, "KOR->UKR 07");
  ASSERT_NE(arm, nullptr);
  EXPECT_EQ(arm->condition->verb, "transfers");
  EXPECT_EQ(arm->condition->code, Find(events, "RUS->PRK 07")->code);
  EXPECT_EQ(arm->condition->sentence, 0);
}

TEST_F(ConditionsTest, AnIfClauseAfterTheMainClauseConditionsIt) {
  auto events =
      Code("Seoul would provide weapons to Ukraine if Russia supplied nuclear technology to North "
           "Korea.");
  EXPECT_EQ(ConditionOf(events, "KOR->UKR 07"), "RUS->PRK 07") << Describe(events);
  EXPECT_EQ(ConditionOf(events, "RUS->PRK 07"), "(none)") << Describe(events);
}

TEST_F(ConditionsTest, WouldTriggerMakesTheSubjectTheCondition) {
  auto events = Code(
      "Any transfer of missile technology by Russia to North Korea would trigger South Korean "
      "arms deliveries to Ukraine.");
  EXPECT_EQ(ConditionOf(events, "KOR->UKR 07"), "RUS->PRK 07") << Describe(events);
  EXPECT_EQ(ConditionOf(events, "RUS->PRK 07"), "(none)") << Describe(events);
}

TEST_F(ConditionsTest, ConditionedOnNamesTheCondition) {
  auto events = Code(
      "South Korea's aid to Ukraine is conditioned on Russia's supply of weapons to North Korea.");
  EXPECT_EQ(ConditionOf(events, "KOR->UKR 07"), "RUS->PRK 07") << Describe(events);
  EXPECT_EQ(ConditionOf(events, "RUS->PRK 07"), "(none)") << Describe(events);
}

TEST_F(ConditionsTest, AConditionalThreatLinksTheThreatenedActNotTheThreat) {
  auto events =
      Code("North Korea threatened to attack South Korea if Seoul sent weapons to Ukraine.");
  EXPECT_EQ(ConditionOf(events, "PRK->KOR 19"), "KOR->UKR 07") << Describe(events);
  EXPECT_EQ(ConditionOf(events, "PRK->KOR 13"), "(none)") << Describe(events);
}

TEST_F(ConditionsTest, UnlessIsNotACondition) {
  auto events = Code("South Korea would arm Ukraine unless Russia stopped aiding North Korea.");
  for (const Event& e : events) EXPECT_FALSE(e.condition) << Describe(events);
}

TEST_F(ConditionsTest, EventsWithoutAConditionCarryNone) {
  for (const char* text :
       {"Russia transferred missile technology to North Korea, and South Korea armed Ukraine.",
        "Russia's transfer of missile technology to North Korea triggered South Korean arms "
        "deliveries to Ukraine.",
        "Russia and North Korea signed a defence treaty in Pyongyang."}) {
    auto events = Code(text);
    EXPECT_FALSE(events.empty()) << text;
    for (const Event& e : events) EXPECT_FALSE(e.condition) << text << "\n" << Describe(events);
  }
}

}  // namespace
