#include "server/request_log.h"

#include <fmt/chrono.h>
#include <fmt/format.h>
#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <mutex>

namespace dyad::server {
namespace {

// A request is routed and answered on one thread of the pool, so the start
// time can wait there for the logger.
thread_local std::chrono::steady_clock::time_point request_start;

// The query as sent, without line breaks (the line is one line whatever was asked).
std::string one_line(std::string text) {
  for (char& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

}  // namespace

void RequestLog::install(httplib::Server& http, std::function<void(std::string_view)> sink) {
  http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    request_start = std::chrono::steady_clock::now();
    return httplib::Server::HandlerResponse::Unhandled;
  });
  auto mutex = std::make_shared<std::mutex>();
  http.set_logger([sink = std::move(sink), mutex](const httplib::Request& req,
                                                  const httplib::Response& res) {
    // A request refused before routing (a body too large) has no start time.
    std::string took = "-";
    if (request_start != std::chrono::steady_clock::time_point{}) {
      took = fmt::format("{:.1f}ms", std::chrono::duration<double, std::milli>(
                                         std::chrono::steady_clock::now() - request_start).count());
    }
    request_start = {};
    std::string line = fmt::format("{:%Y-%m-%dT%H:%M:%SZ} {} {} {} {} {}B {}",
                                   fmt::gmtime(std::time(nullptr)), req.remote_addr, req.method,
                                   one_line(req.target.empty() ? req.path : req.target), res.status,
                                   res.body.size(), took);
    std::lock_guard lock(*mutex);
    if (sink) {
      sink(line);
    } else {
      line += '\n';
      std::fwrite(line.data(), 1, line.size(), stderr);
    }
  });
}

}  // namespace dyad::server
