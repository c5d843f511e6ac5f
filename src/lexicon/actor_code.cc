#include "actor_code.h"

#include <array>
#include <cctype>
#include <utility>

namespace dyad::lexicon {
namespace {

bool is_upper_word(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isupper(static_cast<unsigned char>(c)) && !std::isdigit(static_cast<unsigned char>(c)))
      return false;
  return true;
}

// PETRARCH/CAMEO organisation prefixes -> the acronym EVENTS.md reports.
// Longest prefix first.
std::optional<std::string> org_for_cameo_prefix(std::string_view code) {
  static const std::array<std::pair<std::string_view, std::string_view>, 9> kPrefixes = {{
      {"IGOUNOIAE", "IAEA"}, {"IGOUNO", "UN"}, {"IGOWSTNAT", "NATO"}, {"IGOEUREEC", "EU"},
      {"IGOEEU", "EU"}, {"IGOSEAASN", "ASEAN"}, {"IGOCOPITP", "INTERPOL"}, {"IGOAFR", "AU"},
      {"IGOG7", "G7"},
  }};
  for (auto& [prefix, org] : kPrefixes)
    if (code.substr(0, prefix.size()) == prefix) return std::string(org);
  return std::nullopt;
}

}  // namespace

bool is_cameo_role(std::string_view role) {
  static constexpr std::array<std::string_view, 35> kRoles = {
      "AGR", "BUS", "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH", "HRI",
      "IGO", "IMG", "INS", "INT", "JUD", "LAB", "LEG", "MED", "MIL", "MNC", "MOD", "NGM",
      "NGO", "OPP", "PTY", "RAD", "REB", "REF", "REL", "SEP", "SPY", "UAF", "UIS"};
  for (std::string_view r : kRoles)
    if (r == role) return true;
  return false;
}

std::optional<ActorCode> parse_actor_code(std::string_view code) {
  ActorCode actor;
  actor.code = std::string(code);
  if (!code.empty() && code[0] == '@') {  // dyad organisation: @UN or @UN/JUD
    std::string_view body = code.substr(1);
    size_t slash = body.find('/');
    actor.org = std::string(body.substr(0, slash));
    if (slash != std::string_view::npos) actor.role = std::string(body.substr(slash + 1));
    if (actor.org.empty() || (!actor.role.empty() && !is_cameo_role(actor.role))) return std::nullopt;
    for (char& c : actor.org) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    actor.code = actor.org + actor.role;
    return actor;
  }
  if (code.size() < 3 || !is_upper_word(code)) return std::nullopt;
  if (code.substr(0, 3) == "IGO") {
    auto org = org_for_cameo_prefix(code);
    if (!org) return std::nullopt;
    actor.org = *org;
    return actor;
  }
  if (code.substr(0, 3) == "NGO" || code.substr(0, 3) == "IMG" || code.substr(0, 3) == "MNC" ||
      code.substr(0, 3) == "---" || code.substr(0, 3) == "###")
    return std::nullopt;
  actor.country = std::string(code.substr(0, 3));
  for (size_t i = 3; i + 3 <= code.size(); i += 3) {
    std::string_view group = code.substr(i, 3);
    if (is_cameo_role(group)) {
      actor.role = std::string(group);
      break;
    }
  }
  return actor;
}

ActorCode with_role(const ActorCode& actor, std::string_view role) {
  ActorCode out = actor;
  out.role = std::string(role);
  out.code = (actor.country.empty() ? actor.org : actor.country) + std::string(role);
  return out;
}

}  // namespace dyad::lexicon
