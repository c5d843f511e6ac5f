#include "store/schema.h"

#include <fmt/format.h>

namespace dyad::store {

int latest_schema_version(Backend backend) {
  auto all = migrations(backend);
  return all.empty() ? 0 : all.back().version;
}

Status check_schema_version(int found, Backend backend, const std::string& location,
                            bool read_only) {
  const int latest = latest_schema_version(backend);
  if (found > latest) {
    return Status::InvalidData(
        fmt::format("{} has schema version {}, newer than this dyad knows ({}): use a newer dyad",
                    location, found, latest));
  }
  if (found == latest || !read_only) return Status::Ok();
  if (found == 0) {
    return Status::InvalidData(fmt::format(
        "{} is not a dyad store (it has no schema_version table); `dyad code --db` creates one",
        location));
  }
  return Status::Error(
      fmt::format("{} has schema version {} and this dyad needs {}: open it once for writing "
                  "(`dyad code --db`) to migrate it",
                  location, found, latest));
}

}  // namespace dyad::store
