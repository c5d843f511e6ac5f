// The watch list (src/analysis/watch*.cc) on both backends: which events
// are items and of which kind, and every status: open, happened,
// contradicted, and a red line through triggered to happened. Documents are
// written through the store API; the threat table is the bundled one.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "analysis_test_support.h"
#include "dyad/output.h"

namespace dyad {
namespace {

using testing::AnalysisTest;
using V = std::vector<std::string>;

class Watch : public AnalysisTest {
 protected:
  // "kind status SRC->TGT CODE [evidence docs]" per item, in list order.
  V watch(const std::string& as_of = "", const EventFilter& filter = {}) {
    auto threats = load_threat_table(default_threat_table_path());
    EXPECT_TRUE(threats.ok()) << threats.status().message();
    auto items = watch_list(*store_, WatchOptions{filter, as_of, threats.ok() ? threats.value()
                                                                             : ThreatTable{}});
    EXPECT_TRUE(items.ok()) << items.status().message();
    V out;
    if (!items.ok()) return out;
    last_ = items.value();
    for (const WatchItem& w : last_) {
      std::string line = std::string(watch_kind_name(w.kind)) + " " + watch_status_name(w.status) +
                         " " + w.source + "->" + w.target + " " + w.code + " [";
      for (size_t i = 0; i < w.evidence.size(); ++i) line += (i ? "," : "") + w.evidence[i].doc_id;
      out.push_back(line + "]");
    }
    return out;
  }

  // One sentence holding all `events`.
  static StoredDocument sentence(const std::string& id, const std::string& date,
                                 std::vector<Event> events) {
    StoredDocument d = testing::make_document(id, std::move(events), 1);
    d.date = date;
    return d;
  }

  // "If RUS transfers ... to PRK, KOR would arm UKR": the consequence with
  // its condition, and the condition event, in one sentence.
  static StoredDocument red_line(const std::string& id, const std::string& date) {
    Event condition = event("RUS", "PRK", "072", date, Modality::kPossible);
    condition.verb = "transfers";
    Event consequence = event("KOR", "UKR", "072", date, Modality::kPossible);
    consequence.verb = "arm";
    consequence.condition =
        EventCondition{condition.source, condition.target, "072", "07", "transfers", 0};
    return sentence(id, date, {consequence, condition});
  }

  std::vector<WatchItem> last_;
};

TEST_P(Watch, PlansPossibilitiesRecommendationsAndThreatsAreItems) {
  write({doc("mixed", "2024-06-01", "A",
             {event("PRK", "RUS", "074", "2024-06-01", Modality::kPlanned),
              event("RUS", "PRK", "072", "2024-06-01", Modality::kPossible),
              event("JPN", "UKR", "072", "2024-06-01", Modality::kRecommended),
              event("PRK", "KOR", "138", "2024-06-01", Modality::kAsserted),
              event("RUS", "PRK", "057", "2024-06-01", Modality::kAsserted),
              event("RUS", "PRK", "042", "2024-06-01", Modality::kReported),
              event("CHN", "RUS", "072", "2024-06-01", Modality::kNegated),
              event("USA", "PRK", "130", "2024-06-01", Modality::kNegated)})});
  EXPECT_EQ(watch(), (V{"plan open PRK->RUS 074 []", "possibility open RUS->PRK 072 []",
                        "recommendation open JPN->UKR 072 []", "threat open PRK->KOR 138 []"}));
  ASSERT_EQ(last_.size(), 4u);
  EXPECT_EQ(last_[0].stated.doc_id, "mixed");
  EXPECT_EQ(last_[0].stated.date, "2024-06-01");
  EXPECT_EQ(last_[0].stated.text, "Sentence 0 of mixed.");
  EXPECT_FALSE(last_[0].condition);
}

TEST_P(Watch, APlanHappensWhenALaterFactOfItsTripleIsStored) {
  write({doc("earlier", "2024-05-01", "A", {event("PRK", "RUS", "074", "2024-05-01")}),
         doc("plan", "2024-06-01", "A", {event("PRK", "RUS", "074", "2024-06-01", Modality::kPlanned)}),
         doc("other-dyad", "2024-06-10", "A", {event("PRK", "UKR", "074", "2024-06-10")}),
         doc("other-root", "2024-06-10", "A", {event("PRK", "RUS", "057", "2024-06-10")})});
  EXPECT_EQ(watch(), (V{"plan open PRK->RUS 074 []"}));  // the earlier fact does not count
  write({doc("sent", "2024-06-20", "B", {event("PRK", "RUS", "074", "2024-06-20", Modality::kReported)})});
  EXPECT_EQ(watch(), (V{"plan happened PRK->RUS 074 [sent]"}));
  EXPECT_EQ(watch("2024-06-19"), (V{"plan open PRK->RUS 074 []"}));
  EXPECT_EQ(watch("2024-05-31"), V{});  // stated later
}

TEST_P(Watch, AnItemListsItsEarliestEvidenceOnly) {
  std::vector<StoredDocument> docs = {
      doc("plan", "2024-06-01", "A", {event("PRK", "RUS", "074", "2024-06-01", Modality::kPlanned)})};
  for (int day = 28; day >= 20; --day) {  // written latest first
    std::string date = "2024-06-" + std::to_string(day);
    docs.push_back(doc("sent-" + std::to_string(day), date, "B", {event("PRK", "RUS", "074", date)}));
  }
  write(docs);
  EXPECT_EQ(watch(), (V{"plan happened PRK->RUS 074 [sent-20,sent-21,sent-22,sent-23,sent-24]"}));
}

TEST_P(Watch, ALaterNegationContradictsAndALaterFactOutweighsIt) {
  write({doc("may", "2024-06-03", "A", {event("RUS", "PRK", "072", "2024-06-03", Modality::kPossible)}),
         doc("not-yet", "2024-07-03", "A", {event("RUS", "PRK", "072", "2024-07-03", Modality::kNegated)})});
  EXPECT_EQ(watch(), (V{"possibility contradicted RUS->PRK 072 [not-yet]"}));
  write({doc("delivered", "2024-08-01", "A", {event("RUS", "PRK", "072", "2024-08-01")})});
  EXPECT_EQ(watch(), (V{"possibility happened RUS->PRK 072 [delivered]"}));
  EXPECT_EQ(watch("2024-07-31"), (V{"possibility contradicted RUS->PRK 072 [not-yet]"}));
}

TEST_P(Watch, AThreatIsCarriedOutByTheRootsItThreatens) {
  write({doc("threat", "2024-06-04", "A", {event("PRK", "KOR", "138", "2024-06-04")}),
         doc("words", "2024-06-10", "A", {event("PRK", "KOR", "112", "2024-06-10")}),
         doc("elsewhere", "2024-06-10", "A", {event("PRK", "JPN", "194", "2024-06-10")})});
  EXPECT_EQ(watch(), (V{"threat open PRK->KOR 138 []"}));
  write({doc("shelling", "2024-09-04", "A", {event("PRK", "KOR", "194", "2024-09-04")}),
         doc("raid", "2024-09-05", "A", {event("PRK", "KOR", "182", "2024-09-05")})});
  EXPECT_EQ(watch(), (V{"threat happened PRK->KOR 138 [shelling,raid]"}));
}

TEST_P(Watch, AThreatTakesInTheActItNames) {
  // "North Korea threatened to attack South Korea": the 190 is part of the 138.
  write({sentence("threat", "2024-06-04",
                  {event("PRK", "KOR", "138", "2024-06-04"),
                   event("PRK", "KOR", "190", "2024-06-04", Modality::kPossible)})});
  EXPECT_EQ(watch(), (V{"threat open PRK->KOR 138 []"}));
  write({doc("attack", "2024-09-05", "A", {event("PRK", "KOR", "190", "2024-09-05")})});
  EXPECT_EQ(watch(), (V{"threat happened PRK->KOR 138 [attack]"}));
}

TEST_P(Watch, ARedLineIsTriggeredByItsConditionThenHappens) {
  write({red_line("red-line", "2024-06-21")});
  EXPECT_EQ(watch(), (V{"red_line open KOR->UKR 072 []"}));  // the condition is no item of its own
  ASSERT_TRUE(last_[0].condition);
  EXPECT_EQ(last_[0].condition->source, "RUS");
  EXPECT_EQ(last_[0].condition->status, WatchStatus::kOpen);
  // Arms before the condition happened do not carry the red line out.
  write({doc("early-arms", "2024-06-25", "A", {event("KOR", "UKR", "072", "2024-06-25")})});
  EXPECT_EQ(watch(), (V{"red_line open KOR->UKR 072 []"}));
  write({doc("transfer", "2024-07-01", "B", {event("RUS", "PRK", "072", "2024-07-01", Modality::kReported)})});
  EXPECT_EQ(watch(), (V{"red_line triggered KOR->UKR 072 []"}));
  EXPECT_EQ(last_[0].condition->status, WatchStatus::kHappened);
  ASSERT_EQ(last_[0].condition->evidence.size(), 1u);
  EXPECT_EQ(last_[0].condition->evidence[0].doc_id, "transfer");
  write({doc("shells", "2024-08-02", "C", {event("KOR", "UKR", "072", "2024-08-02")})});
  EXPECT_EQ(watch(), (V{"red_line happened KOR->UKR 072 [shells]"}));
  EXPECT_EQ(watch("2024-07-31"), (V{"red_line triggered KOR->UKR 072 []"}));
  EXPECT_EQ(watch("2024-06-30"), (V{"red_line open KOR->UKR 072 []"}));
}

TEST_P(Watch, ARedLineIsContradictedByANegationAfterItsTrigger) {
  write({red_line("red-line", "2024-06-21"),
         doc("not-before", "2024-06-25", "A", {event("KOR", "UKR", "072", "2024-06-25", Modality::kNegated)}),
         doc("transfer", "2024-07-01", "B", {event("RUS", "PRK", "072", "2024-07-01")})});
  EXPECT_EQ(watch(), (V{"red_line triggered KOR->UKR 072 []"}));
  write({doc("not-after", "2024-07-20", "A", {event("KOR", "UKR", "072", "2024-07-20", Modality::kNegated)})});
  EXPECT_EQ(watch(), (V{"red_line contradicted KOR->UKR 072 [not-after]"}));
}

TEST_P(Watch, AConditionalThreatIsARedLine) {
  // "North Korea threatened to attack South Korea if Seoul sent weapons to Ukraine."
  Event condition = event("KOR", "UKR", "072", "2024-06-05", Modality::kPossible);
  Event attack = event("PRK", "KOR", "190", "2024-06-05", Modality::kPossible);
  attack.condition = EventCondition{condition.source, condition.target, "072", "07", condition.verb, 0};
  write({sentence("warning", "2024-06-05", {event("PRK", "KOR", "138", "2024-06-05"), attack, condition})});
  EXPECT_EQ(watch(), (V{"red_line open PRK->KOR 138 []"}));
  write({doc("weapons", "2024-07-01", "A", {event("KOR", "UKR", "072", "2024-07-01")}),
         doc("attack", "2024-07-02", "A", {event("PRK", "KOR", "193", "2024-07-02")})});
  EXPECT_EQ(watch(), (V{"red_line happened PRK->KOR 138 [attack]"}));
}

TEST_P(Watch, FiltersSelectTheStatements) {
  write({doc("a", "2024-06-01", "A", {event("PRK", "RUS", "074", "2024-06-01", Modality::kPlanned),
                                      event("JPN", "UKR", "072", "2024-06-01", Modality::kRecommended)}),
         doc("b", "2024-07-01", "A", {event("PRK", "RUS", "051", "2024-07-01", Modality::kPossible)})});
  EXPECT_EQ(watch("", {.source = "JPN"}).size(), 1u);
  EXPECT_EQ(watch("", {.target = "RUS"}).size(), 2u);
  EXPECT_EQ(watch("", {.root = "05"}).size(), 1u);
  EXPECT_EQ(watch("", {.doc_id = "a"}).size(), 2u);
  EXPECT_EQ(watch("", {.date_from = "2024-06-15"}).size(), 1u);
  EXPECT_EQ(watch("", {.date_to = "2024-06-15"}).size(), 2u);
}

TEST_P(Watch, ConditionsSurviveTheStore) {
  StoredDocument d = red_line("red-line", "2024-06-21");
  write({d});
  std::vector<std::string> read;
  Status st = store_->query({}, [&](const StoredEvent& e) {
    std::string line;
    append_event_jsonl(line, e.event);
    read.push_back(line);
    return Status::Ok();
  });
  ASSERT_TRUE(st.ok()) << st.message();
  ASSERT_EQ(read.size(), 2u);
  for (size_t i = 0; i < read.size(); ++i) {
    std::string written;
    append_event_jsonl(written, d.events[i]);
    EXPECT_EQ(read[i], written);
  }
  EXPECT_NE(read[0].find("\"condition\":{\"source\":{"), std::string::npos) << read[0];
  EXPECT_EQ(read[1].find("\"condition\""), std::string::npos) << read[1];
}

INSTANTIATE_TEST_SUITE_P(Backends, Watch, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

TEST(ThreatTable, TheLongestEntryAThreatCodeStartsWithApplies) {
  auto table = load_threat_table(default_threat_table_path());
  ASSERT_TRUE(table.ok()) << table.status().message();
  EXPECT_EQ(table.value().carried_out_by("1384"), (V{"19"}));
  EXPECT_EQ(table.value().carried_out_by("138"), (V{"18", "19", "20"}));
  EXPECT_EQ(table.value().carried_out_by("1312"), (V{"163"}));
  EXPECT_EQ(table.value().carried_out_by("057"), V{});
}

TEST(ThreatTable, ABadLineIsNamed) {
  auto path = std::filesystem::temp_directory_path() / "dyad_bad_threats.tsv";
  std::ofstream(path) << "# ok\n138\t18,19\n057\t19\n";
  auto table = load_threat_table(path.string());
  ASSERT_FALSE(table.ok());
  EXPECT_NE(table.status().message().find(":3:"), std::string::npos) << table.status().message();
  std::filesystem::remove(path);
  EXPECT_FALSE(load_threat_table("/no/such/file.tsv").ok());
}

}  // namespace
}  // namespace dyad
