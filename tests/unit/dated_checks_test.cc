// Consistency checks on dated actor entries (src/lexicon/dated_checks.h):
// tiny dictionaries of our own, written to a temporary dyad data folder and
// loaded as `dyad lexicon check` loads them; and the bundled dictionaries.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dyad/lexicon.h"
#include "lexicon/dated_checks.h"

namespace {

namespace fs = std::filesystem;

class TempDataDir {
 public:
  TempDataDir() : dir_(fs::temp_directory_path() / ("dyad-dated-" + std::to_string(::getpid()))) {
    fs::create_directories(dir_ / "actors");
  }
  ~TempDataDir() { fs::remove_all(dir_); }
  void write_people(const std::string& text) { std::ofstream(dir_ / "actors" / "people.txt") << text; }
  std::string path() const { return dir_.string(); }

 private:
  fs::path dir_;
};

// "line: message" for every issue the people file gives.
std::vector<std::string> issues_for(const std::string& people) {
  TempDataDir dir;
  dir.write_people(people);
  dyad::LexiconOptions options;
  options.dict_sources = {dir.path()};
  auto lexicon = dyad::load_lexicon(options);
  EXPECT_TRUE(lexicon.ok()) << lexicon.status().message();
  std::vector<std::string> out;
  if (!lexicon.ok()) return out;
  for (const dyad::LexiconIssue& issue : lexicon.value()->issues())
    if (issue.file.ends_with("people.txt")) out.push_back(std::to_string(issue.line) + ": " + issue.message);
  return out;
}

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += "\n  " + line;
  return out.empty() ? " (none)" : out;
}

bool any_contains(const std::vector<std::string>& lines, const std::string& part) {
  for (const std::string& line : lines)
    if (line.find(part) != std::string::npos) return true;
  return false;
}

dyad::lexicon::DatedCode range(const std::string& from, const std::string& to) {
  dyad::lexicon::DatedCode d;
  d.from = from;
  d.to = to;
  return d;
}

TEST(DatedChecks, RangesOverlapWithOpenEnds) {
  using dyad::lexicon::ranges_overlap;
  EXPECT_TRUE(ranges_overlap(range("2015-01-01", "2016-01-01"), range("2015-06-01", "2017-01-01")));
  EXPECT_TRUE(ranges_overlap(range("2015-01-01", "2016-01-01"), range("2016-01-01", "")));  // one shared day
  EXPECT_FALSE(ranges_overlap(range("2015-01-01", "2016-01-01"), range("2016-01-02", "")));
  EXPECT_TRUE(ranges_overlap(range("", "2016-01-01"), range("", "2010-01-01")));
  EXPECT_TRUE(ranges_overlap(range("2020-01-01", ""), range("2030-01-01", "")));
  EXPECT_FALSE(ranges_overlap(range("2020-01-01", "2020-12-31"), range("", "2019-12-31")));
}

TEST(DatedChecks, CleanEntriesGiveNoIssues) {
  auto issues = issues_for(
      "GON     Aragorn Elessar; Elessar\n"
      "  GONMIL 2001-01-01..2014-12-31\n"
      "  GONGOV 2015-01-01..2019-06-30\n"
      "  @UN    2020-01-01..\n"
      "ARN     Arwen Undomiel\n"
      "  ARNGOV 2016-01-01..2018-01-01\n");
  EXPECT_TRUE(issues.empty()) << joined(issues);
}

TEST(DatedChecks, FromAfterToIsReportedOnItsLine) {
  auto issues = issues_for(
      "GON     Aragorn Elessar\n"
      "  GONGOV 2019-06-30..2015-01-01\n");
  EXPECT_TRUE(any_contains(issues, "2: dated code GONGOV 2019-06-30..2015-01-01 ends before it starts"))
      << joined(issues);
}

TEST(DatedChecks, OverlappingRangesOfOneEntryAreReported) {
  auto issues = issues_for(
      "GON     Aragorn Elessar\n"
      "  GONMIL 2001-01-01..2015-01-01\n"
      "  GONGOV 2015-01-01..2019-06-30\n"   // shares 2015-01-01 with the line above
      "  GONGOV 2018-01-01..\n");          // overlaps the line above
  ASSERT_EQ(issues.size(), 2u) << joined(issues);
  EXPECT_TRUE(any_contains(issues, "3: dated code GONGOV 2015-01-01..2019-06-30 overlaps GONMIL 2001-01-01..2015-01-01 (line 2)"))
      << joined(issues);
  EXPECT_TRUE(any_contains(issues, "4: dated code GONGOV 2018-01-01.. overlaps GONGOV 2015-01-01..2019-06-30 (line 3)"))
      << joined(issues);
}

TEST(DatedChecks, DatedCodeOfAnotherCountryIsReported) {
  auto issues = issues_for(
      "GON     Aragorn Elessar\n"
      "  ARNGOV 2015-01-01..2019-06-30\n");
  EXPECT_TRUE(any_contains(issues, "2: dated code ARNGOV 2015-01-01..2019-06-30 is another country than the entry's GON"))
      << joined(issues);
}

TEST(DatedChecks, OrganisationDatedCodeInAStateEntryIsFine) {
  auto issues = issues_for(
      "GON     Aragorn Elessar\n"
      "  GONGOV 2010-01-01..2014-12-31\n"
      "  @NATO  2015-01-01..2019-06-30\n"
      "  @UN/JUD 2020-01-01..\n");
  EXPECT_TRUE(issues.empty()) << joined(issues);
}

TEST(DatedChecks, DatedCodeEqualToTheEntrysOwnCodeIsReported) {
  auto issues = issues_for(
      "GON     Aragorn Elessar\n"
      "  GON    2015-01-01..2019-06-30\n");
  EXPECT_TRUE(any_contains(issues, "2: dated code GON 2015-01-01..2019-06-30 is the entry's own code GON"))
      << joined(issues);
}

TEST(DatedChecks, SurnameOfTwoPeopleInOfficeAtOnceIsReported) {
  auto issues = issues_for(
      "GON     Boromir Denethorson; Denethorson\n"
      "  GONMIL 2010-01-01..2016-12-31\n"
      "ARN     Faramir Denethorson\n"
      "  ARNGOV 2015-01-01..2020-12-31\n");
  ASSERT_EQ(issues.size(), 1u) << joined(issues);
  EXPECT_TRUE(any_contains(issues, "1: \"Denethorson\" (Boromir Denethorson) is also the surname of Faramir Denethorson"))
      << joined(issues);
}

TEST(DatedChecks, SurnameIsFineWhenTheOtherPersonHeldOfficeAtAnotherTime) {
  auto issues = issues_for(
      "GON     Boromir Denethorson; Denethorson\n"
      "  GONGOV 2021-01-01..\n"
      "ARN     Faramir Denethorson\n"
      "  ARNMIL 2000-01-01..2020-12-31\n");
  EXPECT_TRUE(issues.empty()) << joined(issues);
}

TEST(DatedChecks, SurnameIsComparedWithoutJuniorAndNumerals) {
  auto issues = issues_for(
      "GON     Ecthelion Turgon; Turgon\n"
      "  GONGOV 2015-01-01..\n"
      "GON     Denethor Turgon Jr.\n"
      "  GONMIL 2016-01-01..\n");
  EXPECT_TRUE(any_contains(issues, "\"Turgon\" (Ecthelion Turgon) is also the surname of Denethor Turgon Jr."))
      << joined(issues);
}

TEST(DatedChecks, DoubleBarrelledSurnameIsNotTheSurnameAlone) {
  auto issues = issues_for(
      "GON     Hurin Thalion; Thalion\n"
      "  GONGOV 2015-01-01..\n"
      "GON     Morwen Eledhwen-Thalion\n"
      "  GONGOV 2016-01-01..\n");
  EXPECT_TRUE(issues.empty()) << joined(issues);
}

// A name written under two people is reported whatever their dates (the
// builder's duplicate-name check); the first entry keeps the name.
TEST(DatedChecks, NameUnderTwoPeopleIsReported) {
  auto issues = issues_for(
      "GON     Imrahil Dol Amroth; Prince Imrahil\n"
      "  GONGOV 2015-01-01..\n"
      "ARN     Prince Imrahil\n"
      "  ARNGOV 2016-01-01..\n");
  EXPECT_TRUE(any_contains(issues, "3: name \"Prince Imrahil\" is also GON")) << joined(issues);
}

// The bundled dictionaries pass every check (what `dyad lexicon check` runs).
TEST(DatedChecks, BundledDictionariesHaveNoIssues) {
  auto lexicon = dyad::load_lexicon(dyad::LexiconOptions{});
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  std::vector<std::string> issues;
  for (const dyad::LexiconIssue& issue : lexicon.value()->issues())
    issues.push_back(issue.file + ":" + std::to_string(issue.line) + ": " + issue.message);
  EXPECT_TRUE(issues.empty()) << joined(issues);
}

}  // namespace
