// dyad query: the stored events that match filters, as a table, JSON Lines or CSV.
#include <iostream>
#include <optional>
#include <tuple>

#include "commands.h"
#include "store_options.h"

namespace dyad::cli {
namespace {

struct QueryOptions {
  std::string db;
  std::string source, target, dyad, root, code, modality, from, to, doc;
  int64_t limit = -1;
  std::string format = "table";
};

// --dyad SRC-TGT, e.g. RUS-PRK.
bool split_dyad(const std::string& dyad, EventFilter& filter) {
  size_t dash = dyad.find('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 == dyad.size() ||
      dyad.find('-', dash + 1) != std::string::npos) {
    return false;
  }
  filter.source = dyad.substr(0, dash);
  filter.target = dyad.substr(dash + 1);
  return true;
}

bool is_event_code(const std::string& code, size_t min_digits, size_t max_digits) {
  return code.size() >= min_digits && code.size() <= max_digits &&
         code.find_first_not_of("0123456789") == std::string::npos;
}

// Checks the options and turns them into a filter; prints why not.
std::optional<EventFilter> make_filter(const QueryOptions& o) {
  EventFilter f;
  f.source = o.source;
  f.target = o.target;
  f.root = o.root;
  f.code = o.code;
  f.modality = o.modality;
  f.doc_id = o.doc;
  f.limit = o.limit;
  if (!o.dyad.empty() && !split_dyad(o.dyad, f)) {
    std::cerr << "dyad query: --dyad must be SOURCE-TARGET (e.g. RUS-PRK), got \"" << o.dyad
              << "\"\n";
    return std::nullopt;
  }
  if (!o.root.empty() && !is_event_code(o.root, 2, 2)) {
    std::cerr << "dyad query: --root must be a two-digit CAMEO root (e.g. 07), got \"" << o.root
              << "\"\n";
    return std::nullopt;
  }
  if (!o.code.empty() && !is_event_code(o.code, 2, 4)) {
    std::cerr << "dyad query: --code must be a CAMEO code of 2 to 4 digits, got \"" << o.code
              << "\"\n";
    return std::nullopt;
  }
  for (auto [text, last, bound] :
       {std::tuple{&o.from, false, &f.date_from}, std::tuple{&o.to, true, &f.date_to}}) {
    if (text->empty()) continue;
    auto date = date_bound(*text, last);
    if (!date) {
      std::cerr << "dyad query: --from and --to take YYYY, YYYY-MM or YYYY-MM-DD, got \"" << *text
                << "\"\n";
      return std::nullopt;
    }
    *bound = *date;
  }
  return f;
}

int run_query(const QueryOptions& options) {
  auto filter = make_filter(options);
  if (!filter) return kUsage;
  auto store = open_store_or_report("query", options.db, StoreOptions{.read_only = true});
  if (!store) return kFatal;
  return print_stored_events("query", *store, *filter, std::cout, *parse_event_format(options.format));
}

}  // namespace

void add_query_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<QueryOptions>();
  CLI::App* cmd = app.add_subcommand("query", "print the stored events that match filters");
  cmd->add_option("--db", o->db, kDbHelp)->required();
  auto* source =
      cmd->add_option("--source", o->source, "source entity: country (RUS) or organisation (NATO)");
  auto* target = cmd->add_option("--target", o->target, "target entity: country or organisation");
  cmd->add_option("--dyad", o->dyad, "source and target entities, SOURCE-TARGET (e.g. RUS-PRK)")
      ->excludes(source)
      ->excludes(target);
  cmd->add_option("--root", o->root, "CAMEO root code (two digits, e.g. 07)");
  cmd->add_option("--code", o->code, "CAMEO event code (e.g. 057)");
  cmd->add_option("--modality", o->modality,
                  "asserted, reported, negated, planned, possible or recommended")
      ->check(
          CLI::IsMember({"asserted", "reported", "negated", "planned", "possible", "recommended"}));
  cmd->add_option("--from", o->from, "events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--to", o->to, "events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)");
  cmd->add_option("--doc", o->doc, "events of this document id");
  cmd->add_option("--limit", o->limit, "at most N events")->check(CLI::NonNegativeNumber);
  cmd->add_option("--format", o->format, "table (default), jsonl (EVENTS.md) or csv")
      ->check(CLI::IsMember({"table", "jsonl", "csv"}));
  cmd->callback([o, &exit_code] { exit_code = run_query(*o); });
}

}  // namespace dyad::cli
