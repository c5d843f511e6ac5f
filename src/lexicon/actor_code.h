// Actor codes: dyad's ("PRKGOV", "@NATO", "@UN/JUD") and PETRARCH's
// ("USAGOV", "IGOWSTNAT") split into country, organisation and role.
#pragma once

#include <optional>
#include <string_view>

#include "compiled_lexicon.h"

namespace dyad::lexicon {

bool is_cameo_role(std::string_view role);

// nullopt when the code names neither a state nor a known organisation.
std::optional<ActorCode> parse_actor_code(std::string_view code);

// Applies an agent role to an actor: PRK + MIL -> PRKMIL.
ActorCode with_role(const ActorCode& actor, std::string_view role);

}  // namespace dyad::lexicon
