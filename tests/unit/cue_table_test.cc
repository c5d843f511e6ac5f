// The cue-word table (data/cues.txt): classes, verb forms of "lemma~",
// phrases, and the problems `dyad lexicon check` reports.
#include "lexicon/cue_table.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "dyad/lexicon.h"
#include "lexicon/inflection.h"

namespace dyad::lexicon {
namespace {

namespace fs = std::filesystem;

class CueTableTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = fs::temp_directory_path() / ("dyad-cues-" + std::to_string(::getpid()) + ".txt");
    inflector_.load_wordnet(LexiconOptions{}.wordnet_dir);  // irregular forms when WordNet is there
  }
  void TearDown() override { fs::remove(path_); }

  CueTable load(const std::string& text) {
    std::ofstream(path_) << text;
    CueTable table;
    table.load(path_.string(), inflector_, issues_);
    return table;
  }

  fs::path path_;
  Inflector inflector_;
  std::vector<LexiconIssue> issues_;
};

bool in(const CueTable& t, std::string_view word, Cue cue) { return t.lookup(word).cues & cue_bit(cue); }

TEST_F(CueTableTest, LemmaWithTildeStandsForEveryVerbForm) {
  CueTable t = load("control.planned  pledge~; due  # comment\n");
  for (const char* form : {"pledge", "pledges", "pledged", "pledging", "due"})
    EXPECT_TRUE(in(t, form, Cue::kControlPlanned)) << form;
  EXPECT_FALSE(in(t, "pledgee", Cue::kControlPlanned));
  EXPECT_TRUE(issues_.empty());
}

TEST_F(CueTableTest, IrregularFormsComeFromWordNet) {
  if (!fs::exists(LexiconOptions{}.wordnet_dir + "/verb.exc")) GTEST_SKIP() << "no WordNet";
  CueTable t = load("cessation  withdraw~\n");
  EXPECT_TRUE(in(t, "withdrew", Cue::kCessation));
  EXPECT_TRUE(in(t, "withdrawn", Cue::kCessation));
}

TEST_F(CueTableTest, GrammarClassesAndCuesAccumulateOverLines) {
  CueTable t = load("be  is; was\nbe  been\nattribution  said\nspeech  said\n");
  EXPECT_EQ(t.lookup("been").grammar, kBe);
  EXPECT_TRUE(in(t, "said", Cue::kAttribution));
  EXPECT_TRUE(in(t, "said", Cue::kSpeech));
  EXPECT_EQ(t.lookup("unknownword").grammar, 0u);
  EXPECT_EQ(t.lookup("unknownword").cues, 0u);
}

TEST_F(CueTableTest, PhrasesAreLookedUpWithSingleSpaces) {
  CueTable t = load("cessation  pull out; Scale Back\n");
  EXPECT_TRUE(in(t, "pull out", Cue::kCessation));
  EXPECT_TRUE(in(t, "scale back", Cue::kCessation));  // folded
  EXPECT_FALSE(in(t, "pull", Cue::kCessation));
}

TEST_F(CueTableTest, AWordInTwoControlClassesIsReported) {
  load("control.planned  prepared\ncontrol.possible  prepared; likely\n");
  ASSERT_EQ(issues_.size(), 1u);
  EXPECT_EQ(issues_[0].line, 2);
  EXPECT_NE(issues_[0].message.find("\"prepared\" is in two control classes"), std::string::npos);
  EXPECT_FALSE(issues_[0].fatal);
}

TEST_F(CueTableTest, UnknownClassAndMissingFileAreReported) {
  load("control.maybe  perhaps\n");
  ASSERT_EQ(issues_.size(), 1u);
  EXPECT_NE(issues_[0].message.find("unknown cue class control.maybe"), std::string::npos);
  issues_.clear();
  CueTable none;
  none.load("/nonexistent/cues.txt", inflector_, issues_);
  ASSERT_EQ(issues_.size(), 1u);
  EXPECT_TRUE(issues_[0].fatal);
}

TEST(BundledCues, LoadWithoutIssues) {
  auto lexicon = load_lexicon(LexiconOptions{});
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  for (const LexiconIssue& issue : lexicon.value()->issues())
    EXPECT_EQ(issue.file.find("cues.txt"), std::string::npos) << issue.line << ": " << issue.message;
}

}  // namespace
}  // namespace dyad::lexicon
