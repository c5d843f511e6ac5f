// Modality: how a sentence holds its events (shared/spec/EVENTS.md "Modality"
// and ANNOTATION.md). One test per cue: each names the event it expects by
// "SRC->TGT RR" (source entity, target entity, CAMEO root) and asserts its
// exact modality, so a dropped event fails as "(missing)".
#include <gmock/gmock.h>
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

class ModalityTest : public dyad::testing::CodedEventsTest {
 protected:
  // Whether any event of `events` is between `source` and `target` (any root).
  static bool HasPair(const std::vector<Event>& events, const std::string& source,
                      const std::string& target) {
    for (const Event& e : events)
      if (e.source.entity() == source && e.target.entity() == target) return true;
    return false;
  }
};

// ---------------------------------------------------------------------------
// Modal auxiliaries: should / must / ought to / needs to -> recommended
// ---------------------------------------------------------------------------

TEST_F(ModalityTest, RecommendedShould) {
  auto ev = Code("South Korea should send artillery shells to Ukraine.");
  EXPECT_EQ(ModalityOf(ev, "KOR->UKR 07"), "recommended") << Describe(ev);
}

TEST_F(ModalityTest, RecommendedMust) {
  auto ev = Code("Japan must impose tougher sanctions on North Korea.");
  EXPECT_EQ(ModalityOf(ev, "JPN->PRK 16"), "recommended") << Describe(ev);
}

TEST_F(ModalityTest, RecommendedOughtTo) {
  auto ev = Code("Seoul ought to supply artillery shells to Kyiv.");
  EXPECT_EQ(ModalityOf(ev, "KOR->UKR 07"), "recommended") << Describe(ev);
}

TEST_F(ModalityTest, RecommendedNeedsTo) {
  auto ev = Code("NATO needs to send more weapons to Ukraine.");
  EXPECT_EQ(ModalityOf(ev, "NATO->UKR 07"), "recommended") << Describe(ev);
}

// ---------------------------------------------------------------------------
// may / might / could / would -> possible
// ---------------------------------------------------------------------------

TEST_F(ModalityTest, PossibleMay) {
  auto ev = Code("North Korea may send more troops to Russia.");
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 07"), "possible") << Describe(ev);
}

TEST_F(ModalityTest, PossibleMight) {
  auto ev = Code("Russia might transfer submarine technology to North Korea.");
  EXPECT_EQ(ModalityOf(ev, "RUS->PRK 07"), "possible") << Describe(ev);
}

TEST_F(ModalityTest, PossibleCould) {
  auto ev = Code("Japan could impose new sanctions on Russia.");
  EXPECT_EQ(ModalityOf(ev, "JPN->RUS 16"), "possible") << Describe(ev);
}

TEST_F(ModalityTest, PossibleWould) {
  auto ev = Code("South Korea would supply weapons to Ukraine.");
  EXPECT_EQ(ModalityOf(ev, "KOR->UKR 07"), "possible") << Describe(ev);
}

TEST_F(ModalityTest, PossibleIsLikelyTo) {
  auto ev = Code("Kim Jong Un is likely to visit Moscow next year.");
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 04"), "possible") << Describe(ev);
}

TEST_F(ModalityTest, PossibleDoesNotRuleOut) {
  auto ev = Code("Seoul does not rule out sending weapons to Ukraine.");
  EXPECT_EQ(ModalityOf(ev, "KOR->UKR 07"), "possible") << Describe(ev);
}

TEST_F(ModalityTest, PossibleIsConsidering) {
  auto ev = Code("South Korea is considering supplying weapons to Ukraine.");
  EXPECT_EQ(ModalityOf(ev, "KOR->UKR 07"), "possible") << Describe(ev);
}

// ---------------------------------------------------------------------------
// will / is set to / plans to -> planned
// ---------------------------------------------------------------------------

TEST_F(ModalityTest, PlannedWill) {
  auto ev = Code("Kim Jong Un will visit Moscow next year.");
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 04"), "planned") << Describe(ev);
}

TEST_F(ModalityTest, PlannedIsSetTo) {
  auto ev = Code("Lavrov is set to meet Choe Son Hui in Pyongyang.");
  EXPECT_EQ(ModalityOf(ev, "RUS->PRK 04"), "planned") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 04"), "planned") << Describe(ev);
}

TEST_F(ModalityTest, PlannedPlansTo) {
  auto ev = Code("Japan plans to impose sanctions on North Korean shipping firms.");
  EXPECT_EQ(ModalityOf(ev, "JPN->PRK 16"), "planned") << Describe(ev);
}

// ---------------------------------------------------------------------------
// Negation: did not, never, has yet to, refrained from, declined to,
// stopped short of -> negated
// ---------------------------------------------------------------------------

TEST_F(ModalityTest, NegatedDidNot) {
  auto ev = Code("South Korea did not send lethal weapons to Ukraine.");
  EXPECT_EQ(ModalityOf(ev, "KOR->UKR 07"), "negated") << Describe(ev);
}

TEST_F(ModalityTest, NegatedDidntContraction) {
  auto ev = Code("Japan didn't impose sanctions on China.");
  EXPECT_EQ(ModalityOf(ev, "JPN->CHN 16"), "negated") << Describe(ev);
}

TEST_F(ModalityTest, NegatedNever) {
  auto ev = Code("Kim Jong Un has never visited Seoul.");
  EXPECT_EQ(ModalityOf(ev, "PRK->KOR 04"), "negated") << Describe(ev);
}

TEST_F(ModalityTest, NegatedHasYetTo) {
  auto ev = Code("Trump has yet to meet Kim Jong Un.", "2025-06-01");
  EXPECT_EQ(ModalityOf(ev, "USA->PRK 04"), "negated") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "PRK->USA 04"), "negated") << Describe(ev);
}

TEST_F(ModalityTest, NegatedRefrainedFrom) {
  auto ev = Code("South Korea refrained from supplying weapons to Ukraine.");
  EXPECT_EQ(ModalityOf(ev, "KOR->UKR 07"), "negated") << Describe(ev);
}

TEST_F(ModalityTest, NegatedDeclinedTo) {
  auto ev = Code("China declined to condemn Russia.");
  EXPECT_EQ(ModalityOf(ev, "CHN->RUS 11"), "negated") << Describe(ev);
}

TEST_F(ModalityTest, NegatedStoppedShortOf) {
  auto ev = Code("The G7 stopped short of sanctioning China.");
  EXPECT_EQ(ModalityOf(ev, "G7->CHN 16"), "negated") << Describe(ev);
}

// ---------------------------------------------------------------------------
// Negated modals -> negated
// ---------------------------------------------------------------------------

TEST_F(ModalityTest, NegatedWillNot) {
  auto ev = Code("South Korea will not send weapons to Ukraine.");
  EXPECT_EQ(ModalityOf(ev, "KOR->UKR 07"), "negated") << Describe(ev);
}

TEST_F(ModalityTest, NegatedWontContraction) {
  auto ev = Code("Japan won't impose sanctions on China.");
  EXPECT_EQ(ModalityOf(ev, "JPN->CHN 16"), "negated") << Describe(ev);
}

// ---------------------------------------------------------------------------
// Attribution and hedging -> reported
// ---------------------------------------------------------------------------

TEST_F(ModalityTest, ReportedReportedly) {
  auto ev = Code("North Korea reportedly sent troops to Russia.");
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 07"), "reported") << Describe(ev);
}

TEST_F(ModalityTest, ReportedAllegedly) {
  auto ev = Code("Russia allegedly supplied air defence systems to North Korea.");
  EXPECT_EQ(ModalityOf(ev, "RUS->PRK 07"), "reported") << Describe(ev);
}

TEST_F(ModalityTest, ReportedAccordingTo) {
  auto ev = Code("According to South Korea's spy agency, North Korea sent thousands of troops to Russia.");
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 07"), "reported") << Describe(ev);
}

TEST_F(ModalityTest, ReportedSaidThat) {
  auto ev = Code("Zelensky said that North Korea had sent more troops to Russia.");
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 07"), "reported") << Describe(ev);
}

TEST_F(ModalityTest, ReportedSourcesSay) {
  auto ev = Code("Sources say China supplied drone engines to Russia.");
  EXPECT_EQ(ModalityOf(ev, "CHN->RUS 07"), "reported") << Describe(ev);
}

TEST_F(ModalityTest, ReportedWidelyReported) {
  auto ev = Code("It has been widely reported that Russia transferred fighter jets to North Korea.");
  EXPECT_EQ(ModalityOf(ev, "RUS->PRK 07"), "reported") << Describe(ev);
}

// ---------------------------------------------------------------------------
// Denials: the denial is a 016 event; the denied act is never asserted
// ---------------------------------------------------------------------------

TEST_F(ModalityTest, DenialOfSendingTroops) {
  auto ev = Code("Pyongyang denied sending troops to Russia.");
  const Event* denial = Find(ev, "PRK->RUS 01");
  ASSERT_NE(denial, nullptr) << Describe(ev);
  EXPECT_EQ(denial->code, "016") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 01"), "asserted") << Describe(ev);
  // The denied act, when coded, is the others' claim: reported.
  if (Find(ev, "PRK->RUS 07")) {
    EXPECT_EQ(ModalityOf(ev, "PRK->RUS 07"), "reported") << Describe(ev);
  }
}

TEST_F(ModalityTest, DenialOfSupplyingWeapons) {
  auto ev = Code("China denied supplying weapons to Russia.");
  const Event* denial = Find(ev, "CHN->RUS 01");
  ASSERT_NE(denial, nullptr) << Describe(ev);
  EXPECT_EQ(denial->code, "016") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "CHN->RUS 01"), "asserted") << Describe(ev);
  if (Find(ev, "CHN->RUS 07")) {
    EXPECT_EQ(ModalityOf(ev, "CHN->RUS 07"), "reported") << Describe(ev);
  }
}

// DISABLED: the coder fails this expectation. PRK->KOR 016 missing: "a charge North Korea denied"
// has the denied object before the verb, and no target is found for "denied".
TEST_F(ModalityTest, DenialOfAnAccusationTargetsTheAccuser) {
  auto ev = Code("Seoul accused Pyongyang of sending troops to Russia, a charge North Korea denied.");
  EXPECT_EQ(ModalityOf(ev, "KOR->PRK 11"), "asserted") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 07"), "reported") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "PRK->KOR 01"), "asserted") << Describe(ev);
}

// ---------------------------------------------------------------------------
// Conditionals: both the condition and the consequence are possible
// ---------------------------------------------------------------------------

TEST_F(ModalityTest, ConditionalIfClauseFirst) {
  auto ev = Code("If North Korea sends more troops to Russia, South Korea could supply weapons to Ukraine.");
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 07"), "possible") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "KOR->UKR 07"), "possible") << Describe(ev);
}

TEST_F(ModalityTest, ConditionalIfClauseLast) {
  auto ev = Code("Japan will impose new sanctions on Russia if Moscow transfers nuclear technology to Pyongyang.");
  EXPECT_EQ(ModalityOf(ev, "JPN->RUS 16"), "possible") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "RUS->PRK 07"), "possible") << Describe(ev);
}

// ---------------------------------------------------------------------------
// Recommendations through urge / call on: the appeal is asserted, its content
// recommended with the addressee as source; "urged X to stop" codes no content
// ---------------------------------------------------------------------------

// DISABLED: the coder fails this expectation. KOR->UKR 07 missing: "send air defence systems"
// matches no send pattern ("air defence systems" is not in &WEAPONS); the urge itself is coded.
TEST_F(ModalityTest, UrgedToSend) {
  auto ev = Code("Zelensky urged Seoul to send air defence systems to Ukraine.");
  EXPECT_EQ(ModalityOf(ev, "UKR->KOR 02"), "asserted") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "KOR->UKR 07"), "recommended") << Describe(ev);
}

TEST_F(ModalityTest, UrgedToSupply) {
  auto ev = Code("Zelensky urged Seoul to supply weapons to Ukraine.");
  EXPECT_EQ(ModalityOf(ev, "UKR->KOR 02"), "asserted") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "KOR->UKR 07"), "recommended") << Describe(ev);
}

TEST_F(ModalityTest, CalledOnToSupply) {
  auto ev = Code("Kyiv called on Tokyo to supply more weapons to Ukraine.");
  EXPECT_EQ(ModalityOf(ev, "UKR->JPN 02"), "asserted") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "JPN->UKR 07"), "recommended") << Describe(ev);
}

TEST_F(ModalityTest, UrgedToStopCodesNoContent) {
  auto ev = Code("NATO urged North Korea to stop sending troops to Russia.");
  EXPECT_EQ(ModalityOf(ev, "NATO->PRK 02"), "asserted") << Describe(ev);
  EXPECT_FALSE(HasPair(ev, "PRK", "RUS")) << Describe(ev);
}

TEST_F(ModalityTest, CalledOnToStopCodesNoContent) {
  auto ev = Code("The G7 called on China to stop supplying drone parts to Russia.");
  EXPECT_EQ(ModalityOf(ev, "G7->CHN 02"), "asserted") << Describe(ev);
  EXPECT_FALSE(HasPair(ev, "CHN", "RUS")) << Describe(ev);
}

TEST_F(ModalityTest, ShouldNotCodesNoContent) {
  auto ev = Code("South Korea should not send weapons to Ukraine.");
  EXPECT_FALSE(HasPair(ev, "KOR", "UKR")) << Describe(ev);
}

// ---------------------------------------------------------------------------
// Commitments: pledged / vowed / agreed to -> planned, with no separate 03
// ---------------------------------------------------------------------------

TEST_F(ModalityTest, CommitmentPledgedTo) {
  auto ev = Code("Russia pledged to supply oil to North Korea.");
  EXPECT_EQ(ModalityOf(ev, "RUS->PRK 07"), "planned") << Describe(ev);
  EXPECT_EQ(Find(ev, "RUS->PRK 03"), nullptr) << Describe(ev);
}

TEST_F(ModalityTest, CommitmentVowedTo) {
  auto ev = Code("Japan vowed to impose sanctions on North Korea.");
  EXPECT_EQ(ModalityOf(ev, "JPN->PRK 16"), "planned") << Describe(ev);
  EXPECT_EQ(Find(ev, "JPN->PRK 03"), nullptr) << Describe(ev);
}

TEST_F(ModalityTest, CommitmentAgreedTo) {
  auto ev = Code("Moscow and Pyongyang agreed to hold joint military drills.");
  EXPECT_EQ(ModalityOf(ev, "RUS->PRK 06"), "planned") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 06"), "planned") << Describe(ev);
  EXPECT_EQ(Find(ev, "RUS->PRK 03"), nullptr) << Describe(ev);
}

// ---------------------------------------------------------------------------
// Plain past and present indicative -> asserted
// ---------------------------------------------------------------------------

TEST_F(ModalityTest, AssertedPastSanctions) {
  auto ev = Code("Japan imposed sanctions on Russian banks.");
  EXPECT_EQ(ModalityOf(ev, "JPN->RUS 16"), "asserted") << Describe(ev);
}

TEST_F(ModalityTest, AssertedPastMeeting) {
  auto ev = Code("Lavrov met Choe Son Hui in Moscow.");
  EXPECT_EQ(ModalityOf(ev, "RUS->PRK 04"), "asserted") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 04"), "asserted") << Describe(ev);
}

TEST_F(ModalityTest, AssertedPastTroops) {
  auto ev = Code("North Korea sent troops to Russia in October.");
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 07"), "asserted") << Describe(ev);
}

TEST_F(ModalityTest, AssertedPresent) {
  auto ev = Code("Seoul condemns Pyongyang's missile launch.");
  EXPECT_EQ(ModalityOf(ev, "KOR->PRK 11"), "asserted") << Describe(ev);
}

// ---------------------------------------------------------------------------
// should / might / denied never come out as facts
// ---------------------------------------------------------------------------

TEST_F(ModalityTest, ShouldIsNeverAsserted) {
  for (const char* text : {"Japan should provide air defence systems to Ukraine.",
                           "The United States should hold talks with North Korea.",
                           "China should condemn Russia."}) {
    auto ev = Code(text);
    EXPECT_FALSE(ev.empty()) << text;
    for (const Event& e : ev)
      EXPECT_EQ(dyad::modality_name(e.modality), std::string("recommended")) << text << "\n" << Describe(ev);
  }
}

TEST_F(ModalityTest, MightIsNeverAsserted) {
  for (const char* text : {"North Korea might send workers to Russia.",
                           "China might supply weapons to Russia.",
                           "Trump might meet Kim Jong Un in Pyongyang."}) {
    auto ev = Code(text, "2025-06-01");
    EXPECT_FALSE(ev.empty()) << text;
    for (const Event& e : ev)
      EXPECT_EQ(dyad::modality_name(e.modality), std::string("possible")) << text << "\n" << Describe(ev);
  }
}

TEST_F(ModalityTest, DeniedActIsNeverAsserted) {
  for (const char* text : {"Moscow denied supplying fighter jets to North Korea.",
                           "North Korea denied sending workers to Russia.",
                           "Beijing denied providing drones to Russia."}) {
    auto ev = Code(text);
    EXPECT_FALSE(ev.empty()) << text;
    for (const Event& e : ev) {
      if (e.root == "01") continue;  // the denial itself is asserted
      EXPECT_NE(dyad::modality_name(e.modality), std::string("asserted")) << text << "\n" << Describe(ev);
    }
  }
}

}  // namespace

namespace {

// Added with the fixes they guard.
class ModalityScopeTest : public dyad::testing::CodedEventsTest {
 protected:
  // "RUS->PRK 05 asserted" for each event of `text`.
  static std::vector<std::string> Keys(const std::string& text) {
    std::vector<std::string> out;
    for (const dyad::Event& e : Code(text)) out.push_back(Key(e) + " " + dyad::modality_name(e.modality));
    return out;
  }
};

// A control verb spelt with a particle ("called on") governs "to keep V-ing".
TEST_F(ModalityScopeTest, CalledOnToKeepDoingIsRecommended) {
  auto ev = Keys("Tokyo called on Seoul to keep sending shells to Ukraine.");
  EXPECT_THAT(ev, ::testing::Contains("JPN->KOR 02 asserted"));
  EXPECT_THAT(ev, ::testing::Contains("KOR->UKR 07 recommended"));
}

// "said X and praised Y": the praise is the speaker's own act, not reported.
TEST_F(ModalityScopeTest, VerbCoordinatedWithSayingIsNotReported) {
  auto ev = Keys("Lavrov said the talks had gone well and praised North Korea.");
  EXPECT_THAT(ev, ::testing::Contains("RUS->PRK 05 asserted"));
}

// ", but ..." ends what the first speaker said.
TEST_F(ModalityScopeTest, AttributionStopsAtBut) {
  auto ev = Keys("Seoul said it wanted calm, but Pyongyang condemned South Korea.");
  EXPECT_THAT(ev, ::testing::Contains("PRK->KOR 11 asserted"));
}

}  // namespace

namespace {

class ModalityFrameTest : public dyad::testing::CodedEventsTest {};

// "It is vital that X ..." recommends what follows.
TEST_F(ModalityFrameTest, ItIsVitalThatIsARecommendation) {
  auto ev = Code("It is vital that South Korea share intelligence with Ukraine.");
  EXPECT_EQ(ModalityOf(ev, "KOR->UKR 06"), "recommended") << Describe(ev);
}

// What X is criticised "over" is reported; an owner pronoun is the nearest actor.
TEST_F(ModalityFrameTest, CriticisedOverItsCooperationIsReported) {
  auto ev = Code("Japan criticised Russia over its cooperation with North Korea.");
  EXPECT_EQ(ModalityOf(ev, "JPN->RUS 11"), "asserted") << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "RUS->PRK 06"), "reported") << Describe(ev);
}

// "urged X to scale back its cooperation": neither the cut nor the ongoing act is coded.
TEST_F(ModalityFrameTest, ScalingBackCodesNoContent) {
  auto ev = Code("Seoul urged Moscow to scale back its military cooperation with Pyongyang.");
  EXPECT_EQ(Find(ev, "RUS->PRK 06"), nullptr) << Describe(ev);
}

}  // namespace
