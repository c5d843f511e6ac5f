// The --dict option shared by the commands that load dictionaries.
#pragma once

#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "dyad/lexicon.h"

namespace dyad::cli {

// One value per --dict: `--dict DIR corpus/` leaves corpus/ to the inputs.
inline void add_dict_option(CLI::App& command, std::vector<std::string>& dicts) {
  command
      .add_option("--dict", dicts,
                  "dictionary source: a dyad data folder, or petrarch:PATH / tabari:PATH "
                  "(repeat --dict for each; default: the bundled data)")
      ->allow_extra_args(false);
}

// Loads the lexicon or prints why not (returns nullptr).
inline std::shared_ptr<const Lexicon> load_or_report(const std::vector<std::string>& dicts) {
  LexiconOptions options;
  options.dict_sources = dicts;
  auto lexicon = load_lexicon(options);
  if (!lexicon.ok()) {
    std::cerr << "dyad: cannot load dictionaries: " << lexicon.status().message() << "\n";
    return nullptr;
  }
  return lexicon.value();
}

}  // namespace dyad::cli
