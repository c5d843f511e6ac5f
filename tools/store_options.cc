#include "store_options.h"

#include <fmt/format.h>

#include <iostream>

#include "commands.h"
#include "dyad/ingest.h"
#include "dyad/output.h"

namespace dyad::cli {
namespace {

// Tabs and line breaks would break a tab-separated row.
std::string tsv_field(std::string_view text) {
  std::string field(text);
  for (char& c : field) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return field;
}

std::string number_or_empty(double value) {
  return std::isfinite(value) ? fmt::format("{}", value) : std::string();
}

// GDELT-style columns, documented in docs/STORE.md.
void append_gdelt_row(std::string& out, const StoredEvent& stored) {
  const Event& e = stored.event;
  std::string day;  // YYYYMMDD
  for (char c : e.date) {
    if (c != '-') day += c;
  }
  std::string base = e.code.substr(0, 3);
  out +=
      fmt::format("{}\t{}\t{}\t{}", stored.id, day, day.substr(0, std::min<size_t>(6, day.size())),
                  day.substr(0, std::min<size_t>(4, day.size())));
  for (const Actor* a : {&e.source, &e.target}) {
    out += fmt::format("\t{}\t{}\t{}\t{}\t{}", tsv_field(a->code), tsv_field(a->text), a->country,
                       a->org, a->role);
  }
  out += fmt::format("\t{}\t{}\t{}\t{}\t{}\t{}", e.sentence == 0 ? 1 : 0, e.code, base, e.root,
                     e.quad_class, number_or_empty(e.goldstein));
  out += fmt::format("\t{}\t{}\t{}\t{}\t{}\t{}\n", modality_name(e.modality),
                     number_or_empty(std::round(e.confidence * 100) / 100),
                     date_source_name(e.date_source), tsv_field(e.doc_id), e.sentence,
                     tsv_field(stored.doc_url));
}

constexpr const char* kTableFormat =
    "{:>8}  {:<10}  {:<12}  {:<12}  {:<4}  {:<11}  {:>5}  {:<24}  {}\n";

void append_table_row(std::string& out, const StoredEvent& stored) {
  const Event& e = stored.event;
  out += fmt::format(kTableFormat, stored.id, e.date.empty() ? "-" : e.date, e.source.code,
                     e.target.code, e.code, modality_name(e.modality), number_or_empty(e.goldstein),
                     e.doc_id, e.verb);
}

// The EVENTS.md line with "story_id" added before its closing brace.
void append_jsonl_with_story(std::string& out, const StoredEvent& stored) {
  append_event_jsonl(out, stored.event);
  if (stored.story_id == 0) return;
  out.resize(out.size() - 2);  // append_event_jsonl ends every line with "}\n"
  out += fmt::format(",\"story_id\":{}}}\n", stored.story_id);
}

}  // namespace

std::unique_ptr<Store> open_store_or_report(const std::string& command, const std::string& db,
                                            const StoreOptions& options) {
  auto store = open_store(db, options);
  if (!store.ok()) {
    std::cerr << "dyad " << command << ": " << store.status().message() << "\n";
    return nullptr;
  }
  return std::move(store).value();
}

std::string store_display_name(const std::string& db) {
  return is_postgres_location(db) ? "the PostgreSQL store" : db;
}

std::optional<EventFormat> parse_event_format(std::string_view name) {
  if (name == "table") return EventFormat::kTable;
  if (name == "jsonl") return EventFormat::kJsonl;
  if (name == "csv") return EventFormat::kCsv;
  if (name == "gdelt") return EventFormat::kGdelt;
  return std::nullopt;
}

EventPrinter::EventPrinter(std::ostream& out, EventFormat format, bool story_ids)
    : out_(out), format_(format), story_ids_(story_ids) {
  if (format == EventFormat::kCsv) buffer_ = csv_header();
  if (format == EventFormat::kTable) {
    buffer_ = fmt::format(kTableFormat, "id", "date", "source", "target", "code", "modality",
                          "gold", "doc_id", "verb");
  }
}

Status EventPrinter::print(const StoredEvent& stored) {
  switch (format_) {
    case EventFormat::kJsonl:
      if (story_ids_)
        append_jsonl_with_story(buffer_, stored);
      else
        append_event_jsonl(buffer_, stored.event);
      break;
    case EventFormat::kCsv:
      append_event_csv(buffer_, stored.event);
      break;
    case EventFormat::kTable:
      append_table_row(buffer_, stored);
      break;
    case EventFormat::kGdelt:
      append_gdelt_row(buffer_, stored);
      break;
  }
  return buffer_.size() < (1u << 16) ? Status::Ok() : flush();
}

Status EventPrinter::flush() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
  return out_ ? Status::Ok() : Status::Error("cannot write the output");
}

int print_stored_events(const std::string& command, Store& store, const EventFilter& filter,
                        std::ostream& out, EventFormat format, bool story_ids) {
  EventPrinter printer(out, format, story_ids);
  Status status = store.query(filter, [&](const StoredEvent& e) { return printer.print(e); });
  if (status.ok()) status = printer.finish();
  if (status.ok()) return kOk;
  std::cerr << "dyad " << command << ": " << status.message() << "\n";
  return kFatal;
}

Status EventPrinter::finish() {
  if (Status st = flush(); !st.ok()) return st;
  out_.flush();
  return out_ ? Status::Ok() : Status::Error("cannot write the output");
}

}  // namespace dyad::cli
