// Loaders for dyad's own dictionary format (data/FORMAT.md).
#pragma once

#include <string>

#include "lexicon_builder.h"

namespace dyad::lexicon {

// Loads every dictionary in a dyad data directory: actors/*.txt, agents.txt,
// verbs.txt, nouns.txt. Missing files are fine (a user's folder may hold only
// actors); unreadable or malformed lines become issues.
Status load_dyad_dictionaries(const std::string& dir, LexiconBuilder& builder);

// Official country names from iso-codes (iso_3166-1.json), added where no
// dictionary name already claims them.
Status load_iso_country_names(const std::string& iso_codes_dir, LexiconBuilder& builder);

}  // namespace dyad::lexicon
