#include "filter_options.h"

#include <iostream>
#include <tuple>

#include "dyad/filter_text.h"
#include "store_options.h"

namespace dyad::cli {
namespace {

bool usage_error(const std::string& command, const std::string& message) {
  std::cerr << "dyad " << command << ": " << message << "\n";
  return false;
}

bool check_codes(const std::string& command, const FilterOptions& o) {
  if (!o.root.empty() && !is_cameo_root(o.root)) {
    return usage_error(command, "--root must be a two-digit CAMEO root (e.g. 07), got \"" +
                                    o.root + "\"");
  }
  if (!o.code.empty() && !is_cameo_code(o.code)) {
    return usage_error(command, "--code must be a CAMEO code of 2 to 4 digits, got \"" + o.code +
                                    "\"");
  }
  return true;
}

bool set_dates(const std::string& command, const FilterOptions& o, EventFilter& f) {
  for (auto [text, last, bound] :
       {std::tuple{&o.from, false, &f.date_from}, std::tuple{&o.to, true, &f.date_to}}) {
    if (text->empty()) continue;
    auto date = date_bound(*text, last);
    if (!date) {
      return usage_error(command, "--from and --to take YYYY, YYYY-MM or YYYY-MM-DD, got \"" +
                                      *text + "\"");
    }
    *bound = *date;
  }
  return true;
}

}  // namespace

void add_filter_options(CLI::App* cmd, FilterOptions& o, unsigned flags, const std::string& what) {
  if (flags & kEntities) {
    auto* source = cmd->add_option("--source", o.source,
                                   "source entity: country (RUS) or organisation (NATO)");
    auto* target = cmd->add_option("--target", o.target, "target entity: country or organisation");
    cmd->add_option("--dyad", o.dyad, "source and target entities, SOURCE-TARGET (e.g. RUS-PRK)")
        ->excludes(source)
        ->excludes(target);
  }
  if (flags & kRoot) cmd->add_option("--root", o.root, "CAMEO root code (two digits, e.g. 07)");
  if (flags & kCode) cmd->add_option("--code", o.code, "CAMEO event code (e.g. 057)");
  if (flags & kModality) {
    cmd->add_option("--modality", o.modality,
                    "asserted, reported, negated, planned, possible or recommended")
        ->check(CLI::IsMember(
            {"asserted", "reported", "negated", "planned", "possible", "recommended"}));
  }
  if (flags & kDates) {
    cmd->add_option("--from", o.from, what + " on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)");
    cmd->add_option("--to", o.to, what + " on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)");
  }
  if (flags & kDoc) cmd->add_option("--doc", o.doc, what + " of this document id");
  if (flags & kLimit) {
    cmd->add_option("--limit", o.limit, "at most N " + what)->check(CLI::NonNegativeNumber);
  }
}

std::optional<EventFilter> make_filter(const std::string& command, const FilterOptions& o) {
  EventFilter f;
  f.source = o.source;
  f.target = o.target;
  f.root = o.root;
  f.code = o.code;
  f.modality = o.modality;
  f.doc_id = o.doc;
  f.limit = o.limit;
  if (!o.dyad.empty() && !split_dyad(o.dyad, f.source, f.target)) {
    usage_error(command, "--dyad must be SOURCE-TARGET (e.g. RUS-PRK), got \"" + o.dyad + "\"");
    return std::nullopt;
  }
  if (!check_codes(command, o) || !set_dates(command, o, f)) return std::nullopt;
  return f;
}

}  // namespace dyad::cli
