// Writers for coded events: JSON Lines (the contract in EVENTS.md) and CSV
// (the same fields flattened: source_code, source_country, ...).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "dyad/document.h"
#include "dyad/event.h"

namespace dyad {

enum class OutputFormat { kJsonl, kCsv };

// Appends `value` to `out` as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view value);

// Appends `value` as one CSV field, quoted when it needs to be (RFC 4180).
void append_csv_field(std::string& out, std::string_view value);

// One event as one JSON object line (with the trailing newline).
void append_event_jsonl(std::string& out, const Event& event);

// The CSV header line and one event as a CSV line (RFC 4180 quoting).
std::string csv_header();
void append_event_csv(std::string& out, const Event& event);

// A failed document as one JSON line: {"doc_id","path","line","error"}.
void append_failure_jsonl(std::string& out, const FailedDocument& failure);

}  // namespace dyad
