// dyad lexicon check: load dictionaries and report duplicates, conflicts and unknown codes.
#include <iostream>

#include <fmt/format.h>

#include "commands.h"
#include "lexicon_options.h"

namespace dyad::cli {
namespace {

int run_check(std::vector<std::string> dicts) {
  auto lexicon = load_or_report(dicts);
  if (!lexicon) return kFatal;
  const LexiconStats& s = lexicon->stats();
  std::cout << fmt::format(
      "actors {}  agent nouns {}  verb patterns {}  verb forms {}  event nouns {}  CAMEO codes {}  "
      "phrases in the matcher {}  load {:.0f} ms\n",
      s.actor_entries, s.agent_nouns, s.verb_patterns, s.verb_forms, s.event_nouns, s.cameo_codes,
      s.matcher_phrases, s.load_seconds * 1000);
  for (const LexiconIssue& issue : lexicon->issues())
    std::cout << fmt::format("{}:{}: {}\n", issue.file, issue.line, issue.message);
  std::cout << fmt::format("{} issue(s)\n", lexicon->issues().size());
  return lexicon->issues().empty() ? kOk : kFatal;
}

}  // namespace

void add_lexicon_command(CLI::App& app, int& exit_code) {
  CLI::App* lexicon = app.add_subcommand("lexicon", "inspect dictionaries");
  lexicon->require_subcommand(1);
  auto dicts = std::make_shared<std::vector<std::string>>();
  auto dir = std::make_shared<std::string>();
  CLI::App* check = lexicon->add_subcommand("check", "validate dictionaries: duplicates, conflicts, unknown codes");
  check->add_option("dir", *dir, "a dyad data folder (default: the bundled data)");
  add_dict_option(*check, *dicts);
  check->callback([dicts, dir, &exit_code] {
    std::vector<std::string> sources = *dicts;
    if (!dir->empty()) sources.insert(sources.begin(), *dir);
    exit_code = run_check(sources);
  });
}

}  // namespace dyad::cli
