// dyad::Server over cpp-httplib: the routes of the API table, the
// dashboard's files, JSON errors, limits, and one log line per request.
#include "dyad/server.h"

#include <fmt/format.h>
#include <httplib.h>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include "server/request_log.h"
#include "server/routes.h"
#include "server/server_setup.h"

namespace dyad {

struct Server::State {
  explicit State(const ServerOptions& options) : context(options) {}
  server::ServerContext context;
  httplib::Server http;
  int port = 0;
};

namespace {

using server::ApiRequest;
using server::Reply;

// /api/documents/{id} -> /api/documents/([^/]+)
std::string route_pattern(std::string_view path) {
  return std::regex_replace(std::string(path), std::regex("\\{[a-z_]+\\}"), "([^/]+)");
}

// The query parameters come from the URL only: httplib also adds the fields
// of a form-encoded body to req.params, and a body is never parameters here.
ApiRequest to_api_request(const httplib::Request& req) {
  ApiRequest request;
  size_t question = req.target.find('?');
  if (question != std::string::npos) {
    httplib::Params params;
    httplib::detail::parse_query_text(req.target.substr(question + 1), params);
    for (const auto& [name, value] : params) request.query.emplace(name, value);
  }
  if (req.matches.size() > 1) request.path_id = req.matches[1];
  request.body = req.body;
  request.authorization = req.get_header_value("Authorization");
  return request;
}

void send(const Reply& reply, httplib::Response& res) {
  res.status = reply.status;
  for (const auto& [name, value] : reply.headers) res.set_header(name, value);
  res.set_content(reply.body, reply.content_type);
}

void add_route(httplib::Server& http, server::ServerContext& context,
               const server::RouteSpec& route) {
  auto handler = [&context, &route](const httplib::Request& req, httplib::Response& res) {
    ApiRequest request = to_api_request(req);
    if (auto refused = server::check_query(route, request)) return send(*refused, res);
    send(server::handler_of(route.id)(context, request), res);
  };
  if (route.method == "POST")
    http.Post(route_pattern(route.path), handler);
  else
    http.Get(route_pattern(route.path), handler);
}

// Errors the library answers itself (no route, a body too large, a bad
// request line) get the API's JSON error; replies with a body keep theirs.
void set_error_replies(httplib::Server& http) {
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = res.status == 404   ? fmt::format("no route {} {}", req.method, req.path)
                          : res.status == 413 ? "the request body is larger than the limit"
                                              : "the request cannot be served";
    send(server::error_reply(res.status, message), res);
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    send(server::error_reply(500, "internal error"), res);
  });
}

void serve_web(httplib::Server& http, const std::string& web_dir) {
  std::error_code ec;
  if (std::filesystem::exists(web_dir + "/index.html", ec) && http.set_mount_point("/", web_dir)) {
    return;
  }
  http.Get("/", [web_dir](const httplib::Request&, httplib::Response& res) {
    res.set_content(fmt::format("<!doctype html><title>dyad</title><p>The dashboard is not built "
                                "(no {}/index.html): run <code>make run</code>. The API is at "
                                "<a href=\"/api/openapi.json\">/api/openapi.json</a>.",
                                web_dir),
                    "text/html; charset=utf-8");
  });
}

void configure(Server::State& state) {
  const ServerOptions& o = state.context.options;
  httplib::Server& http = state.http;
  size_t threads = static_cast<size_t>(std::max(1, o.threads));
  http.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  http.set_payload_max_length(o.max_body_bytes);
  http.set_keep_alive_max_count(1000);
  http.set_read_timeout(10);
  http.set_write_timeout(10);
  // SO_REUSEADDR only: httplib's default adds SO_REUSEPORT, with which a
  // second server on a taken port starts and shares it instead of failing.
  http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof(yes));
  });
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"}});
  for (const server::RouteSpec& route : server::api_routes()) add_route(http, state.context, route);
  set_error_replies(http);
  serve_web(http, o.web_dir.empty() ? default_web_dir() : o.web_dir);
  server::RequestLog::install(http, o.log);
}

}  // namespace

bool is_loopback_address(std::string_view address) {
  return address == "localhost" || address == "::1" || address.starts_with("127.");
}

std::string default_web_dir() {
  if (const char* dir = std::getenv("DYAD_WEB"); dir && *dir) return dir;
  return DYAD_DEFAULT_WEB_DIR;
}

Server::Server(std::unique_ptr<State> state) : state_(std::move(state)) {}
Server::~Server() = default;

Result<std::unique_ptr<Server>> Server::start(const ServerOptions& options) {
  auto state = std::make_unique<State>(options);
  if (Status st = server::load_server_data(state->context); !st.ok()) return st;
  configure(*state);
  httplib::Server& http = state->http;
  state->port = options.port == 0 ? http.bind_to_any_port(options.bind)
                                  : (http.bind_to_port(options.bind, options.port) ? options.port : -1);
  if (state->port <= 0) {
    return Status::Error(fmt::format("cannot listen on {} port {} (taken, or not an address of "
                                     "this machine)", options.bind, options.port));
  }
  return std::unique_ptr<Server>(new Server(std::move(state)));
}

int Server::port() const { return state_->port; }

Status Server::run() {
  return state_->http.listen_after_bind() ? Status::Ok() : Status::Error("the server socket failed");
}

void Server::stop() { state_->http.stop(); }

}  // namespace dyad
