// What a server loads before it binds: it checks the store answers, loads
// the dictionaries (for POST /api/code), the threat table (watch) and the
// entity names (network, actors, stats).
#pragma once

#include "server/server_context.h"

namespace dyad::server {

Status load_server_data(ServerContext& context);

}  // namespace dyad::server
