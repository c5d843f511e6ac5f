// The HTTP server behind `dyad serve`: a JSON API over an event store (the
// events with every filter of `dyad query`, documents, the analyses of
// dyad/analysis.h, actor search, statistics, coding text on request) and the
// web dashboard's files. The routes and their parameters are one table
// (GET /api/openapi.json describes it). No exception crosses this API.
//
// Contracts:
// - Loopback (127.0.0.1) by default. POST /api/code needs the bearer token
//   when one is set, and is refused (403) on a server bound beyond loopback
//   without one.
// - Errors are {"error": {"status": N, "message": "..."}} with a 4xx or 5xx
//   status; an unknown parameter is a 400, so a typo never goes unnoticed.
// - Bodies, pages and the time of each request's queries are bounded
//   (ServerOptions); no CORS header is sent; every request is logged on
//   one line.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

struct ServerOptions {
  std::string db;                // the store (as open_store takes it); opened read-only
  std::string bind = "127.0.0.1";
  int port = 8080;               // 0: any free port (see Server::port)
  std::string token;             // non-empty: POST /api/code needs "Authorization: Bearer <token>"
  std::string web_dir;           // the built dashboard (web/dist); empty: default_web_dir()
  size_t max_body_bytes = 1u << 20;  // larger request bodies: 413
  int max_page_size = 1000;          // page_size and limit above this: 400
  int query_time_limit_ms = 10000;   // queries of one request past this: 503
  int threads = 8;                   // requests served at once
  std::string data_dir;              // dictionaries for POST /api/code; empty: the bundled ones
  // Receives one line per request (no newline); empty: standard error.
  std::function<void(std::string_view line)> log;
};

// True for addresses that only this machine reaches: 127.0.0.0/8, ::1, localhost.
bool is_loopback_address(std::string_view address);

// $DYAD_WEB, else the web/dist folder of the source tree the build was made from.
std::string default_web_dir();

class Server {
 public:
  // Opens the store, loads the dictionaries and binds the socket; fails with
  // the reason (no store, port taken, a refused bind).
  static Result<std::unique_ptr<Server>> start(const ServerOptions& options);
  ~Server();

  int port() const;  // the bound port
  // Serves until stop() is called (from another thread or a signal handler's
  // thread); returns an error when the socket fails.
  Status run();
  void stop();

  struct State;

 private:
  explicit Server(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace dyad
