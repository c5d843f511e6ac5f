// GET /api/documents/{id}: a stored document as a reader checks the coding:
// its text, every sentence with its byte span, and each sentence's events.
// The store keeps the sentences, not the whole text: `text` puts each
// sentence at its offsets and fills what lies between (whitespace in the
// cleaned text) with spaces, a blank line where two or more bytes lie, so
// every span indexes `text` as it indexed the cleaned text.
#include <fmt/format.h>

#include <map>

#include "dyad/output.h"
#include "server/event_json.h"
#include "server/routes.h"
#include "store/sql_session.h"

namespace dyad::server {
namespace {

struct SentenceRow {
  int64_t index = 0, begin = 0, end = 0;
  std::string text;
};

struct DocumentRows {
  bool found = false;
  std::string meta;  // "id":...,"url":... fields as JSON
  std::vector<SentenceRow> sentences;
  std::map<int, std::vector<StoredEvent>> events;  // by sentence
};

constexpr const char* kDocumentSql =
    "SELECT id, url, source, title, date, coded_at, status, error FROM documents WHERE id = ?1";
constexpr const char* kSentencesSql =
    "SELECT idx, span_start, span_end, text FROM sentences WHERE doc_id = ?1 ORDER BY idx";

void append_field(std::string& out, const char* name, const std::string& value) {
  out += fmt::format("{}\"{}\":", out.empty() ? "" : ",", name);
  if (value.empty()) out += "null";
  else append_json_string(out, value);
}

Status read_meta(store::SqlSession& session, const std::string& id, DocumentRows& rows) {
  return session.run(kDocumentSql, store::SqlParams().text(id), [&](const store::SqlRow& r) {
    rows.found = true;
    const char* names[] = {"id", "url", "source", "title", "date", "coded_at", "status", "error"};
    for (int i = 0; i < 8; ++i) append_field(rows.meta, names[i], r.text(i));
    return Status::Ok();
  });
}

Result<DocumentRows> read_document(Store& store, const std::string& id) {
  DocumentRows rows;
  store::SqlSession& session = store.sql_session();
  if (Status st = read_meta(session, id, rows); !st.ok() || !rows.found) {
    if (!st.ok()) return st;
    return rows;
  }
  Status st = session.run(kSentencesSql, store::SqlParams().text(id), [&](const store::SqlRow& r) {
    rows.sentences.push_back({r.integer(0), r.integer(1), r.integer(2), r.text(3)});
    return Status::Ok();
  });
  if (!st.ok()) return st;
  st = store.query(EventFilter{.doc_id = id}, [&](const StoredEvent& e) {
    rows.events[e.event.sentence].push_back(e);
    return Status::Ok();
  });
  if (!st.ok()) return st;
  return rows;
}

std::string rebuilt_text(const std::vector<SentenceRow>& sentences) {
  std::string text;
  for (const SentenceRow& s : sentences) {
    if (s.begin < static_cast<int64_t>(text.size())) continue;  // overlapping spans: not ours
    size_t gap = static_cast<size_t>(s.begin) - text.size();
    text += gap >= 2 ? "\n\n" + std::string(gap - 2, ' ') : std::string(gap, ' ');
    text += s.text;
  }
  return text;
}

std::string document_json(const DocumentRows& rows) {
  std::string out = "{" + rows.meta + ",\"text\":";
  append_json_string(out, rebuilt_text(rows.sentences));
  out += ",\"sentences\":[";
  size_t event_count = 0;
  for (const SentenceRow& s : rows.sentences) {
    if (out.back() != '[') out += ',';
    out += fmt::format("{{\"index\":{},\"span\":[{},{}],\"text\":", s.index, s.begin, s.end);
    append_json_string(out, s.text);
    out += ",\"events\":[";
    auto found = rows.events.find(static_cast<int>(s.index));
    if (found != rows.events.end()) {
      for (const StoredEvent& e : found->second) {
        if (out.back() != '[') out += ',';
        append_event_json(out, e);
        ++event_count;
      }
    }
    out += "]}";
  }
  out += fmt::format("],\"event_count\":{}}}", event_count);
  return out;
}

}  // namespace

Reply serve_document(ServerContext& context, const ApiRequest& request) {
  return with_reader(context, [&](Store& store) -> Result<Reply> {
    auto rows = read_document(store, request.path_id);
    if (!rows.ok()) return rows.status();
    if (!rows.value().found) {
      return error_reply(404, fmt::format("no document \"{}\" in the store", request.path_id));
    }
    return json_reply(document_json(rows.value()));
  });
}

}  // namespace dyad::server
