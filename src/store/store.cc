// open_store: chooses the backend from the location.
#include "dyad/store.h"

#include <fmt/format.h>

#include "store/postgres_store.h"
#include "store/sqlite_store.h"

namespace dyad {

bool is_postgres_location(const std::string& location) {
  return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

Result<std::unique_ptr<Store>> open_store(const std::string& location,
                                          const StoreOptions& options) {
  if (location.empty()) return Status::InvalidArgument("no store location given");
  if (is_postgres_location(location)) return store::open_postgres_store(location, options);
  size_t scheme_end = location.find("://");
  if (scheme_end != std::string::npos && !location.starts_with("file:")) {
    return Status::InvalidArgument(fmt::format(
        "unsupported store location \"{}://...\": use postgresql://..., a SQLite file path or a "
        "file: URI",
        location.substr(0, scheme_end)));
  }
  return store::open_sqlite_store(location, options);
}

}  // namespace dyad
