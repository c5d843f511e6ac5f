// dyad query: the stored events that match filters, as a table, JSON Lines or CSV.
#include <iostream>

#include "commands.h"
#include "filter_options.h"
#include "store_options.h"

namespace dyad::cli {
namespace {

struct QueryOptions {
  std::string db;
  FilterOptions filter;
  std::string format = "table";
};

int run_query(const QueryOptions& options) {
  auto filter = make_filter("query", options.filter);
  if (!filter) return kUsage;
  auto store = open_store_or_report("query", options.db, StoreOptions{.read_only = true});
  if (!store) return kFatal;
  return print_stored_events("query", *store, *filter, std::cout,
                             *parse_event_format(options.format), true);
}

}  // namespace

void add_query_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<QueryOptions>();
  CLI::App* cmd = app.add_subcommand("query", "print the stored events that match filters");
  cmd->add_option("--db", o->db, kDbHelp)->required();
  add_filter_options(cmd, o->filter, kEntities | kRoot | kCode | kModality | kDates | kDoc | kLimit,
                     "events");
  cmd->add_option("--format", o->format,
                  "table (default), jsonl (EVENTS.md, with each fact's story_id) or csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  cmd->callback([o, &exit_code] { exit_code = run_query(*o); });
}

}  // namespace dyad::cli
