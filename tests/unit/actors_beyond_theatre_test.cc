// Dated actors beyond the Korean theatre (issue 14, item 3): heads of state
// and government, ministers, army chiefs and non-state leaders of the G20 and
// of the other theatres in data/actors/people.txt, resolved by the document
// date. Sentences are our own. Each case checks the code the actor gets
// (e.source.code / e.target.code), not only that an event exists: in office
// the person is the country's GOV/MIL/SPY, after leaving office the country
// alone (or OPP/REB when the dictionary says so).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "coded_events.h"
#include "dyad/event.h"

namespace {

using dyad::Event;

using ActorsBeyondTheatreTest = dyad::testing::CodedEventsTest;

// ---------------------------------------------------------------------------
// Turkey
// ---------------------------------------------------------------------------

TEST_F(ActorsBeyondTheatreTest, ErdoganIsTurkishGovernmentIn2016) {
  EXPECT_EQ(SourceCode("Erdogan criticised Greece.", "2016-05-10", "TUR->GRC 11"), "TURGOV");
  EXPECT_EQ(SourceCode("Erdoğan criticised Greece.", "2016-05-10", "TUR->GRC 11"), "TURGOV");
}

TEST_F(ActorsBeyondTheatreTest, TurkishForeignMinisterByTitleAndByName) {
  // The title gives the role on any date; the name only while in office.
  EXPECT_EQ(SourceCode("The Turkish foreign minister met Sergei Lavrov in Moscow.", "2016-05-10", "TUR->RUS 04"),
            "TURGOV");
  EXPECT_EQ(SourceCode("Cavusoglu met Sergei Lavrov in Moscow.", "2016-05-10", "TUR->RUS 04"), "TURGOV");
  EXPECT_EQ(SourceCode("Mevlüt Çavuşoğlu met Sergei Lavrov in Moscow.", "2016-05-10", "TUR->RUS 04"), "TURGOV");
  EXPECT_EQ(SourceCode("Cavusoglu met Sergei Lavrov in Moscow.", "2024-05-10", "TUR->RUS 04"), "TUR");
}

TEST_F(ActorsBeyondTheatreTest, DavutogluInOfficeThenOutThenInOpposition) {
  EXPECT_EQ(SourceCode("Davutoglu criticised Greece.", "2015-06-01", "TUR->GRC 11"), "TURGOV");
  EXPECT_EQ(SourceCode("Davutoglu criticised Greece.", "2017-06-01", "TUR->GRC 11"), "TUR");
  EXPECT_EQ(SourceCode("Davutoglu criticised Greece.", "2021-06-01", "TUR->GRC 11"), "TUROPP");
}

TEST_F(ActorsBeyondTheatreTest, HulusiAkarArmyChiefThenDefenceMinister) {
  EXPECT_EQ(SourceCode("Hulusi Akar met Valery Gerasimov in Moscow.", "2016-08-01", "TUR->RUS 04"), "TURMIL");
  EXPECT_EQ(SourceCode("Hulusi Akar met Valery Gerasimov in Moscow.", "2019-08-01", "TUR->RUS 04"), "TURGOV");
}

// ---------------------------------------------------------------------------
// Europe: the UK, the EU, Moldova, Poland
// ---------------------------------------------------------------------------

TEST_F(ActorsBeyondTheatreTest, TheresaMayInAndOutOfOfficeAndHerNameIsNoModal) {
  auto in_office = Code("Theresa May met Angela Merkel in Berlin.", "2017-02-01");
  const Event* e = Find(in_office, "GBR->DEU 04");
  ASSERT_NE(e, nullptr) << Describe(in_office);
  EXPECT_EQ(e->source.code, "GBRGOV") << Describe(in_office);
  EXPECT_EQ(e->target.code, "DEUGOV") << Describe(in_office);
  // "May" in her name is not the modal "may".
  EXPECT_EQ(ModalityOf(in_office, "GBR->DEU 04"), "asserted") << Describe(in_office);
  EXPECT_EQ(SourceCode("Theresa May met Angela Merkel in Berlin.", "2020-02-01", "GBR->DEU 04"), "GBR");
}

TEST_F(ActorsBeyondTheatreTest, JunckerIsTheEuropeanUnion) {
  auto events = Code("Juncker met Theresa May in Brussels.", "2018-03-01");
  const Event* e = Find(events, "EU->GBR 04");
  ASSERT_NE(e, nullptr) << Describe(events);
  EXPECT_EQ(e->source.org, "EU") << Describe(events);
  EXPECT_EQ(e->target.code, "GBRGOV") << Describe(events);
}

TEST_F(ActorsBeyondTheatreTest, MaiaSanduInOppositionThenPresident) {
  EXPECT_EQ(SourceCode("Maia Sandu criticised Russia.", "2018-06-01", "MDA->RUS 11"), "MDAOPP");
  EXPECT_EQ(SourceCode("Maia Sandu criticised Russia.", "2022-06-01", "MDA->RUS 11"), "MDAGOV");
}

TEST_F(ActorsBeyondTheatreTest, MorawieckiPrimeMinisterThenOpposition) {
  EXPECT_EQ(SourceCode("Morawiecki criticised Germany.", "2020-06-01", "POL->DEU 11"), "POLGOV");
  EXPECT_EQ(SourceCode("Morawiecki criticised Germany.", "2024-06-01", "POL->DEU 11"), "POLOPP");
}

// ---------------------------------------------------------------------------
// Balkans and the Caucasus
// ---------------------------------------------------------------------------

TEST_F(ActorsBeyondTheatreTest, VucicAndKurtiInOffice) {
  auto events = Code("Vucic accused Kurti of provoking violence.", "2023-06-01");
  const Event* e = Find(events, "SRB->XKX 11");
  ASSERT_NE(e, nullptr) << Describe(events);
  EXPECT_EQ(e->source.code, "SRBGOV") << Describe(events);
  EXPECT_EQ(e->target.code, "XKXGOV") << Describe(events);
  EXPECT_EQ(SourceCode("Albin Kurti criticised Serbia.", "2020-09-01", "XKX->SRB 11"), "XKXOPP");
}

TEST_F(ActorsBeyondTheatreTest, MirzoyanSpeakerThenForeignMinister) {
  auto events = Code("Mirzoyan met Jeyhun Bayramov in Washington.", "2024-05-01");
  const Event* e = Find(events, "ARM->AZE 04");
  ASSERT_NE(e, nullptr) << Describe(events);
  EXPECT_EQ(e->source.code, "ARMGOV") << Describe(events);
  EXPECT_EQ(e->target.code, "AZEGOV") << Describe(events);
  EXPECT_EQ(SourceCode("Ararat Mirzoyan criticised Azerbaijan.", "2020-05-01", "ARM->AZE 11"), "ARMLEG");
}

// ---------------------------------------------------------------------------
// Middle East: Israel, Iran, Lebanon, Palestinians, Yemen, the Gulf
// ---------------------------------------------------------------------------

TEST_F(ActorsBeyondTheatreTest, BennettPrimeMinisterThenOutOfOffice) {
  EXPECT_EQ(SourceCode("Naftali Bennett praised Joe Biden.", "2021-08-20", "ISR->USA 05"), "ISRGOV");
  EXPECT_EQ(SourceCode("Naftali Bennett praised Joe Biden.", "2024-03-01", "ISR->USA 05"), "ISR");
}

TEST_F(ActorsBeyondTheatreTest, ZarifForeignMinisterThenNot) {
  EXPECT_EQ(SourceCode("Zarif condemned Washington.", "2019-05-01", "IRN->USA 11"), "IRNGOV");
  EXPECT_EQ(SourceCode("Zarif condemned Washington.", "2022-05-01", "IRN->USA 11"), "IRN");
}

TEST_F(ActorsBeyondTheatreTest, SoleimaniIsIranianMilitary) {
  EXPECT_EQ(SourceCode("Qasem Soleimani visited Baghdad.", "2019-05-01", "IRN->IRQ 04"), "IRNMIL");
}

TEST_F(ActorsBeyondTheatreTest, HezbollahLeadersAreLebaneseRebels) {
  EXPECT_EQ(SourceCode("Nasrallah threatened Israel.", "2020-06-01", "LBN->ISR 13"), "LBNREB");
  EXPECT_EQ(SourceCode("Naim Qassem warned Israel.", "2025-03-01", "LBN->ISR 13"), "LBNREB");
  EXPECT_EQ(TargetCode("Israel struck Hezbollah.", "2025-03-01", "ISR->LBN 19"), "LBNREB");
}

TEST_F(ActorsBeyondTheatreTest, HaniyehPrimeMinisterThenHamas) {
  EXPECT_EQ(SourceCode("Ismail Haniyeh criticised Israel.", "2006-06-01", "PSE->ISR 11"), "PSEGOV");
  EXPECT_EQ(SourceCode("Ismail Haniyeh criticised Israel.", "2019-06-01", "PSE->ISR 11"), "PSEREB");
  EXPECT_EQ(SourceCode("Yahya Sinwar threatened Israel.", "2023-09-01", "PSE->ISR 13"), "PSEREB");
}

TEST_F(ActorsBeyondTheatreTest, HouthisAndTheirLeaderAreYemeniRebels) {
  EXPECT_EQ(SourceCode("Abdul-Malik al-Houthi threatened the United States.", "2024-02-01", "YEM->USA 13"),
            "YEMREB");
  EXPECT_EQ(SourceCode("The Houthis attacked a British ship.", "2024-02-01", "YEM->GBR 19"), "YEMREB");
}

TEST_F(ActorsBeyondTheatreTest, GulfForeignMinistersInOffice) {
  EXPECT_EQ(SourceCode("Faisal bin Farhan met Abbas Araghchi in Riyadh.", "2024-10-01", "SAU->IRN 04"), "SAUGOV");
  EXPECT_EQ(TargetCode("Faisal bin Farhan met Abbas Araghchi in Riyadh.", "2024-10-01", "SAU->IRN 04"), "IRNGOV");
  EXPECT_EQ(SourceCode("Sheikh Mohammed bin Abdulrahman Al Thani met Antony Blinken in Doha.", "2024-06-01",
                       "QAT->USA 04"),
            "QATGOV");
}

// ---------------------------------------------------------------------------
// South Asia
// ---------------------------------------------------------------------------

TEST_F(ActorsBeyondTheatreTest, ImranKhanPrimeMinisterThenOpposition) {
  EXPECT_EQ(SourceCode("Imran Khan accused India of violating the ceasefire.", "2019-05-01", "PAK->IND 11"),
            "PAKGOV");
  EXPECT_EQ(SourceCode("Imran Khan criticised the United States.", "2023-09-01", "PAK->USA 11"), "PAKOPP");
}

TEST_F(ActorsBeyondTheatreTest, IndianDefenceMinisterAndChiefOfDefenceStaff) {
  EXPECT_EQ(SourceCode("Rajnath Singh warned Pakistan.", "2020-06-01", "IND->PAK 13"), "INDGOV");
  EXPECT_EQ(SourceCode("Bipin Rawat warned Pakistan.", "2020-06-01", "IND->PAK 13"), "INDMIL");
}

// ---------------------------------------------------------------------------
// East Asia: Taiwan, the Philippines
// ---------------------------------------------------------------------------

TEST_F(ActorsBeyondTheatreTest, MaYingjeouPresidentThenNot) {
  auto events = Code("Ma Ying-jeou met Xi Jinping in Singapore.", "2015-11-07");
  const Event* e = Find(events, "TWN->CHN 04");
  ASSERT_NE(e, nullptr) << Describe(events);
  EXPECT_EQ(e->source.code, "TWNGOV") << Describe(events);
  EXPECT_EQ(e->target.code, "CHNGOV") << Describe(events);
  EXPECT_EQ(SourceCode("Ma Ying-jeou visited China.", "2023-04-01", "TWN->CHN 04"), "TWN");
}

TEST_F(ActorsBeyondTheatreTest, DuterteAndTeodoro) {
  EXPECT_EQ(SourceCode("Rodrigo Duterte criticised the United States.", "2017-09-01", "PHL->USA 11"), "PHLGOV");
  EXPECT_EQ(SourceCode("Rodrigo Duterte criticised the United States.", "2023-09-01", "PHL->USA 11"), "PHL");
  EXPECT_EQ(SourceCode("Gilberto Teodoro accused China of harassment.", "2024-04-01", "PHL->CHN 11"), "PHLGOV");
}

// ---------------------------------------------------------------------------
// North-East Africa: Sudan, Ethiopia, Egypt
// ---------------------------------------------------------------------------

TEST_F(ActorsBeyondTheatreTest, HemedtiGovernmentThenRebelBurhanGovernment) {
  EXPECT_EQ(SourceCode("Hemedti met Abiy Ahmed in Addis Ababa.", "2021-06-01", "SDN->ETH 04"), "SDNGOV");
  EXPECT_EQ(TargetCode("Hemedti met Abiy Ahmed in Addis Ababa.", "2021-06-01", "SDN->ETH 04"), "ETHGOV");
  EXPECT_EQ(SourceCode("Hemedti accused Egypt of bombing his forces.", "2024-06-01", "SDN->EGY 11"), "SDNREB");
  EXPECT_EQ(SourceCode("Burhan accused the United Arab Emirates of arming the rebels.", "2024-06-01", "SDN->ARE 11"),
            "SDNGOV");
}

TEST_F(ActorsBeyondTheatreTest, RapidSupportForcesBeforeAndDuringTheWar) {
  EXPECT_EQ(TargetCode("The United States praised the Rapid Support Forces.", "2019-03-01", "USA->SDN 05"),
            "SDNMIL");
  EXPECT_EQ(TargetCode("The United States sanctioned the Rapid Support Forces.", "2024-03-01", "USA->SDN 16"),
            "SDNREB");
}

TEST_F(ActorsBeyondTheatreTest, GetachewRedaRebelThenInterimAdministration) {
  EXPECT_EQ(SourceCode("Getachew Reda accused Eritrea of sending troops.", "2021-06-01", "ETH->ERI 11"), "ETHREB");
  EXPECT_EQ(SourceCode("Getachew Reda criticised Eritrea.", "2024-01-10", "ETH->ERI 11"), "ETHGOV");
}

TEST_F(ActorsBeyondTheatreTest, EgyptianForeignMinister) {
  EXPECT_EQ(SourceCode("Sameh Shoukry met Antony Blinken in Cairo.", "2022-06-01", "EGY->USA 04"), "EGYGOV");
  EXPECT_EQ(SourceCode("Sameh Shoukry met Antony Blinken in Cairo.", "2025-06-01", "EGY->USA 04"), "EGY");
}

// ---------------------------------------------------------------------------
// Americas (G20)
// ---------------------------------------------------------------------------

TEST_F(ActorsBeyondTheatreTest, BolsonaroPresidentThenOpposition) {
  EXPECT_EQ(SourceCode("Bolsonaro criticised China.", "2020-06-01", "BRA->CHN 11"), "BRAGOV");
  EXPECT_EQ(SourceCode("Bolsonaro criticised China.", "2024-06-01", "BRA->CHN 11"), "BRAOPP");
}

TEST_F(ActorsBeyondTheatreTest, LatinAmericanPresidents) {
  EXPECT_EQ(SourceCode("Milei criticised Venezuela.", "2024-06-01", "ARG->VEN 11"), "ARGGOV");
  EXPECT_EQ(SourceCode("Lopez Obrador criticised the United States.", "2020-06-01", "MEX->USA 11"), "MEXGOV");
  EXPECT_EQ(SourceCode("López Obrador criticised the United States.", "2025-02-01", "MEX->USA 11"), "MEX");
}

}  // namespace
