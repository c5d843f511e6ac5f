#include "server/server_context.h"

#include <fmt/format.h>

namespace dyad::server {

Reply with_reader(ServerContext& context, const std::function<Result<Reply>(Store&)>& work) {
  Store::Deadline deadline = context.deadline();
  auto lease = context.readers.lease(deadline);
  if (!lease.ok()) {
    return error_reply(503, "the store cannot be opened: " + lease.status().message());
  }
  Result<Reply> reply = work(*lease.value());
  if (reply.ok()) return std::move(reply).value();
  if (std::chrono::steady_clock::now() > deadline) {
    return error_reply(503, fmt::format("the query took longer than the limit of {} ms; narrow "
                                        "the filters",
                                        context.options.query_time_limit_ms));
  }
  return error_reply(500, reply.status().message());
}

}  // namespace dyad::server
