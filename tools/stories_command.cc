// dyad stories: the stories in the store (one occurrence, many documents).
#include <fmt/format.h>

#include "analysis_cli.h"
#include "commands.h"
#include "dyad/analysis.h"
#include "dyad/analysis_output.h"
#include "filter_options.h"
#include "store_options.h"

namespace dyad::cli {
namespace {

struct StoriesOptions {
  std::string db;
  FilterOptions filter;
  std::string format = "table";
};

constexpr const char* kRow = "{:>7}  {:<10}  {:<10}  {:<6}  {:<6}  {:<4}  {:<4}  {:<8}  {:>9}  {:>7}  {:>6}\n";

std::string render(const std::vector<Story>& stories, const std::string& format) {
  std::string out;
  if (format == "csv") out = story_csv_header();
  if (format == "table") {
    out = fmt::format(kRow, "story", "first", "last", "source", "target", "root", "code",
                      "modality", "documents", "outlets", "events");
  }
  for (const Story& s : stories) {
    if (format == "jsonl") append_story_jsonl(out, s);
    else if (format == "csv") append_story_csv(out, s);
    else out += fmt::format(kRow, s.id, s.first_date, s.last_date, s.source, s.target, s.root,
                            s.code, modality_name(s.modality), s.documents, s.outlets,
                            s.mentions.size());
  }
  return out;
}

int run_stories(const StoriesOptions& o) {
  auto filter = make_filter("stories", o.filter);
  if (!filter) return kUsage;
  return run_analysis(
      "stories", o.db, [&](Store& store) { return list_stories(store, *filter); },
      [&](const std::vector<Story>& stories) { return render(stories, o.format); });
}

}  // namespace

void add_stories_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<StoriesOptions>();
  CLI::App* cmd = app.add_subcommand(
      "stories", "list stories: the facts of one source, target and root within a few days, "
                 "merged across documents (docs/ANALYSIS.md)");
  cmd->add_option("--db", o->db, kDbHelp)->required();
  add_filter_options(cmd, o->filter, kEntities | kRoot | kCode | kModality | kDates | kDoc | kLimit,
                     "stories");
  cmd->add_option("--format", o->format, kTableFormats)
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  cmd->callback([o, &exit_code] { exit_code = run_stories(*o); });
}

}  // namespace dyad::cli
