// Loaders for PETRARCH2 and TABARI dictionaries, so users can bring theirs:
// actors (NAME [CODE], +SYNONYM, dated [CODE YYMMDD-YYMMDD]), agents
// (NOUN {PLURAL} [~ROLE]) and verbs (synsets, "--- LABEL [code] ---" blocks,
// "- * PATTERN [code]" lines). Verb codes outside the CAMEO codebook (the
// WEIS codes of PETRARCH's validation set) are kept, with Goldstein 0.
#pragma once

#include <string>

#include "lexicon_builder.h"

namespace dyad::lexicon {

// Loads every *.actors*, *.agents* and *.verbs* / CAMEO*.txt file in `dir`
// (or the one file `dir` names).
Status load_petrarch_dictionaries(const std::string& dir, LexiconBuilder& builder);

Status load_petrarch_actors(const std::string& path, LexiconBuilder& builder);
Status load_petrarch_agents(const std::string& path, LexiconBuilder& builder);
Status load_petrarch_verbs(const std::string& path, LexiconBuilder& builder);

// "930120" or "19930120" -> "1993-01-20"; empty when malformed.
std::string petrarch_date(const std::string& text);

}  // namespace dyad::lexicon
