// dyad series: events and stories per day, week, month or year for a dyad,
// a source or a target, empty periods as zeros.
#include <fmt/format.h>

#include <cmath>
#include <iostream>

#include "analysis_cli.h"
#include "commands.h"
#include "dyad/analysis.h"
#include "dyad/analysis_output.h"
#include "filter_options.h"
#include "store_options.h"

namespace dyad::cli {
namespace {

struct SeriesCommandOptions {
  std::string db;
  FilterOptions filter;
  std::string by = "week", count = "stories", modality = "facts", format = "table";
};

constexpr const char* kRow =
    "{:<10}  {:>7}  {:>7}  {:>6}  {:>6}  {:>6}  {:>6}  {:>9}  {:>7}  {:>6}  {:>6}  {:>6}  {:>6}  "
    "{:>6}  {:>6}\n";

std::string mean_cell(double mean) { return std::isfinite(mean) ? fmt::format("{:.2f}", mean) : "-"; }

std::string render(const std::vector<SeriesRow>& rows, const std::string& format) {
  std::string out;
  if (format == "csv") out = series_csv_header();
  if (format == "table") {
    out = fmt::format(kRow, "period", "events", "stories", "v.coop", "m.coop", "v.conf", "m.conf",
                      "gold.sum", "gold.mn", "assert", "report", "negate", "plan", "poss", "recom");
  }
  for (const SeriesRow& r : rows) {
    if (format == "jsonl") append_series_jsonl(out, r);
    else if (format == "csv") append_series_csv(out, r);
    else out += fmt::format(kRow, r.period, r.events, r.stories, r.quad_class[0], r.quad_class[1],
                            r.quad_class[2], r.quad_class[3], fmt::format("{:.1f}", r.goldstein_sum),
                            mean_cell(r.goldstein_mean), r.modality[0], r.modality[1],
                            r.modality[2], r.modality[3], r.modality[4], r.modality[5]);
  }
  return out;
}

Period period_of(const std::string& by) {
  if (by == "day") return Period::kDay;
  if (by == "month") return Period::kMonth;
  if (by == "year") return Period::kYear;
  return Period::kWeek;
}

int run_series(const SeriesCommandOptions& o) {
  auto filter = make_filter("series", o.filter);
  if (!filter) return kUsage;
  if (filter->source.empty() && filter->target.empty()) {
    std::cerr << "dyad series: give --dyad SOURCE-TARGET, --source or --target\n";
    return kUsage;
  }
  auto modalities = parse_modality_selection(o.modality);
  if (!modalities) {
    std::cerr << "dyad series: --modality takes facts, all, or modalities separated by commas, "
                 "got \"" << o.modality << "\"\n";
    return kUsage;
  }
  SeriesOptions options{.filter = *filter, .by = period_of(o.by),
                        .count = o.count == "events" ? SeriesUnit::kEvents : SeriesUnit::kStories,
                        .modalities = *modalities};
  return run_analysis(
      "series", o.db, [&](Store& store) { return time_series(store, options); },
      [&](const std::vector<SeriesRow>& rows) { return render(rows, o.format); });
}

}  // namespace

void add_series_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<SeriesCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "series", "events and stories per period for a dyad, a source or a target, empty periods "
                "as zeros (docs/ANALYSIS.md)");
  cmd->add_option("--db", o->db, kDbHelp)->required();
  add_filter_options(cmd, o->filter, kEntities | kRoot | kDates, "periods");
  cmd->add_option("--by", o->by, "day, week (from Monday; default), month or year")
      ->check(CLI::IsMember({"day", "week", "month", "year"}));
  cmd->add_option("--count", o->count,
                  "what the breakdowns count: stories (default) or events")
      ->check(CLI::IsMember({"stories", "events"}));
  cmd->add_option("--modality", o->modality,
                  "facts (default: asserted or reported, not conditional), all, or a list "
                  "such as asserted,planned");
  cmd->add_option("--format", o->format, kTableFormats)
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  cmd->callback([o, &exit_code] { exit_code = run_series(*o); });
}

}  // namespace dyad::cli
