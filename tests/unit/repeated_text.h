// Long inputs made in the tests (never committed): a piece repeated.
#pragma once

#include <string>
#include <string_view>

namespace dyad::testing {

// `piece` `times` times over.
inline std::string repeat(std::string_view piece, size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (size_t i = 0; i < times; ++i) out += piece;
  return out;
}

// `piece` repeated to exactly `size` bytes (cut inside the last copy).
inline std::string fill(std::string_view piece, size_t size) {
  std::string out = repeat(piece, size / piece.size() + 1);
  out.resize(size);
  return out;
}

}  // namespace dyad::testing
