// What the route handlers share: the options, the store connections, and
// what is loaded once at start (dictionaries, threat table, entity names).
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

#include "dyad/analysis.h"
#include "dyad/lexicon.h"
#include "dyad/server.h"
#include "dyad/store.h"
#include "server/api_request.h"
#include "server/store_pool.h"

namespace dyad::server {

struct ServerContext {
  explicit ServerContext(const ServerOptions& o) : options(o), readers(o.db) {}

  ServerOptions options;
  StorePool readers;
  std::shared_ptr<const Lexicon> lexicon;
  ThreatTable threats;
  EntityNames names;
  bool loopback = true;  // bound to a loopback address only

  // The one writing connection (POST /api/code with store), opened on first use.
  std::mutex writer_mutex;
  std::unique_ptr<Store> writer;

  Store::Deadline deadline() const {
    return std::chrono::steady_clock::now() +
           std::chrono::milliseconds(options.query_time_limit_ms);
  }
};

// Leases a reader with the request's deadline and runs `work(store)`. A
// failed Status becomes a 503 when the deadline has passed (the query was
// stopped) or the store cannot be opened, else a 500 with its message.
Reply with_reader(ServerContext& context, const std::function<Result<Reply>(Store&)>& work);

}  // namespace dyad::server
