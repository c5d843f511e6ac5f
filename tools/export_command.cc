// dyad export: every stored event as JSON Lines, CSV or GDELT-style rows.
#include <cstring>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "store_options.h"

namespace dyad::cli {
namespace {

struct ExportOptions {
  std::string db;
  std::string format = "jsonl";
  std::string out;
};

int run_export(const ExportOptions& options) {
  auto store = open_store_or_report("export", options.db, StoreOptions{.read_only = true});
  if (!store) return kFatal;
  std::ofstream file;
  if (!options.out.empty()) {
    file.open(options.out, std::ios::binary);
    if (!file) {
      std::cerr << "dyad export: cannot write " << options.out << ": " << std::strerror(errno)
                << "\n";
      return kFatal;
    }
  }
  return print_stored_events("export", *store, EventFilter{}, options.out.empty() ? std::cout : file,
                             *parse_event_format(options.format));
}

}  // namespace

void add_export_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<ExportOptions>();
  CLI::App* cmd =
      app.add_subcommand("export", "write every stored event (JSON Lines, CSV or GDELT-style)");
  cmd->add_option("--db", o->db, kDbHelp)->required();
  cmd->add_option("--format", o->format,
                  "jsonl (EVENTS.md, default), csv, or gdelt (tab-separated, see docs/STORE.md)")
      ->check(CLI::IsMember({"jsonl", "csv", "gdelt"}));
  cmd->add_option("-o,--out", o->out, "write to FILE instead of standard output");
  cmd->callback([o, &exit_code] { exit_code = run_export(*o); });
}

}  // namespace dyad::cli
