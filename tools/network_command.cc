// dyad network: entities as nodes, directed weighted edges, as JSON,
// GraphML or CSV.
#include <iostream>

#include "analysis_cli.h"
#include "commands.h"
#include "dyad/analysis.h"
#include "dyad/analysis_output.h"
#include "dyad/lexicon.h"
#include "filter_options.h"
#include "store_options.h"

namespace dyad::cli {
namespace {

struct NetworkCommandOptions {
  std::string db;
  FilterOptions filter;
  std::string modality = "facts", format = "json";
};

int run_network(const NetworkCommandOptions& o) {
  auto filter = make_filter("network", o.filter);
  if (!filter) return kUsage;
  auto modalities = parse_modality_selection(o.modality);
  if (!modalities) {
    std::cerr << "dyad network: --modality takes facts, all, or modalities separated by commas, "
                 "got \"" << o.modality << "\"\n";
    return kUsage;
  }
  auto names = load_entity_names(default_data_dir());
  if (!names.ok()) {
    std::cerr << "dyad network: " << names.status().message() << " (nodes are named by code)\n";
  }
  const EntityNames none;
  const NetworkOptions options{.filter = *filter, .modalities = *modalities};
  return run_analysis(
      "network", o.db,
      [&](Store& store) { return event_network(store, options, names.ok() ? names.value() : none); },
      [&](const Network& n) {
        return o.format == "graphml" ? network_graphml(n)
               : o.format == "csv"   ? network_csv(n)
                                     : network_json(n);
      });
}

}  // namespace

void add_network_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<NetworkCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "network", "entities as nodes and directed edges weighted by events, stories, Goldstein "
                 "and quad class (docs/ANALYSIS.md)");
  cmd->add_option("--db", o->db, kDbHelp)->required();
  add_filter_options(cmd, o->filter, kEntities | kRoot | kCode | kDates | kDoc, "events");
  cmd->add_option("--modality", o->modality,
                  "facts (default: asserted or reported, not conditional), all, or a list "
                  "such as asserted,planned");
  cmd->add_option("--format", o->format, "json (default), graphml or csv")
      ->check(CLI::IsMember({"json", "graphml", "csv"}));
  cmd->callback([o, &exit_code] { exit_code = run_network(*o); });
}

}  // namespace dyad::cli
