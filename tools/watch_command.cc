// dyad watch: plans, possibilities, recommendations, threats and red lines,
// with what became of them as of a date.
#include <fmt/format.h>

#include "analysis_cli.h"
#include "commands.h"
#include "dyad/analysis.h"
#include "dyad/analysis_output.h"
#include "filter_options.h"
#include "store_options.h"

namespace dyad::cli {
namespace {

struct WatchCommandOptions {
  std::string db;
  FilterOptions filter;
  std::string as_of, threats = default_threat_table_path();
  std::string format = "table";
};

constexpr const char* kRow = "{:>7}  {:<10}  {:<14}  {:<12}  {:<6}  {:<6}  {:<4}  {:<11}  {:<16}  {}\n";

std::string condition_cell(const WatchItem& w) {
  if (!w.condition) return "-";
  const WatchCondition& c = *w.condition;
  return fmt::format("{}->{} {} {}", c.source, c.target, c.code, watch_status_name(c.status));
}

std::string render(const std::vector<WatchItem>& items, const std::string& format) {
  std::string out;
  if (format == "csv") out = watch_csv_header();
  if (format == "table") {
    out = fmt::format(kRow, "watch", "stated", "kind", "status", "source", "target", "code",
                      "modality", "condition", "doc:sentence");
  }
  for (const WatchItem& w : items) {
    if (format == "jsonl") append_watch_jsonl(out, w);
    else if (format == "csv") append_watch_csv(out, w);
    else out += fmt::format(kRow, w.id, w.stated.date.empty() ? "-" : w.stated.date,
                            watch_kind_name(w.kind), watch_status_name(w.status), w.source,
                            w.target, w.code, modality_name(w.modality), condition_cell(w),
                            fmt::format("{}:{}", w.stated.doc_id, w.stated.sentence));
  }
  return out;
}

int run_watch(const WatchCommandOptions& o) {
  auto filter = make_filter("watch", o.filter);
  if (!filter) return kUsage;
  WatchOptions options{.filter = *filter};
  if (!as_of_date("watch", o.as_of, options.as_of)) return kUsage;
  auto threats = load_threat_table(o.threats);
  if (!threats.ok()) return fatal("watch", threats.status());
  options.threats = std::move(threats).value();
  return run_analysis(
      "watch", o.db, [&](Store& store) { return watch_list(store, options); },
      [&](const std::vector<WatchItem>& items) { return render(items, o.format); });
}

}  // namespace

void add_watch_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<WatchCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "watch", "the watch list: plans, possibilities, recommendations, threats and red lines, "
               "open, happened, contradicted or triggered (docs/ANALYSIS.md)");
  cmd->add_option("--db", o->db, kDbHelp)->required();
  add_filter_options(cmd, o->filter, kEntities | kRoot | kDates | kDoc, "items stated");
  cmd->add_option("--as-of", o->as_of,
                  "status as of this day (YYYY, YYYY-MM or YYYY-MM-DD; default: everything stored)");
  cmd->add_option("--threats", o->threats,
                  "what carries out a threat: a THREAT_CODE<TAB>PREFIXES table")
      ->capture_default_str();
  cmd->add_option("--format", o->format, kTableFormats)
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  cmd->callback([o, &exit_code] { exit_code = run_watch(*o); });
}

}  // namespace dyad::cli
