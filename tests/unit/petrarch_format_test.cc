// PETRARCH / TABARI dictionary loaders: small dictionaries written here in
// those formats, and the shared public dictionaries when ../shared is there.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "dyad/engine.h"
#include "dyad/lexicon.h"
#include "lexicon/petrarch_format.h"

namespace {

namespace fs = std::filesystem;

class TempDictionaries {
 public:
  TempDictionaries() : dir_(fs::temp_directory_path() / ("dyad-petrarch-" + std::to_string(::getpid()))) {
    fs::create_directories(dir_);
  }
  ~TempDictionaries() { fs::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir_ / name) << text; }
  std::string path() const { return dir_.string(); }

 private:
  fs::path dir_;
};

std::vector<dyad::Event> code(const std::shared_ptr<const dyad::Lexicon>& lexicon, const std::string& text,
                              const std::string& date) {
  dyad::Document doc{"unit", "-", 1, date, "", "", "", text};
  return dyad::Engine(lexicon).code(doc).events;
}

TEST(PetrarchFormat, DatesInBothForms) {
  EXPECT_EQ(dyad::lexicon::petrarch_date("930120"), "1993-01-20");
  EXPECT_EQ(dyad::lexicon::petrarch_date("090120"), "2009-01-20");
  EXPECT_EQ(dyad::lexicon::petrarch_date("20090120"), "2009-01-20");
  EXPECT_EQ(dyad::lexicon::petrarch_date("991340"), "");
}

// Actors with dated codes, agents with ~ROLE, a synset and a verb block.
TEST(PetrarchFormat, LoadsActorsAgentsVerbsAndDatedRoles) {
  TempDictionaries dicts;
  dicts.write("Test.actors.txt",
              "GONDOR_  [GON]\n+MINAS_TIRITH\nARNOR [ARN]\n"
              "ARAGORN_ [ARN]\n\t[GONGOV 100101-201231]\n");
  dicts.write("Test.agents.txt", "SOLDIER [~MIL]\nMINISTER [~GOV]\n");
  dicts.write("Test.verbs.txt",
              "&WEAPONRY\n+SWORDS\n+ARROWS\n\n"
              "--- SEND [---] ---\nSEND\nDISPATCH\n- * &WEAPONRY TO + [072]\n\n"
              "--- CONDEMN [111] ---\nCONDEMN\nDENOUNCE\n");
  dyad::LexiconOptions options;
  options.dict_sources = {"petrarch:" + dicts.path()};
  auto lexicon = dyad::load_lexicon(options);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();

  auto events = code(lexicon.value(), "Gondor dispatched swords to Arnor.", "2015-01-01");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source.country, "GON");
  EXPECT_EQ(events[0].target.country, "ARN");
  EXPECT_EQ(events[0].code, "072");

  // Aragorn codes GONGOV inside his dates, his own code ARN outside them.
  auto inside = code(lexicon.value(), "Aragorn denounced Arnor soldiers.", "2015-06-01");
  ASSERT_EQ(inside.size(), 1u);
  EXPECT_EQ(inside[0].source.code, "GONGOV");
  EXPECT_EQ(inside[0].target.code, "ARNMIL");
  auto outside = code(lexicon.value(), "Aragorn denounced Minas Tirith.", "2025-06-01");
  ASSERT_EQ(outside.size(), 1u);
  EXPECT_EQ(outside[0].source.code, "ARN");
  EXPECT_EQ(outside[0].target.country, "GON");
}

// TABARI: ';' comments and one block per verb line.
TEST(PetrarchFormat, LoadsTabariVerbBlocks) {
  TempDictionaries dicts;
  dicts.write("Test.actors", "ROHAN_ [ROH] ;a comment\nMORDOR_ [MOR]\n");
  dicts.write("Test.verbs", "ATTACK [190] ;shan\n- * CONVOY OF_ + [193]\nPRAISE [051]\n");
  dyad::LexiconOptions options;
  options.dict_sources = {"tabari:" + dicts.path()};
  auto lexicon = dyad::load_lexicon(options);
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  auto events = code(lexicon.value(), "Rohan praised Mordor.", "2015-01-01");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].code, "051");
  events = code(lexicon.value(), "Mordor attacked Rohan.", "2015-01-01");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].code, "190");
}

// The public PETRARCH2 and TABARI dictionaries load (skipped without ../shared).
TEST(PetrarchFormat, SharedDictionariesLoad) {
  std::string shared = DYAD_SHARED_DIR "/data";
  if (!fs::exists(shared + "/petrarch/PETR.Validate.verbs.txt")) GTEST_SKIP() << "no ../shared";
  for (std::string source : {"petrarch:" + shared + "/petrarch/PETR.Validate.", "tabari:" + shared + "/tabari"}) {
    dyad::LexiconOptions options;
    options.dict_sources = {source};
    auto lexicon = dyad::load_lexicon(options);
    ASSERT_TRUE(lexicon.ok()) << source << ": " << lexicon.status().message();
    EXPECT_GT(lexicon.value()->stats().actor_entries, 100u) << source;
    EXPECT_GT(lexicon.value()->stats().verb_patterns, 500u) << source;
  }
}

}  // namespace
