// What only the PostgreSQL backend does: connection strings and servers that
// cannot be reached. These need no server and always run; the shared
// contract runs on PostgreSQL in store_test.cc.
#include <arpa/inet.h>
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>

#include "dyad/store.h"

namespace dyad {
namespace {

// A loopback port nothing listens on (bound, then released).
int free_port() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  socklen_t size = sizeof address;
  getsockname(fd, reinterpret_cast<sockaddr*>(&address), &size);
  close(fd);
  return ntohs(address.sin_port);
}

std::string open_error(const std::string& location) {
  auto store = open_store(location);
  return store.ok() ? "" : store.status().message();
}

TEST(PostgresStore, NamesAMalformedConnectionString) {
  std::string error = open_error("postgresql://dyad@localhost:5432/events?no_such_option=1");
  EXPECT_NE(error.find("malformed PostgreSQL connection string"), std::string::npos) << error;
  EXPECT_NE(error.find("no_such_option"), std::string::npos) << error;
  error = open_error("postgresql://[::1/events");
  EXPECT_NE(error.find("malformed PostgreSQL connection string"), std::string::npos) << error;
}

TEST(PostgresStore, ABadPortIsAClearError) {
  std::string error = open_error("postgresql://dyad@127.0.0.1:notaport/events");
  EXPECT_NE(error.find("cannot connect to PostgreSQL"), std::string::npos) << error;
  EXPECT_NE(error.find("notaport"), std::string::npos) << error;
}

TEST(PostgresStore, AServerThatIsDownIsAClearErrorWithoutThePassword) {
  std::string error =
      open_error(fmt::format("postgresql://dyad:s3cret@127.0.0.1:{}/events", free_port()));
  EXPECT_NE(error.find("cannot connect to PostgreSQL"), std::string::npos) << error;
  EXPECT_NE(error.find("refused"), std::string::npos) << error;
  EXPECT_EQ(error.find("s3cret"), std::string::npos) << error;
}

// libpq quotes parts of a malformed connection string in its messages; the
// password never comes through, whatever the malformation.
TEST(PostgresStore, NoPasswordInAnyMessage) {
  for (const char* location : {
           "postgresql://dyad:s3cret-pw@[::1/events",                   // libpq quotes the whole URI
           "postgresql://dyad:s3cret%zzpw@localhost/events",            // a bad escape: the token
           "postgresql://dyad:s3cret-pw@localhost/events?bad_option=1",  // a bad parameter
           "postgresql://dyad@[::1/events?password=s3cret-pw",           // a password parameter
           "postgresql://dyad:s3%63ret-pw@[::1/events",                 // percent-encoded ("s3cret-pw")
       }) {
    std::string error = open_error(location);
    EXPECT_NE(error.find("PostgreSQL"), std::string::npos) << error;
    EXPECT_EQ(error.find("s3cret"), std::string::npos) << location << " -> " << error;
    EXPECT_EQ(error.find("s3%63ret"), std::string::npos) << location << " -> " << error;
  }
}

TEST(PostgresStore, ShortPasswordsAreMaskedWhereTheyStand) {
  std::string error = open_error("postgresql://dyad:pw@[::1/events");
  EXPECT_NE(error.find("postgresql://dyad:*****@[::1/events"), std::string::npos) << error;
  EXPECT_NE(error.find("IPv6 host address"), std::string::npos) << "the rest stays legible: " << error;
}

}  // namespace
}  // namespace dyad
