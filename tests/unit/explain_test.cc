// `dyad text --explain` runs the path `dyad code` runs: the events it lists
// as coded are exactly the coded events, and it names the rules behind them
// and what was dropped or merged.
#include <gtest/gtest.h>

#include <string>

#include "coded_events.h"

namespace dyad::testing {
namespace {

class ExplainTest : public CodedEventsTest {
 protected:
  static std::string Explain(const std::string& text, const std::string& date = "2024-11-20") {
    Document doc{"unit", "-", 1, date, "", "", "", text};
    return Engine(lexicon_).explain(doc);
  }
  static int Count(const std::string& haystack, const std::string& needle) {
    int n = 0;
    for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
    return n;
  }
};

TEST_F(ExplainTest, ListsExactlyTheCodedEventsWithTheirRules) {
  const std::string text = "Russia will send air defence systems to North Korea, Lavrov said.";
  auto events = Code(text);
  std::string out = Explain(text);
  ASSERT_FALSE(events.empty()) << out;
  EXPECT_EQ(Count(out, "  event "), static_cast<int>(events.size())) << out;
  EXPECT_NE(out.find("RUS -> PRK 07"), std::string::npos) << out;
  EXPECT_NE(out.find("rule=verb.pattern"), std::string::npos) << out;
  EXPECT_NE(out.find("modality-rule=plan.modal"), std::string::npos) << out;
}

TEST_F(ExplainTest, ShowsWhatTheModalityPassDropped) {
  const std::string text = "Seoul urged Moscow to stop sending fighter jets to Pyongyang.";
  auto events = Code(text);
  std::string out = Explain(text);
  EXPECT_EQ(Find(events, "RUS->PRK 07"), nullptr) << Describe(events);
  EXPECT_NE(out.find("dropped RUS -> PRK 07"), std::string::npos) << out;
  EXPECT_NE(out.find("modality-rule=drop."), std::string::npos) << out;
}

TEST_F(ExplainTest, ShowsWhatOneEventPerTripleMerged) {
  const std::string text = "Putin met Kim Jong Un in Pyongyang and held talks with Kim Jong Un on the treaty.";
  auto events = Code(text);
  std::string out = Explain(text);
  ASSERT_NE(Find(events, "RUS->PRK 04"), nullptr) << Describe(events);
  EXPECT_NE(out.find("merged (one per triple) RUS"), std::string::npos) << out;
}

}  // namespace
}  // namespace dyad::testing
