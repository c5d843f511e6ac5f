// dyad trends: the dyads whose last week stands above the weeks before it.
#include <fmt/format.h>

#include <cmath>

#include "analysis_cli.h"
#include "commands.h"
#include "dyad/analysis.h"
#include "dyad/analysis_output.h"
#include "store_options.h"

namespace dyad::cli {
namespace {

struct TrendsCommandOptions {
  std::string db, as_of, format = "table";
};

constexpr const char* kRow = "{:<6}  {:<6}  {:<10}  {:<10}  {:>9}  {:>7}  {:>8}  {:>8}  {}\n";

std::string render(const std::vector<Trend>& trends, const std::string& format) {
  std::string out;
  if (format == "csv") out = trend_csv_header();
  if (format == "table") {
    out = fmt::format(kRow, "source", "target", "from", "to", "last week", "mean 4", "mean 52",
                      "change", "flag");
  }
  for (const Trend& t : trends) {
    if (format == "jsonl") append_trend_jsonl(out, t);
    else if (format == "csv") append_trend_csv(out, t);
    else out += fmt::format(kRow, t.source, t.target, t.week_start, t.week_end, t.last_week,
                            fmt::format("{:.2f}", t.mean_4_weeks),
                            fmt::format("{:.2f}", t.mean_52_weeks),
                            std::isfinite(t.change) ? fmt::format("+{:.0f}%", t.change * 100)
                                                    : "new",
                            t.flag);
  }
  return out;
}

int run_trends(const TrendsCommandOptions& o) {
  TrendOptions options;
  if (!as_of_date("trends", o.as_of, options.as_of)) return kUsage;
  return run_analysis(
      "trends", o.db, [&](Store& store) { return trends(store, options); },
      [&](const std::vector<Trend>& flagged) { return render(flagged, o.format); });
}

}  // namespace

void add_trends_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<TrendsCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "trends", "the dyads whose stories in the last week stand above the mean of the 4 and the "
                "52 weeks before: moderate (+10 to 25%) or large (over +25%)");
  cmd->add_option("--db", o->db, kDbHelp)->required();
  cmd->add_option("--as-of", o->as_of,
                  "the last day of the last week (YYYY, YYYY-MM or YYYY-MM-DD; default: the "
                  "latest story)");
  cmd->add_option("--format", o->format, kTableFormats)
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  cmd->callback([o, &exit_code] { exit_code = run_trends(*o); });
}

}  // namespace dyad::cli
