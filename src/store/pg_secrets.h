// Keeping passwords out of messages. libpq quotes parts of a malformed
// connection string in its errors (an unterminated IPv6 host quotes the
// whole URI, a bad percent-escape quotes the password), so every message
// that may hold text of a connection string goes through without_secrets().
#pragma once

#include <string>
#include <vector>

namespace dyad::store {

// The password of a libpq URI, as written and percent-decoded: the one in
// its user information ("user:password@") and any "password=" parameter.
std::vector<std::string> connection_secrets(const std::string& location);

// `message` with every password of `location` replaced by "*****". Short
// passwords (under 4 characters) are replaced where they stand as a value
// ("...", :...@, =...) rather than everywhere, so the message stays legible.
std::string without_secrets(std::string message, const std::string& location);

}  // namespace dyad::store
