// The coder on single sentences: who did what to whom, across the sentence
// constructions of shared/spec/ANNOTATION.md (SVO, compound actors, passive
// voice, appositions and titles, relative clauses, nominal events, several
// events in one sentence, dated roles, visits, self-pairs, pronouns, capitals
// as places, sentences with no event).
//
// Events are compared as "SRC->TGT RR" (source entity, target entity, CAMEO
// root), since full codes may vary; visits also check the full code
// (042/043), which the spec fixes.
#include <gtest/gtest.h>

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/engine.h"
#include "dyad/event.h"
#include "dyad/lexicon.h"
#include "coded_events.h"

namespace {

using dyad::Event;
using Keys = std::set<std::string>;

class CoderConstructionsTest : public dyad::testing::CodedEventsTest {
 protected:
  static Keys KeysOf(const std::vector<Event>& events) {
    Keys keys;
    for (const Event& e : events) keys.insert(Key(e));
    return keys;
  }

  // The full CAMEO code of the event `key`, or "(missing)".
  static std::string CodeOf(const std::vector<Event>& events, const std::string& key) {
    const Event* e = Find(events, key);
    return e ? e->code : "(missing)";
  }

  static bool HasSelfPair(const std::vector<Event>& events) {
    for (const Event& e : events)
      if (e.source.entity() == e.target.entity()) return true;
    return false;
  }
};

// ---------------------------------------------------------------------------
// Simple subject-verb-object
// ---------------------------------------------------------------------------

TEST_F(CoderConstructionsTest, SvoShipmentOfShellsToRussia) {
  auto ev = Code("North Korea shipped millions of artillery shells to Russia.");
  EXPECT_EQ(KeysOf(ev), (Keys{"PRK->RUS 07"})) << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 07"), "asserted") << Describe(ev);
}

// DISABLED: the coder fails this expectation. Codes nothing: "deliver" has patterns only for
// messages/letters, and "air defence systems" is not in &WEAPONS.
TEST_F(CoderConstructionsTest, SvoDeliveryWithCapitalAsTarget) {
  auto ev = Code("Russia delivered air defence systems to Pyongyang.");
  EXPECT_EQ(KeysOf(ev), (Keys{"RUS->PRK 07"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, SvoSanctions) {
  auto ev = Code("Japan imposed new sanctions on North Korea.");
  EXPECT_EQ(KeysOf(ev), (Keys{"JPN->PRK 16"})) << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "JPN->PRK 16"), "asserted") << Describe(ev);
}

TEST_F(CoderConstructionsTest, SvoCriticism) {
  auto ev = Code("China criticised Japan over its rising defence budget.");
  EXPECT_EQ(KeysOf(ev), (Keys{"CHN->JPN 11"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, SvoArtilleryFireWithDemonyms) {
  auto ev = Code("Russian forces shelled Ukrainian positions near Kharkiv.");
  EXPECT_EQ(KeysOf(ev), (Keys{"RUS->UKR 19"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, SvoPraiseOfAnArmy) {
  auto ev = Code("Kim Jong Un praised the Russian army.");
  EXPECT_EQ(KeysOf(ev), (Keys{"PRK->RUS 05"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, SvoCapitalsAsMetonymy) {
  auto ev = Code("Seoul condemned Pyongyang.");
  EXPECT_EQ(KeysOf(ev), (Keys{"KOR->PRK 11"})) << Describe(ev);
}

// ---------------------------------------------------------------------------
// Compound actors: one event per pair, never an actor with itself
// ---------------------------------------------------------------------------

TEST_F(CoderConstructionsTest, CompoundSubjectSigningBothDirections) {
  auto ev = Code("Putin and Kim Jong Un signed a comprehensive strategic partnership treaty.");
  EXPECT_EQ(KeysOf(ev), (Keys{"RUS->PRK 05", "PRK->RUS 05"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, CompoundThreeWayDrillsGiveSixEvents) {
  auto ev = Code("The United States, South Korea and Japan held trilateral naval drills off Jeju Island.");
  EXPECT_EQ(KeysOf(ev), (Keys{"USA->KOR 06", "USA->JPN 06", "KOR->USA 06", "KOR->JPN 06",
                              "JPN->USA 06", "JPN->KOR 06"}))
      << Describe(ev);
}

TEST_F(CoderConstructionsTest, CompoundSubjectTalks) {
  auto ev = Code("Lavrov and Choe Son Hui held talks in Moscow.");
  EXPECT_EQ(KeysOf(ev), (Keys{"RUS->PRK 04", "PRK->RUS 04"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, CompoundObjectSanctions) {
  auto ev = Code("Japan imposed sanctions on Russia and North Korea.");
  EXPECT_EQ(KeysOf(ev), (Keys{"JPN->RUS 16", "JPN->PRK 16"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, CompoundOrganisationsAsSubject) {
  auto ev = Code("NATO and the EU condemned North Korea.");
  EXPECT_EQ(KeysOf(ev), (Keys{"NATO->PRK 11", "EU->PRK 11"})) << Describe(ev);
}

// ---------------------------------------------------------------------------
// Passive voice with a by-agent
// ---------------------------------------------------------------------------

TEST_F(CoderConstructionsTest, PassiveSigningByTwoLeaders) {
  auto ev = Code("The treaty was signed by Putin and Kim Jong Un in Pyongyang.");
  EXPECT_EQ(KeysOf(ev), (Keys{"RUS->PRK 05", "PRK->RUS 05"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, PassiveReceptionIsHosting) {
  auto ev = Code("Shoigu was received by Kim Jong Un in Pyongyang.", "2024-09-14");
  EXPECT_EQ(KeysOf(ev), (Keys{"PRK->RUS 04", "RUS->PRK 04"})) << Describe(ev);
  EXPECT_EQ(CodeOf(ev, "PRK->RUS 04"), "043") << Describe(ev);
  EXPECT_EQ(CodeOf(ev, "RUS->PRK 04"), "042") << Describe(ev);
}

TEST_F(CoderConstructionsTest, PassiveCriticismByChina) {
  auto ev = Code("South Korea was criticised by China for hosting the drills.");
  EXPECT_EQ(KeysOf(ev), (Keys{"CHN->KOR 11"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, PassiveCondemnationByTheG7) {
  auto ev = Code("North Korea was condemned by the G7 for its missile launches.");
  EXPECT_EQ(KeysOf(ev), (Keys{"G7->PRK 11"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, PassiveWithTargetBeforeAgent) {
  auto ev = Code("New sanctions were imposed on North Korea by Japan.");
  EXPECT_EQ(KeysOf(ev), (Keys{"JPN->PRK 16"})) << Describe(ev);
}

// ---------------------------------------------------------------------------
// Appositions and titles
// ---------------------------------------------------------------------------

TEST_F(CoderConstructionsTest, TitleBeforeName) {
  auto ev = Code("Russian Defence Minister Andrei Belousov met Kim Jong Un in Pyongyang.", "2024-11-30");
  EXPECT_EQ(KeysOf(ev), (Keys{"RUS->PRK 04", "PRK->RUS 04"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, AppositionAfterPossessiveTitle) {
  auto ev = Code("North Korea's foreign minister, Choe Son Hui, met Lavrov in Moscow.", "2024-11-02");
  EXPECT_EQ(KeysOf(ev), (Keys{"PRK->RUS 04", "RUS->PRK 04"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, AppositionAfterName) {
  auto ev = Code("Sergei Lavrov, Russia's foreign minister, praised North Korea.");
  EXPECT_EQ(KeysOf(ev), (Keys{"RUS->PRK 05"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, PresidentialTitle) {
  auto ev = Code("South Korean President Yoon Suk-yeol condemned North Korea.");
  EXPECT_EQ(KeysOf(ev), (Keys{"KOR->PRK 11"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, TitleWithThanks) {
  auto ev = Code("Ukrainian President Volodymyr Zelensky thanked Japan for its support.");
  EXPECT_EQ(KeysOf(ev), (Keys{"UKR->JPN 05"})) << Describe(ev);
}

// ---------------------------------------------------------------------------
// Relative clauses
// ---------------------------------------------------------------------------

TEST_F(CoderConstructionsTest, RelativeClauseBetweenSubjectAndVerb) {
  auto ev = Code("Kim Jong Un, who inspected a drone factory last week, hosted Shoigu in Pyongyang.",
                 "2024-09-14");
  EXPECT_EQ(KeysOf(ev), (Keys{"PRK->RUS 04", "RUS->PRK 04"})) << Describe(ev);
  EXPECT_EQ(CodeOf(ev, "PRK->RUS 04"), "043") << Describe(ev);
  EXPECT_EQ(CodeOf(ev, "RUS->PRK 04"), "042") << Describe(ev);
}

TEST_F(CoderConstructionsTest, RelativeClauseDoesNotStealTheSubject) {
  auto ev = Code("Putin, who arrived in Pyongyang early on Wednesday, praised Kim Jong Un.", "2024-06-19");
  EXPECT_NE(Find(ev, "RUS->PRK 05"), nullptr) << Describe(ev);
  for (const Event& e : ev) EXPECT_EQ(e.source.entity(), "RUS") << Describe(ev);
}

TEST_F(CoderConstructionsTest, RelativeClauseOnTheObject) {
  auto ev = Code("Zelensky thanked South Korea, which has sent humanitarian aid to Ukraine.");
  EXPECT_EQ(KeysOf(ev), (Keys{"UKR->KOR 05", "KOR->UKR 07"})) << Describe(ev);
}

// DISABLED: the coder fails this expectation. JPN->PRK 16 missing: the object of "imposed" is the
// head noun before "that" (a relative-clause gap), and verb patterns only look after the verb.
TEST_F(CoderConstructionsTest, ObjectRelativeClause) {
  auto ev = Code("North Korea condemned the sanctions that Japan imposed on Pyongyang.");
  EXPECT_EQ(KeysOf(ev), (Keys{"PRK->JPN 11", "JPN->PRK 16"})) << Describe(ev);
}

// ---------------------------------------------------------------------------
// Nominal events with named actors
// ---------------------------------------------------------------------------

TEST_F(CoderConstructionsTest, NominalSupplyUnderCondemnation) {
  auto ev = Code("The United States condemned North Korea's supply of ballistic missiles to Russia.");
  EXPECT_EQ(KeysOf(ev), (Keys{"USA->PRK 11", "PRK->RUS 07"})) << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 07"), "asserted") << Describe(ev);
}

TEST_F(CoderConstructionsTest, NominalDeploymentUnderCondemnation) {
  auto ev = Code("Seoul condemned Pyongyang's deployment of troops to Russia.");
  EXPECT_EQ(KeysOf(ev), (Keys{"KOR->PRK 11", "PRK->RUS 07"})) << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "PRK->RUS 07"), "asserted") << Describe(ev);
}

TEST_F(CoderConstructionsTest, NominalSanctionsAsSubject) {
  auto ev = Code("Japan's sanctions on North Korea took effect on Friday.", "2024-11-22");
  EXPECT_EQ(KeysOf(ev), (Keys{"JPN->PRK 16"})) << Describe(ev);
  EXPECT_EQ(ModalityOf(ev, "JPN->PRK 16"), "asserted") << Describe(ev);
}

TEST_F(CoderConstructionsTest, NominalSummitIsJoint) {
  auto ev = Code("Putin's summit with Kim Jong Un lasted more than nine hours.", "2024-06-20");
  EXPECT_EQ(KeysOf(ev), (Keys{"RUS->PRK 04", "PRK->RUS 04"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, NominalWar) {
  auto ev = Code("Russia's war in Ukraine has entered its third year.");
  EXPECT_EQ(KeysOf(ev), (Keys{"RUS->UKR 19"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, BareRelationshipNounIsNoEvent) {
  auto ev = Code("Russia's ties with North Korea have deepened.");
  EXPECT_TRUE(ev.empty()) << Describe(ev);
}

// ---------------------------------------------------------------------------
// Several events in one sentence
// ---------------------------------------------------------------------------

// DISABLED: the coder fails this expectation. PRK->RUS 07 missing: "North Korea, and North Korea"
// across ", and" is merged into one compound object, so the second clause loses its subject.
TEST_F(CoderConstructionsTest, TwoCoordinatedClausesOppositeDirections) {
  auto ev = Code("Russia sent fighter jets to North Korea, and North Korea sent troops to Russia.");
  EXPECT_EQ(KeysOf(ev), (Keys{"RUS->PRK 07", "PRK->RUS 07"})) << Describe(ev);
}

// DISABLED: the coder fails this expectation. Extra UKR->JPN 11 and PRK->RUS 16: "North Korea, and
// Japan" across a clause boundary is merged into one compound actor group.
TEST_F(CoderConstructionsTest, TwoCoordinatedClausesDifferentActors) {
  auto ev = Code("Ukraine condemned North Korea, and Japan imposed sanctions on Russia.");
  EXPECT_EQ(KeysOf(ev), (Keys{"UKR->PRK 11", "JPN->RUS 16"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, SharedSubjectTwoVerbs) {
  auto ev = Code("Biden met Kishida in Washington and warned North Korea against further provocations.",
                 "2024-04-10");
  EXPECT_EQ(KeysOf(ev), (Keys{"USA->JPN 04", "JPN->USA 04", "USA->PRK 13"})) << Describe(ev);
}

// ---------------------------------------------------------------------------
// Dated roles: a person's entity is their country, inside and outside office
// ---------------------------------------------------------------------------

TEST_F(CoderConstructionsTest, DatedRoleYoonInOffice) {
  auto ev = Code("Yoon Suk-yeol criticised North Korea.", "2023-07-01");
  ASSERT_EQ(KeysOf(ev), (Keys{"KOR->PRK 11"})) << Describe(ev);
  EXPECT_EQ(Find(ev, "KOR->PRK 11")->source.code, "KORGOV") << Describe(ev);
}

TEST_F(CoderConstructionsTest, DatedRoleYoonAfterOffice) {
  auto ev = Code("Yoon Suk-yeol criticised North Korea.", "2025-07-01");
  ASSERT_EQ(KeysOf(ev), (Keys{"KOR->PRK 11"})) << Describe(ev);
  EXPECT_EQ(Find(ev, "KOR->PRK 11")->source.country, "KOR") << Describe(ev);
  EXPECT_NE(Find(ev, "KOR->PRK 11")->source.code, "KORGOV") << Describe(ev);
}

TEST_F(CoderConstructionsTest, DatedRoleYoonBeforeAnyOffice) {
  auto ev = Code("Yoon Suk-yeol criticised North Korea.", "2015-03-01");
  ASSERT_EQ(KeysOf(ev), (Keys{"KOR->PRK 11"})) << Describe(ev);
  EXPECT_EQ(Find(ev, "KOR->PRK 11")->source.code, "KOR") << Describe(ev);
}

TEST_F(CoderConstructionsTest, DatedRoleYoonWithoutDocumentDate) {
  auto ev = Code("Yoon Suk-yeol criticised North Korea.", "");
  ASSERT_EQ(KeysOf(ev), (Keys{"KOR->PRK 11"})) << Describe(ev);
  EXPECT_EQ(Find(ev, "KOR->PRK 11")->source.code, "KOR") << Describe(ev);
}

TEST_F(CoderConstructionsTest, DatedRoleShoiguAsDefenceMinisterIsRussia) {
  auto ev = Code("Shoigu met Kim Jong Un in Pyongyang.", "2023-07-27");
  ASSERT_EQ(KeysOf(ev), (Keys{"RUS->PRK 04", "PRK->RUS 04"})) << Describe(ev);
  EXPECT_EQ(Find(ev, "RUS->PRK 04")->source.code, "RUSGOV") << Describe(ev);
}

TEST_F(CoderConstructionsTest, DatedRoleShoiguAfterTheDefenceMinistryIsRussia) {
  auto ev = Code("Shoigu met Kim Jong Un in Pyongyang.", "2024-09-14");
  EXPECT_EQ(KeysOf(ev), (Keys{"RUS->PRK 04", "PRK->RUS 04"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, DatedRoleBidenAfterOffice) {
  auto ev = Code("Biden criticised Putin.", "2025-03-01");
  ASSERT_EQ(KeysOf(ev), (Keys{"USA->RUS 11"})) << Describe(ev);
  EXPECT_EQ(Find(ev, "USA->RUS 11")->source.code, "USA") << Describe(ev);
}

TEST_F(CoderConstructionsTest, DatedRoleLeeInOppositionThenPresident) {
  auto before = Code("Lee Jae-myung criticised Japan.", "2023-09-01");
  ASSERT_EQ(KeysOf(before), (Keys{"KOR->JPN 11"})) << Describe(before);
  EXPECT_EQ(Find(before, "KOR->JPN 11")->source.code, "KOROPP") << Describe(before);
  auto after = Code("Lee Jae-myung criticised Japan.", "2025-07-01");
  ASSERT_EQ(KeysOf(after), (Keys{"KOR->JPN 11"})) << Describe(after);
  EXPECT_EQ(Find(after, "KOR->JPN 11")->source.code, "KORGOV") << Describe(after);
}

// ---------------------------------------------------------------------------
// Visits: visitor -> host 042; host -> visitor 043 only when hosting is stated
// ---------------------------------------------------------------------------

TEST_F(CoderConstructionsTest, VisitOneDirectionOnly) {
  auto ev = Code("Kim Jong Un visited Russia in September.", "2023-09-20");
  EXPECT_EQ(KeysOf(ev), (Keys{"PRK->RUS 04"})) << Describe(ev);
  EXPECT_EQ(CodeOf(ev, "PRK->RUS 04"), "042") << Describe(ev);
}

TEST_F(CoderConstructionsTest, HostingCodesBothDirections) {
  auto ev = Code("Putin hosted Kim Jong Un at the Vostochny Cosmodrome.", "2023-09-13");
  EXPECT_EQ(KeysOf(ev), (Keys{"RUS->PRK 04", "PRK->RUS 04"})) << Describe(ev);
  EXPECT_EQ(CodeOf(ev, "RUS->PRK 04"), "043") << Describe(ev);
  EXPECT_EQ(CodeOf(ev, "PRK->RUS 04"), "042") << Describe(ev);
}

TEST_F(CoderConstructionsTest, TravelToACapital) {
  auto ev = Code("Zelensky travelled to Washington.", "2024-09-26");
  EXPECT_EQ(KeysOf(ev), (Keys{"UKR->USA 04"})) << Describe(ev);
  EXPECT_EQ(CodeOf(ev, "UKR->USA 04"), "042") << Describe(ev);
}

TEST_F(CoderConstructionsTest, NominalVisit) {
  auto ev = Code("Choe Son Hui paid a visit to Moscow.", "2024-11-02");
  EXPECT_EQ(KeysOf(ev), (Keys{"PRK->RUS 04"})) << Describe(ev);
  EXPECT_EQ(CodeOf(ev, "PRK->RUS 04"), "042") << Describe(ev);
}

// ---------------------------------------------------------------------------
// No self-pairs
// ---------------------------------------------------------------------------

TEST_F(CoderConstructionsTest, NoSelfPairCapitalAndArmy) {
  auto ev = Code("Seoul and South Korea's army condemned North Korea's missile launch.");
  EXPECT_FALSE(HasSelfPair(ev)) << Describe(ev);
  EXPECT_NE(Find(ev, "KOR->PRK 11"), nullptr) << Describe(ev);
}

TEST_F(CoderConstructionsTest, NoSelfPairBetweenCompatriots) {
  auto ev = Code("Putin met Belousov and Lavrov in the Kremlin.");
  EXPECT_TRUE(ev.empty()) << Describe(ev);
}

TEST_F(CoderConstructionsTest, NoSelfPairLeaderAndOwnArmy) {
  auto ev = Code("Kim Jong Un inspected North Korean artillery units.");
  EXPECT_TRUE(ev.empty()) << Describe(ev);
}

// ---------------------------------------------------------------------------
// Pronouns are not resolved across sentences
// ---------------------------------------------------------------------------

TEST_F(CoderConstructionsTest, PronounSubjectHe) {
  auto ev = Code("He met Putin in Moscow on Tuesday.");
  EXPECT_TRUE(ev.empty()) << Describe(ev);
}

TEST_F(CoderConstructionsTest, PronounSubjectThey) {
  auto ev = Code("They signed a military pact with North Korea.");
  EXPECT_TRUE(ev.empty()) << Describe(ev);
}

TEST_F(CoderConstructionsTest, PronounSubjectIt) {
  auto ev = Code("It condemned Japan.");
  EXPECT_TRUE(ev.empty()) << Describe(ev);
}

TEST_F(CoderConstructionsTest, PronounsInASecondSentenceAreNotResolved) {
  dyad::Engine engine(lexicon_);
  dyad::Document doc{"unit", "-", 1, "2024-11-20", "", "", "",
                     "Kim Jong Un arrived in Vladivostok. He met Putin on Wednesday."};
  auto coded = engine.code(doc);
  for (const Event& e : coded.events) EXPECT_EQ(e.sentence, 0) << Describe(coded.events);
}

// ---------------------------------------------------------------------------
// A capital used only as a place
// ---------------------------------------------------------------------------

TEST_F(CoderConstructionsTest, CapitalAsPlaceFronted) {
  auto ev = Code("In Washington, Biden met Yoon Suk-yeol.", "2023-04-26");
  EXPECT_EQ(KeysOf(ev), (Keys{"USA->KOR 04", "KOR->USA 04"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, CapitalAsPlaceFrontedBeijing) {
  auto ev = Code("In Beijing, Xi Jinping met Putin.", "2024-05-16");
  EXPECT_EQ(KeysOf(ev), (Keys{"CHN->RUS 04", "RUS->CHN 04"})) << Describe(ev);
}

TEST_F(CoderConstructionsTest, CapitalAsPlaceAfterTheObject) {
  auto ev = Code("Zelensky met Trump in Washington.", "2025-02-28");
  EXPECT_EQ(KeysOf(ev), (Keys{"UKR->USA 04", "USA->UKR 04"})) << Describe(ev);
}

// ---------------------------------------------------------------------------
// Sentences with no events
// ---------------------------------------------------------------------------

TEST_F(CoderConstructionsTest, NoEventWeather) {
  auto ev = Code("Heavy snow fell across Seoul on Tuesday, delaying dozens of flights.");
  EXPECT_TRUE(ev.empty()) << Describe(ev);
}

TEST_F(CoderConstructionsTest, NoEventTemperatures) {
  auto ev = Code("Temperatures in Pyongyang dropped below minus 20 degrees on Monday.");
  EXPECT_TRUE(ev.empty()) << Describe(ev);
}

TEST_F(CoderConstructionsTest, NoEventFootball) {
  auto ev = Code("South Korea's national football team beat Japan 2-1 in a friendly match in Tokyo.");
  EXPECT_TRUE(ev.empty()) << Describe(ev);
}

TEST_F(CoderConstructionsTest, NoEventActionWithoutTarget) {
  auto ev = Code("North Korea launched two ballistic missiles on Tuesday.");
  EXPECT_TRUE(ev.empty()) << Describe(ev);
}

}  // namespace

namespace {

class ConfidenceTest : public dyad::testing::CodedEventsTest {};

// Confidence falls when the subject is inferred (a pronoun resolved within
// the sentence) or the target stands far from the verb.
TEST_F(ConfidenceTest, InferredSubjectIsLessCertainThanANamedOne) {
  auto named = Code("Russia sent shells to North Korea.");
  auto inferred = Code("Russia said it sent shells to North Korea.");
  const dyad::Event* a = Find(named, "RUS->PRK 07");
  const dyad::Event* b = Find(inferred, "RUS->PRK 07");
  ASSERT_NE(a, nullptr) << Describe(named);
  ASSERT_NE(b, nullptr) << Describe(inferred);
  EXPECT_GT(a->confidence, b->confidence);
  EXPECT_GT(b->confidence, 0.0);
  EXPECT_LE(a->confidence, 1.0);
}

TEST_F(ConfidenceTest, NominalEventsAreLessCertainThanVerbs) {
  auto ev = Code("Seoul condemned North Korea's supply of shells to Russia.");
  const dyad::Event* verb = Find(ev, "KOR->PRK 11");
  const dyad::Event* nominal = Find(ev, "PRK->RUS 07");
  ASSERT_NE(verb, nullptr) << Describe(ev);
  ASSERT_NE(nominal, nullptr) << Describe(ev);
  EXPECT_GT(verb->confidence, nominal->confidence);
}

}  // namespace

namespace {

class ClauseBoundaryTest : public dyad::testing::CodedEventsTest {};

// A dateline ends at its dash: the city there is no actor of the sentence.
TEST_F(ClauseBoundaryTest, DatelineCityIsNotASubject) {
  auto ev = Code("SEOUL, June 19 \u2014 A new pact was signed by Putin and Kim Jong Un in Pyongyang.");
  for (const dyad::Event& e : ev) {
    EXPECT_NE(e.source.entity(), "KOR") << Describe(ev);
    EXPECT_NE(e.target.entity(), "KOR") << Describe(ev);
  }
  EXPECT_NE(Find(ev, "RUS->PRK 05"), nullptr) << Describe(ev);
}

// Troops stated to be in a country protect it (074); troops merely named
// beside a place in a prepositional phrase do not.
TEST_F(ClauseBoundaryTest, TroopsAbroadNeedALinkingVerb) {
  auto in = Code("North Korean soldiers are in Russia.");
  EXPECT_NE(Find(in, "PRK->RUS 07"), nullptr) << Describe(in);
  auto beside = Code("Pyongyang trains its units to fight alongside Russian troops in Ukraine.");
  EXPECT_EQ(Find(beside, "RUS->UKR 07"), nullptr) << Describe(beside);
}

// An official stated to be in another state visits it (042); "is due in" is a plan.
TEST_F(ClauseBoundaryTest, OfficialAbroadVisits) {
  auto was = Code("Lavrov was in Pyongyang for two days of talks.");
  ASSERT_NE(Find(was, "RUS->PRK 04"), nullptr) << Describe(was);
  EXPECT_EQ(Find(was, "RUS->PRK 04")->code, "042");
  auto due = Code("Lavrov is due in Beijing on Monday.");
  EXPECT_EQ(ModalityOf(due, "RUS->CHN 04"), "planned") << Describe(due);
}

// An infinitive of purpose after an object belongs to the main subject.
TEST_F(ClauseBoundaryTest, PurposeInfinitiveBelongsToTheMainSubject) {
  auto ev = Code("Seoul summoned the Russian ambassador to protest against North Korea.");
  EXPECT_NE(Find(ev, "KOR->RUS 11"), nullptr) << Describe(ev);  // 114, summoning to complain
  EXPECT_EQ(Find(ev, "RUS->PRK 11"), nullptr) << Describe(ev);
}

// A joint act of a compound actor does not reach into a purpose clause.
TEST_F(ClauseBoundaryTest, JointActStopsBeforeAPurposeClause) {
  auto ev = Code("Japan and South Korea should deepen their cooperation to deter Pyongyang.");
  EXPECT_EQ(ModalityOf(ev, "JPN->KOR 06"), "recommended") << Describe(ev);
  for (const dyad::Event& e : ev) EXPECT_NE(e.target.entity(), "PRK") << Describe(ev);
}

}  // namespace
