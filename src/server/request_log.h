// One line per request, written when its reply is sent:
//   2024-06-21T10:00:00Z 127.0.0.1 GET /api/events?dyad=RUS-PRK 200 5123B 3.1ms
// The time a request took is measured from routing to the reply.
#pragma once

#include <functional>
#include <string_view>

namespace httplib {
class Server;
}

namespace dyad::server {

class RequestLog {
 public:
  // Sends each line to `sink`, or to standard error when it is empty.
  static void install(httplib::Server& http, std::function<void(std::string_view)> sink);
};

}  // namespace dyad::server
