// The column lists both backends share, and the two conversions between an
// Event and a row: bind_event_row (Event -> statement parameters) and
// read_event_row (result row -> StoredEvent). A column's place in these lists
// is its parameter / result index, so the SQL and the code change together.
#pragma once

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "dyad/store.h"
#include "store/event_links.h"
#include "store/schema.h"

namespace dyad::store {

// Parameters 1..12 of the document insert.
inline constexpr const char* kDocumentColumns =
    "id, path, line, url, source, title, date, content_hash, status, error, sentence_count, "
    "event_count";
inline constexpr int kDocumentColumnCount = 12;

// Parameters 1..5 of the sentence insert.
inline constexpr const char* kSentenceColumns = "doc_id, idx, span_start, span_end, text";
inline constexpr int kSentenceColumnCount = 5;

// Parameters 1..39 of the event insert: the event (1..23), its condition
// (24..37, NULL without one), and its links (38, 39; event_links.h).
inline constexpr const char* kEventColumns =
    "doc_id, ordinal, sentence, date, date_source, date_precision, "
    "source_text, source_code, source_country, source_org, source_role, "
    "target_text, target_code, target_country, target_org, target_role, "
    "code, root, quad_class, goldstein, modality, verb, confidence, "
    "condition_source_text, condition_source_code, condition_source_country, "
    "condition_source_org, condition_source_role, "
    "condition_target_text, condition_target_code, condition_target_country, "
    "condition_target_org, condition_target_role, "
    "condition_code, condition_root, condition_verb, condition_sentence, condition_of, story_id";
inline constexpr int kEventColumnCount = 39;

// The result columns of an event query, read by read_event_row; `e` is
// events, `s` the event's sentence and `d` its document.
inline constexpr const char* kEventSelect =
    "SELECT e.id, e.doc_id, e.sentence, s.span_start, s.span_end, s.text, "
    "e.date, e.date_source, e.date_precision, "
    "e.source_text, e.source_code, e.source_country, e.source_org, e.source_role, "
    "e.target_text, e.target_code, e.target_country, e.target_org, e.target_role, "
    "e.code, e.root, e.quad_class, e.goldstein, e.modality, e.verb, e.confidence, d.url, "
    "e.condition_source_text, e.condition_source_code, e.condition_source_country, "
    "e.condition_source_org, e.condition_source_role, "
    "e.condition_target_text, e.condition_target_code, e.condition_target_country, "
    "e.condition_target_org, e.condition_target_role, "
    "e.condition_code, e.condition_root, e.condition_verb, e.condition_sentence, e.story_id "
    "FROM events e "
    "JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence "
    "JOIN documents d ON d.id = e.doc_id";

// "INSERT INTO <table> (<columns>) VALUES (?1, ..., ?N)" for N = `count`
// parameters, numbered ?N (SQLite) or $N (PostgreSQL); with `rows` > 1, that
// many rows: "(?1, ..., ?N), (?N+1, ...)".
std::string insert_statement(const char* table, const char* columns, int count, Backend backend,
                             int rows = 1);

// Parses the names modality_name / date_source_name write; unknown names give
// the defaults (asserted, none), which the schema's CHECKs keep from happening.
Modality parse_modality(std::string_view name);
DateSource parse_date_source(std::string_view name);

// Binds one document row. Binder: text(v), optional_text(v) (NULL when
// empty), integer(v), real(v) (NULL when not finite), called in column order.
template <class Binder>
void bind_document_row(Binder& b, const StoredDocument& d) {
  b.text(d.id);
  b.optional_text(d.path);
  if (d.line > 0)
    b.integer(d.line);
  else
    b.optional_text({});
  b.optional_text(d.url);
  b.optional_text(d.source);
  b.optional_text(d.title);
  b.optional_text(d.date);
  b.optional_text(d.content_hash);
  b.text(d.failed() ? "failed" : "ok");
  b.optional_text(d.error);
  b.integer(static_cast<int64_t>(d.sentences.size()));
  b.integer(static_cast<int64_t>(d.events.size()));
}

template <class Binder>
void bind_sentence_row(Binder& b, const std::string& doc_id, int64_t index,
                       const StoredSentence& s) {
  b.text(doc_id);
  b.integer(index);
  b.integer(s.span.begin);
  b.integer(s.span.end);
  b.text(s.text);
}

template <class Binder>
void bind_actor(Binder& b, const Actor& a) {
  b.optional_text(a.text);
  b.optional_text(a.code);
  b.optional_text(a.country);
  b.optional_text(a.org);
  b.optional_text(a.role);
}

template <class Binder>
void bind_optional_integer(Binder& b, bool present, int64_t value) {
  if (present)
    b.integer(value);
  else
    b.optional_text({});
}

// The condition columns: NULL without a condition.
template <class Binder>
void bind_condition(Binder& b, const std::optional<EventCondition>& c) {
  if (c) {
    bind_actor(b, c->source);
    bind_actor(b, c->target);
  } else {
    for (int i = 0; i < 10; ++i) b.optional_text({});
  }
  b.optional_text(c ? std::string_view(c->code) : std::string_view());
  b.optional_text(c ? std::string_view(c->root) : std::string_view());
  b.optional_text(c ? std::string_view(c->verb) : std::string_view());
  bind_optional_integer(b, c.has_value(), c ? c->sentence : 0);
}

template <class Binder>
void bind_event_row(Binder& b, const std::string& doc_id, int64_t ordinal, const Event& e,
                    const EventLinks& links) {
  b.text(doc_id);
  b.integer(ordinal);
  b.integer(e.sentence);
  b.optional_text(e.date);
  b.text(date_source_name(e.date_source));
  b.optional_text(e.date_precision);
  bind_actor(b, e.source);
  bind_actor(b, e.target);
  b.text(e.code);
  b.text(e.root);
  b.integer(e.quad_class);
  b.real(e.goldstein);
  b.text(modality_name(e.modality));
  b.optional_text(e.verb);
  b.real(e.confidence);
  bind_condition(b, e.condition);
  bind_optional_integer(b, links.condition_of >= 0, links.condition_of);
  bind_optional_integer(b, links.story_id > 0, links.story_id);
}

// Row: text(i) (empty for NULL), integer(i), real(i) (NaN for NULL), 0-based.
template <class Row>
Actor read_actor(const Row& row, int first) {
  return Actor{row.text(first), row.text(first + 1), row.text(first + 2), row.text(first + 3),
               row.text(first + 4)};
}

template <class Row>
StoredEvent read_event_row(const Row& row) {
  StoredEvent stored;
  stored.id = row.integer(0);
  Event& e = stored.event;
  e.doc_id = row.text(1);
  e.sentence = static_cast<int>(row.integer(2));
  e.span = Span{static_cast<uint32_t>(row.integer(3)), static_cast<uint32_t>(row.integer(4))};
  e.text = row.text(5);
  e.date = row.text(6);
  e.date_source = parse_date_source(row.text(7));
  e.date_precision = row.text(8);
  e.source = read_actor(row, 9);
  e.target = read_actor(row, 14);
  e.code = row.text(19);
  e.root = row.text(20);
  e.quad_class = static_cast<int>(row.integer(21));
  e.goldstein = row.real(22);
  e.modality = parse_modality(row.text(23));
  e.verb = row.text(24);
  e.confidence = row.real(25);
  stored.doc_url = row.text(26);
  if (std::string code = row.text(37); !code.empty()) {
    e.condition = EventCondition{read_actor(row, 27), read_actor(row, 32), std::move(code),
                                 row.text(38), row.text(39),
                                 static_cast<int>(row.integer(40))};
  }
  stored.story_id = row.integer(41);  // 0 for NULL
  return stored;
}

}  // namespace dyad::store
