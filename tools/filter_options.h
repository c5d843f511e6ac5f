// The event filters of `dyad query` (--source, --target, --dyad, --root,
// --code, --modality, --from, --to, --doc, --limit), shared by the commands
// that read the store, each taking the ones that mean something to it.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "dyad/store.h"

namespace dyad::cli {

struct FilterOptions {
  std::string source, target, dyad, root, code, modality, from, to, doc;
  int64_t limit = -1;
};

enum FilterFlag : unsigned {
  kEntities = 1u << 0,  // --source, --target, --dyad
  kRoot = 1u << 1,
  kCode = 1u << 2,
  kModality = 1u << 3,  // one modality
  kDates = 1u << 4,
  kDoc = 1u << 5,
  kLimit = 1u << 6,
};

// Adds the options named by `flags`; `what` says what they select in the
// help ("events", "stories", "statements").
void add_filter_options(CLI::App* command, FilterOptions& options, unsigned flags,
                        const std::string& what);

// Checks the options and turns them into a filter; on a bad value prints
// "dyad COMMAND: why" and returns nullopt (a usage error).
std::optional<EventFilter> make_filter(const std::string& command, const FilterOptions& options);

}  // namespace dyad::cli
