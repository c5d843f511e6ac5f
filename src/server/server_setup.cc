#include "server/server_setup.h"

#include "server/routes.h"

namespace dyad::server {

Status load_server_data(ServerContext& context) {
  const ServerOptions& o = context.options;
  {
    auto lease = context.readers.lease({});
    if (!lease.ok()) return lease.status();
    auto version = (*lease.value()).schema_version();
    if (!version.ok()) return version.status();
  }
  std::string data_dir = o.data_dir.empty() ? default_data_dir() : o.data_dir;
  LexiconOptions lexicon_options;
  if (!o.data_dir.empty()) lexicon_options.dict_sources = {o.data_dir};
  auto lexicon = load_lexicon(lexicon_options);
  if (!lexicon.ok()) return lexicon.status();
  context.lexicon = std::move(lexicon).value();
  auto threats = load_threat_table(data_dir + "/watch/threat_roots.tsv");
  if (!threats.ok()) return threats.status();
  context.threats = std::move(threats).value();
  auto names = load_entity_names(data_dir);
  if (!names.ok()) return names.status();
  context.names = std::move(names).value();
  context.loopback = is_loopback_address(o.bind);
  return Status::Ok();
}

RouteHandler handler_of(RouteId id) {
  switch (id) {
    case RouteId::kEvents: return serve_events;
    case RouteId::kDocument: return serve_document;
    case RouteId::kStories: return serve_stories;
    case RouteId::kWatch: return serve_watch;
    case RouteId::kSeries: return serve_series;
    case RouteId::kTrends: return serve_trends;
    case RouteId::kNetwork: return serve_network;
    case RouteId::kActors: return serve_actors;
    case RouteId::kStats: return serve_stats;
    case RouteId::kCode: return serve_code;
    case RouteId::kHealth: return serve_health;
    case RouteId::kOpenApi: return serve_openapi;
  }
  return serve_health;
}

}  // namespace dyad::server
