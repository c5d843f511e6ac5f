// What the analysis commands (stories, watch, series, trends, network)
// share: opening the store read-only, writing their output, and errors.
#pragma once

#include <memory>
#include <string>

#include "commands.h"
#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::cli {

inline constexpr const char* kTableFormats = "table (default), jsonl or csv";

// The store opened read-only, or nullptr after "dyad COMMAND: why".
std::unique_ptr<Store> open_for_analysis(const std::string& command, const std::string& db);

// Writes `text` to standard output: kOk, or kFatal with a message.
int write_output(const std::string& command, const std::string& text);

// Prints "dyad COMMAND: <message>" and returns kFatal.
int fatal(const std::string& command, const Status& status);

// Opens the store read-only, runs `analyse(store)` (a Result) and writes
// `render(its value)`: kOk, or kFatal after "dyad COMMAND: why".
template <class Analyse, class Render>
int run_analysis(const std::string& command, const std::string& db, const Analyse& analyse,
                 const Render& render) {
  auto store = open_for_analysis(command, db);
  if (!store) return kFatal;
  auto result = analyse(*store);
  if (!result.ok()) return fatal(command, result.status());
  return write_output(command, render(result.value()));
}

// --as-of: YYYY, YYYY-MM or YYYY-MM-DD as its last day; "" stays "". Prints
// a usage error and returns false when not a date.
bool as_of_date(const std::string& command, const std::string& text, std::string& date);

}  // namespace dyad::cli
