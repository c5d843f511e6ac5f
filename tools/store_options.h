// What the commands that read the store share: the --db option, opening the
// store or saying why not, the date bounds of --from / --to, and writing
// events in the output formats (EVENTS.md JSON Lines, CSV, a table, GDELT).
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "dyad/filter_text.h"  // date_bound, for --from / --to
#include "dyad/store.h"

namespace dyad::cli {

inline constexpr const char* kDbHelp =
    "the store: a SQLite file (created when missing) or postgresql://user@host:port/db";

// Opens the store; on error prints "dyad COMMAND: <why>" and returns nullptr.
std::unique_ptr<Store> open_store_or_report(const std::string& command, const std::string& db,
                                            const StoreOptions& options);

// How the store is named in messages: the SQLite path, or "PostgreSQL"
// (a connection string may hold a password).
std::string store_display_name(const std::string& db);


enum class EventFormat { kTable, kJsonl, kCsv, kGdelt };
std::optional<EventFormat> parse_event_format(std::string_view name);

// Buffers formatted events and writes them to `out` in large pieces. With
// `story_ids`, a JSON line of an event in a story ends with the optional
// field "story_id" (export leaves it out: it prints exactly what code wrote).
class EventPrinter {
 public:
  EventPrinter(std::ostream& out, EventFormat format, bool story_ids = false);
  Status print(const StoredEvent& event);
  Status finish();  // writes what is buffered; an error when the stream failed

 private:
  Status flush();
  std::ostream& out_;
  EventFormat format_;
  bool story_ids_;
  std::string buffer_;
};

// Prints every stored event matching `filter` to `out`; on failure prints
// "dyad COMMAND: reason" and returns kFatal, else kOk.
int print_stored_events(const std::string& command, Store& store, const EventFilter& filter,
                        std::ostream& out, EventFormat format, bool story_ids = false);

}  // namespace dyad::cli
