#include "store/sql_session.h"

#include <cmath>

namespace dyad::store {

SqlParams& SqlParams::real(double v) {
  if (!std::isfinite(v)) return null();
  values_.emplace_back(v);
  return *this;
}

std::string postgres_placeholders(std::string_view sql) {
  std::string out(sql);
  for (char& c : out) {
    if (c == '?') c = '$';
  }
  return out;
}

}  // namespace dyad::store
