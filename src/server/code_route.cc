// POST /api/code: a JSON object with a text or an HTML page in, its events
// out; with "store": true the document is also written to the store (one
// transaction, replacing a stored document of the same id). Guarded: the
// bearer token when the server has one; without one, only on a loopback
// server.
#include <fmt/format.h>
#include <simdjson.h>

#include <algorithm>

#include "dyad/engine.h"
#include "dyad/ingest.h"
#include "dyad/output.h"
#include "server/routes.h"

namespace dyad::server {
namespace {

struct CodeRequest {
  Document document;
  bool is_html = false;
  bool store = false;
};

// Compares all bytes whatever the first difference, so the time taken does
// not tell how much of a guessed token was right.
bool same_secret(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < a.size(); ++i) diff |= a[i] ^ (i < b.size() ? b[i] : 0);
  return diff == 0;
}

std::optional<Reply> check_access(const ServerContext& context, const ApiRequest& request) {
  const std::string& token = context.options.token;
  if (token.empty()) {
    if (context.loopback) return std::nullopt;
    return error_reply(403, "POST /api/code is refused on a server bound beyond loopback "
                            "without --token-file");
  }
  if (same_secret(request.authorization, "Bearer " + token)) return std::nullopt;
  Reply reply = error_reply(401, "POST /api/code needs the header Authorization: Bearer <token>");
  reply.headers.emplace_back("WWW-Authenticate", "Bearer");
  return reply;
}

Status string_field(simdjson::dom::element value, std::string_view key, std::string& out) {
  std::string_view text;
  if (value.get(text)) return Status::Error(fmt::format("\"{}\" must be a string", key));
  out = std::string(text);
  return Status::Ok();
}

Status read_field(std::string_view key, simdjson::dom::element value, CodeRequest& r) {
  const auto& known = route_spec(RouteId::kCode).body;
  if (std::none_of(known.begin(), known.end(), [&](const ParamSpec& p) { return p.name == key; })) {
    return Status::Error(fmt::format("unknown field \"{}\"", key));
  }
  Document& d = r.document;
  if (key == "store") {
    return value.get(r.store) ? Status::Error("\"store\" must be true or false") : Status::Ok();
  }
  if (key == "html") r.is_html = true;
  std::string* targets[] = {&d.text, &d.text, &d.date, &d.id, &d.title, &d.url, &d.source};
  const char* names[] = {"text", "html", "date", "id", "title", "url", "source"};
  for (size_t i = 0; i < std::size(names); ++i) {
    if (key == names[i]) return string_field(value, key, *targets[i]);
  }
  return Status::Ok();
}

Result<CodeRequest> parse_body(const std::string& body) {
  simdjson::dom::parser parser;
  simdjson::padded_string padded(body);
  simdjson::dom::element root;
  if (auto error = parser.parse(padded).get(root)) {
    return Status::Error(std::string("the body is not JSON: ") + simdjson::error_message(error));
  }
  simdjson::dom::object object;
  if (root.get(object)) return Status::Error("the body must be a JSON object");
  CodeRequest request;
  bool has_text = false, has_html = false;
  for (auto [key, value] : object) {
    has_text |= key == "text";
    has_html |= key == "html";
    if (Status st = read_field(key, value, request); !st.ok()) return st;
  }
  if (has_text == has_html) return Status::Error("give exactly one of \"text\" and \"html\"");
  if (!request.document.date.empty() && !is_valid_date(request.document.date)) {
    return Status::Error(fmt::format("\"date\" must be YYYY-MM-DD, got \"{}\"", request.document.date));
  }
  return request;
}

Status store_document(ServerContext& context, const StoredDocument& document) {
  std::lock_guard lock(context.writer_mutex);
  if (!context.writer) {
    auto opened = open_store(context.options.db, StoreOptions{});
    if (!opened.ok()) return opened.status();
    context.writer = std::move(opened).value();
  }
  return context.writer->write({document});
}

std::string coded_json(const Document& doc, const CodedDocument& coded, bool stored) {
  std::string out = "{\"doc_id\":";
  append_json_string(out, doc.id);
  out += ",\"date\":";
  doc.date.empty() ? void(out += "null") : append_json_string(out, doc.date);
  out += fmt::format(",\"stored\":{},\"sentences\":[", stored);
  for (size_t i = 0; i < coded.sentences.size(); ++i) {
    const Span& s = coded.sentences[i];
    out += fmt::format("{}{{\"index\":{},\"span\":[{},{}],\"text\":", i ? "," : "", i, s.begin, s.end);
    append_json_string(out, std::string_view(doc.text).substr(s.begin, s.size()));
    out += '}';
  }
  out += "],\"events\":[";
  std::string line;
  for (const Event& e : coded.events) {
    line.clear();
    append_event_jsonl(line, e);
    line.pop_back();  // the newline
    out += out.back() == '[' ? line : "," + line;
  }
  return out + "]}";
}

}  // namespace

Reply serve_code(ServerContext& context, const ApiRequest& request) {
  if (auto refused = check_access(context, request)) return *refused;
  auto parsed = parse_body(request.body);
  if (!parsed.ok()) return error_reply(400, parsed.status().message());
  CodeRequest& r = parsed.value();
  r.document.path = "api";
  bool named = !r.document.id.empty();
  InputItem item = prepare_document(RawDocument{std::move(r.document), r.is_html}, IngestOptions{});
  if (auto* failure = std::get_if<FailedDocument>(&item)) return error_reply(422, failure->error);
  Document& doc = std::get<Document>(item);
  if (!named) doc.id = "api-" + content_hash(doc).substr(content_hash(doc).find(':') + 1);
  CodedDocument coded = Engine(context.lexicon).code(doc);
  if (r.store) {
    if (Status st = store_document(context, to_stored_document(doc, coded)); !st.ok()) {
      return error_reply(500, "the document was coded but not stored: " + st.message());
    }
  }
  return json_reply(coded_json(doc, coded, r.store));
}

}  // namespace dyad::server
