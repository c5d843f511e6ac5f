// dyad serve: the HTTP/JSON API and the web dashboard over a store
// (src/server, docs/SERVE.md). Runs until SIGINT or SIGTERM.
#include <csignal>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "commands.h"
#include "dyad/server.h"
#include "store_options.h"

namespace dyad::cli {
namespace {

struct ServeCommandOptions {
  ServerOptions server;
  std::string token_file;
};

// The token is the file's first line, surrounding whitespace removed.
bool read_token(const std::string& path, std::string& token) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "dyad serve: cannot read the token file " << path << "\n";
    return false;
  }
  std::getline(in, token);
  token.erase(0, token.find_first_not_of(" \t\r"));
  token.erase(token.find_last_not_of(" \t\r") + 1);
  if (token.size() < 16) {
    std::cerr << "dyad serve: the token in " << path << " must be at least 16 characters\n";
    return false;
  }
  return true;
}

// Blocks SIGINT and SIGTERM in every thread, and stops the server from one
// thread that waits for them.
void stop_on_signals(Server& server) {
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  std::thread([signals, &server] {
    int received = 0;
    sigwait(&signals, &received);
    server.stop();
  }).detach();
}

int run_serve(ServeCommandOptions& o) {
  if (!o.token_file.empty() && !read_token(o.token_file, o.server.token)) return kUsage;
  auto server = Server::start(o.server);
  if (!server.ok()) {
    std::cerr << "dyad serve: " << server.status().message() << "\n";
    return kFatal;
  }
  Server& s = *server.value();
  stop_on_signals(s);
  std::string host = o.server.bind.find(':') != std::string::npos ? "[" + o.server.bind + "]" : o.server.bind;
  std::cerr << "dyad serve: " << store_display_name(o.server.db) << " at http://" << host << ":"
            << s.port() << "/" << (o.server.token.empty() ? "" : " (POST /api/code needs the token)")
            << "\n";
  Status st = s.run();
  if (!st.ok()) {
    std::cerr << "dyad serve: " << st.message() << "\n";
    return kFatal;
  }
  return kOk;
}

}  // namespace

void add_serve_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<ServeCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "the HTTP/JSON API and the web dashboard over a store (docs/SERVE.md)");
  cmd->add_option("--db", o->server.db, kDbHelp)->required();
  cmd->add_option("--bind", o->server.bind, "address to listen on (default 127.0.0.1, loopback)");
  cmd->add_option("--port", o->server.port, "port (default 8080; 0: any free port)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--token-file", o->token_file,
                  "a file whose first line is the bearer token POST /api/code needs");
  cmd->add_option("--web-dir", o->server.web_dir,
                  "the built dashboard (default: $DYAD_WEB, else web/dist of the source tree)");
  cmd->add_option("--max-body", o->server.max_body_bytes, "largest request body in bytes (default 1 MiB)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--query-ms", o->server.query_time_limit_ms,
                  "time limit of one request's queries in ms (default 10000)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--threads", o->server.threads, "requests served at once (default 8)")
      ->check(CLI::Range(1, 256));
  cmd->callback([o, &exit_code] { exit_code = run_serve(*o); });
}

}  // namespace dyad::cli
