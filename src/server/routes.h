// The route handlers, one per entry of the API table (api_spec.h). Each
// reads its parameters (already checked against the table by check_query)
// and returns the reply; none throws.
#pragma once

#include "server/api_request.h"
#include "server/server_context.h"

namespace dyad::server {

Reply serve_events(ServerContext& context, const ApiRequest& request);     // events_route.cc
Reply serve_document(ServerContext& context, const ApiRequest& request);   // document_route.cc
Reply serve_stories(ServerContext& context, const ApiRequest& request);    // analysis_routes.cc
Reply serve_watch(ServerContext& context, const ApiRequest& request);
Reply serve_series(ServerContext& context, const ApiRequest& request);
Reply serve_trends(ServerContext& context, const ApiRequest& request);
Reply serve_network(ServerContext& context, const ApiRequest& request);
Reply serve_actors(ServerContext& context, const ApiRequest& request);     // meta_routes.cc
Reply serve_stats(ServerContext& context, const ApiRequest& request);
Reply serve_health(ServerContext& context, const ApiRequest& request);
Reply serve_openapi(ServerContext& context, const ApiRequest& request);
Reply serve_code(ServerContext& context, const ApiRequest& request);       // code_route.cc

// The handler of a route of the table.
using RouteHandler = Reply (*)(ServerContext&, const ApiRequest&);
RouteHandler handler_of(RouteId id);

// The OpenAPI 3.1 description of api_routes() (openapi.cc).
std::string openapi_json();

}  // namespace dyad::server
