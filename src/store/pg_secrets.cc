#include "store/pg_secrets.h"

#include <cctype>
#include <string_view>

namespace dyad::store {
namespace {

constexpr std::string_view kMask = "*****";

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

std::string percent_decoded(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    int high = i + 2 < text.size() && text[i] == '%' ? hex_value(text[i + 1]) : -1;
    int low = high >= 0 ? hex_value(text[i + 2]) : -1;
    if (low >= 0) {
      out.push_back(static_cast<char>(high * 16 + low));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

void add_secret(std::vector<std::string>& secrets, std::string_view raw) {
  if (raw.empty()) return;
  secrets.emplace_back(raw);
  std::string decoded = percent_decoded(raw);
  if (decoded != raw) secrets.push_back(decoded);
}

// The user information ends at the first '@' before any '/', as libpq reads it.
void add_userinfo_password(std::vector<std::string>& secrets, std::string_view rest) {
  size_t end = rest.find_first_of("@/");
  if (end == std::string_view::npos || rest[end] != '@') return;
  std::string_view userinfo = rest.substr(0, end);
  size_t colon = userinfo.find(':');
  if (colon != std::string_view::npos) add_secret(secrets, userinfo.substr(colon + 1));
}

void add_parameter_passwords(std::vector<std::string>& secrets, std::string_view rest) {
  size_t query = rest.find('?');
  if (query == std::string_view::npos) return;
  std::string_view params = rest.substr(query + 1);
  while (!params.empty()) {
    size_t amp = params.find('&');
    std::string_view param = params.substr(0, amp);
    size_t eq = param.find('=');
    if (eq != std::string_view::npos && percent_decoded(param.substr(0, eq)) == "password")
      add_secret(secrets, param.substr(eq + 1));
    if (amp == std::string_view::npos) break;
    params.remove_prefix(amp + 1);
  }
}

void replace_all(std::string& text, const std::string& what, std::string_view with) {
  for (size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + with.size()))
    text.replace(pos, what.size(), with);
}

}  // namespace

std::vector<std::string> connection_secrets(const std::string& location) {
  std::vector<std::string> secrets;
  size_t scheme = location.find("://");
  if (scheme == std::string::npos) return secrets;
  std::string_view rest = std::string_view(location).substr(scheme + 3);
  add_userinfo_password(secrets, rest);
  add_parameter_passwords(secrets, rest);
  return secrets;
}

std::string without_secrets(std::string message, const std::string& location) {
  for (const std::string& secret : connection_secrets(location)) {
    if (secret.size() >= 4) {
      replace_all(message, secret, kMask);
      continue;
    }
    for (const auto& [before, after] : {std::pair{"\"", "\""}, {":", "@"}, {"=", "&"}, {"=", "\""}}) {
      replace_all(message, before + secret + after, std::string(before) + std::string(kMask) + after);
    }
    if (message.ends_with("=" + secret)) message.replace(message.size() - secret.size(), secret.size(), kMask);
  }
  return message;
}

}  // namespace dyad::store
