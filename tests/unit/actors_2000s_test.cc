// Dated actors of 2000-2014 wire copy (data/actors/people.txt): heads of state
// and government, foreign and defence ministers and the heads of international
// bodies of those years, resolved by the document date. Sentences are our own.
// Each case checks the code the actor gets (e.source.code / e.target.code or
// the organisation), not only that an event exists: in office the person is
// the country's GOV (or OPP/REB/MIL when the dictionary says so), out of office
// the country alone.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coded_events.h"
#include "dyad/event.h"

namespace {

using dyad::Event;

using Actors2000sTest = dyad::testing::CodedEventsTest;

// ---------------------------------------------------------------------------
// Europe and Russia
// ---------------------------------------------------------------------------

TEST_F(Actors2000sTest, SarkozyPresidentIn2008OutOfOfficeIn2014) {
  auto events = Code("Sarkozy met Angela Merkel in Berlin.", "2008-03-01");
  const Event* e = Find(events, "FRA->DEU 04");
  ASSERT_NE(e, nullptr) << Describe(events);
  EXPECT_EQ(e->source.code, "FRAGOV") << Describe(events);
  EXPECT_EQ(e->target.code, "DEUGOV") << Describe(events);
  // Between the presidency and his return as party leader (2014-11-29).
  EXPECT_EQ(SourceCode("Sarkozy criticised Germany.", "2014-06-01", "FRA->DEU 11"), "FRA");
}

TEST_F(Actors2000sTest, MedvedevPresidentThenPrimeMinister) {
  auto events = Code("Medvedev met Hu Jintao in Moscow.", "2009-06-17");
  const Event* e = Find(events, "RUS->CHN 04");
  ASSERT_NE(e, nullptr) << Describe(events);
  EXPECT_EQ(e->source.code, "RUSGOV") << Describe(events);
  EXPECT_EQ(e->target.code, "CHNGOV") << Describe(events);
  EXPECT_EQ(SourceCode("Medvedev criticised Japan.", "2013-02-01", "RUS->JPN 11"), "RUSGOV");
}

TEST_F(Actors2000sTest, GordonBrownInFullMeetsBush) {
  auto events = Code("Gordon Brown met George W. Bush in London.", "2008-06-15");
  const Event* e = Find(events, "GBR->USA 04");
  ASSERT_NE(e, nullptr) << Describe(events);
  EXPECT_EQ(e->source.code, "GBRGOV") << Describe(events);
  EXPECT_EQ(e->target.code, "USAGOV") << Describe(events);
}

TEST_F(Actors2000sTest, TymoshenkoInOppositionThenPrimeMinister) {
  EXPECT_EQ(SourceCode("Yulia Tymoshenko criticised Russia.", "2006-06-01", "UKR->RUS 11"), "UKROPP");
  EXPECT_EQ(SourceCode("Yulia Tymoshenko criticised Russia.", "2009-01-10", "UKR->RUS 11"), "UKRGOV");
}

TEST_F(Actors2000sTest, SaakashviliIsGeorgiasGovernmentIn2008) {
  EXPECT_EQ(SourceCode("Saakashvili accused Russia of invading Georgia.", "2008-08-10", "GEO->RUS 11"), "GEOGOV");
}

// ---------------------------------------------------------------------------
// The United States and international bodies
// ---------------------------------------------------------------------------

TEST_F(Actors2000sTest, BushAloneIsTheSonTheFatherInFull) {
  EXPECT_EQ(SourceCode("Bush accused Iran of arming militias in Iraq.", "2006-08-01", "USA->IRN 11"), "USAGOV");
  // George H. W. Bush left office in 1993: his own entry, out of office.
  EXPECT_EQ(SourceCode("George H. W. Bush praised Kuwait.", "2003-06-01", "USA->KWT 05"), "USA");
}

TEST_F(Actors2000sTest, RiceMeetsOlmertThenOlmertOutOfOffice) {
  auto events = Code("Condoleezza Rice met Ehud Olmert in Jerusalem.", "2007-01-15");
  const Event* e = Find(events, "USA->ISR 04");
  ASSERT_NE(e, nullptr) << Describe(events);
  EXPECT_EQ(e->source.code, "USAGOV") << Describe(events);
  EXPECT_EQ(e->target.code, "ISRGOV") << Describe(events);
  EXPECT_EQ(SourceCode("Olmert criticised Syria.", "2010-06-01", "ISR->SYR 11"), "ISR");
}

TEST_F(Actors2000sTest, SolanaAndAnnanAreTheirOrganisations) {
  auto events = Code("Javier Solana met Ali Larijani in Vienna.", "2006-06-06");
  const Event* e = Find(events, "EU->IRN 04");
  ASSERT_NE(e, nullptr) << Describe(events);
  EXPECT_EQ(e->source.org, "EU") << Describe(events);
  EXPECT_EQ(e->target.code, "IRNGOV") << Describe(events);

  auto annan = Code("Kofi Annan criticised Israel.", "2004-06-01");
  const Event* a = Find(annan, "UN->ISR 11");
  ASSERT_NE(a, nullptr) << Describe(annan);
  EXPECT_EQ(a->source.org, "UN") << Describe(annan);
}

// ---------------------------------------------------------------------------
// The Middle East
// ---------------------------------------------------------------------------

TEST_F(Actors2000sTest, AhmadinejadAndMalikiInOffice) {
  EXPECT_EQ(SourceCode("Ahmadinejad threatened Israel.", "2008-06-01", "IRN->ISR 13"), "IRNGOV");
  EXPECT_EQ(SourceCode("Nouri al-Maliki criticised Syria.", "2010-02-01", "IRQ->SYR 11"), "IRQGOV");
}

TEST_F(Actors2000sTest, MubarakInOfficeThenDeposed) {
  auto events = Code("Mubarak met Ehud Olmert in Sharm el-Sheikh.", "2008-01-10");
  const Event* e = Find(events, "EGY->ISR 04");
  ASSERT_NE(e, nullptr) << Describe(events);
  EXPECT_EQ(e->source.code, "EGYGOV") << Describe(events);
  EXPECT_EQ(e->target.code, "ISRGOV") << Describe(events);
  EXPECT_EQ(SourceCode("Mubarak criticised Israel.", "2012-06-01", "EGY->ISR 11"), "EGY");
}

TEST_F(Actors2000sTest, HamasFounderAndHezbollahLeaderAreRebels) {
  EXPECT_EQ(SourceCode("Sheikh Ahmed Yassin threatened Israel.", "2003-09-01", "PSE->ISR 13"), "PSEREB");
  EXPECT_EQ(SourceCode("Nasrallah threatened Israel.", "2006-07-20", "LBN->ISR 13"), "LBNREB");
}

TEST_F(Actors2000sTest, LivniInOpposition) {
  EXPECT_EQ(SourceCode("Tzipi Livni criticised Iran.", "2010-06-01", "ISR->IRN 11"), "ISROPP");
}

// ---------------------------------------------------------------------------
// Africa
// ---------------------------------------------------------------------------

TEST_F(Actors2000sTest, GaddafiMeetsBerlusconiThenTheTransitionalCouncil) {
  auto events = Code("Gaddafi met Silvio Berlusconi in Rome.", "2009-06-10");
  const Event* e = Find(events, "LBY->ITA 04");
  ASSERT_NE(e, nullptr) << Describe(events);
  EXPECT_EQ(e->source.code, "LBYGOV") << Describe(events);
  EXPECT_EQ(e->target.code, "ITAGOV") << Describe(events);
  // The National Transitional Council is LBYREB until its UN seat (2011-09-16).
  EXPECT_EQ(SourceCode("Mustafa Abdul Jalil thanked France.", "2011-04-01", "LBY->FRA 05"), "LBYREB");
  EXPECT_EQ(SourceCode("Mustafa Abdul Jalil thanked France.", "2012-01-15", "LBY->FRA 05"), "LBYGOV");
}

TEST_F(Actors2000sTest, MugabeAndTsvangiraiBeforeAndInTheUnityGovernment) {
  EXPECT_EQ(SourceCode("Mugabe accused Britain of funding the opposition.", "2008-05-01", "ZWE->GBR 11"), "ZWEGOV");
  EXPECT_EQ(SourceCode("Tsvangirai criticised South Africa.", "2007-03-01", "ZWE->ZAF 11"), "ZWEOPP");
  EXPECT_EQ(SourceCode("Tsvangirai criticised South Africa.", "2010-03-01", "ZWE->ZAF 11"), "ZWEGOV");
}

TEST_F(Actors2000sTest, BashirAloneIsSudansPresident) {
  EXPECT_EQ(SourceCode("Bashir criticised the United States.", "2009-03-05", "SDN->USA 11"), "SDNGOV");
}

// ---------------------------------------------------------------------------
// Asia and the Americas
// ---------------------------------------------------------------------------

TEST_F(Actors2000sTest, MusharrafMeetsKarzai) {
  auto events = Code("Musharraf met Hamid Karzai in Islamabad.", "2006-02-15");
  const Event* e = Find(events, "PAK->AFG 04");
  ASSERT_NE(e, nullptr) << Describe(events);
  EXPECT_EQ(e->source.code, "PAKGOV") << Describe(events);
  EXPECT_EQ(e->target.code, "AFGGOV") << Describe(events);
}

TEST_F(Actors2000sTest, KoizumiAndThaksinInAndOutOfOffice) {
  EXPECT_EQ(SourceCode("Koizumi visited China.", "2001-10-08", "JPN->CHN 04"), "JPNGOV");
  EXPECT_EQ(SourceCode("Thaksin criticised Cambodia.", "2005-06-01", "THA->KHM 11"), "THAGOV");
  EXPECT_EQ(SourceCode("Thaksin criticised Cambodia.", "2008-06-01", "THA->KHM 11"), "THA");
}

TEST_F(Actors2000sTest, ChavezAccusesTheUnitedStates) {
  EXPECT_EQ(SourceCode("Chavez accused the United States of plotting a coup.", "2007-05-01", "VEN->USA 11"),
            "VENGOV");
}

}  // namespace
