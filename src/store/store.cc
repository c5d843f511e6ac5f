// open_store: chooses the backend from the location.
#include "dyad/store.h"

#include <fmt/format.h>

#include "store/event_query.h"
#include "store/postgres_store.h"
#include "store/sql_session.h"
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

Result<int64_t> count_events(Store& store, const EventFilter& filter) {
  store::SqlSession& session = store.sql_session();
  store::EventQuery q = store::build_event_count_query(filter, session.backend());
  store::SqlParams params;
  for (const std::string& value : q.params) params.text(value);
  int64_t count = 0;
  Status status = session.run(q.sql, params, [&](const store::SqlRow& row) {
    count = row.integer(0);
    return Status::Ok();
  });
  if (!status.ok()) return status;
  return count;
}

}  // namespace dyad
