#include "store/schema.h"

namespace dyad::store {

int latest_schema_version(Backend backend) {
  auto all = migrations(backend);
  return all.empty() ? 0 : all.back().version;
}

}  // namespace dyad::store
