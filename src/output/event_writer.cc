// JSON Lines and CSV serialisation of events. Hand-written because it is the
// hottest output path and the format is fixed; escaping follows RFC 8259.
#include <fmt/format.h>

#include <cmath>

#include "dyad/output.h"

namespace dyad {
namespace {

void append_json_string_or_null(std::string& out, const std::string& value) {
  if (value.empty()) out += "null";
  else append_json_string(out, value);
}

// Shortest round-trip representation, always with a decimal point ("8.0");
// null for NaN and infinities, which JSON cannot hold.
void append_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += "null";
    return;
  }
  std::string text = fmt::format("{}", value);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";
  out += text;
}

void append_actor_json(std::string& out, const Actor& actor) {
  out += "{\"text\":";
  append_json_string(out, actor.text);
  out += ",\"code\":";
  append_json_string_or_null(out, actor.code);
  out += ",\"country\":";
  append_json_string_or_null(out, actor.country);
  out += ",\"org\":";
  append_json_string_or_null(out, actor.org);
  out += ",\"role\":";
  append_json_string_or_null(out, actor.role);
  out += '}';
}

// The optional `condition` object of a red line's consequence (EVENTS.md
// allows new optional fields; events without a condition print as before).
void append_condition_json(std::string& out, const EventCondition& c) {
  out += ",\"condition\":{\"source\":";
  append_actor_json(out, c.source);
  out += ",\"target\":";
  append_actor_json(out, c.target);
  out += ",\"code\":";
  append_json_string(out, c.code);
  out += ",\"root\":";
  append_json_string(out, c.root);
  out += ",\"verb\":";
  append_json_string(out, c.verb);
  out += fmt::format(",\"sentence\":{}}}", c.sentence);
}

}  // namespace

void append_csv_field(std::string& out, std::string_view value) {
  if (value.find_first_of(",\"\n\r") == std::string_view::npos) {
    out += value;
    return;
  }
  out += '"';
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

const char* modality_name(Modality modality) {
  switch (modality) {
    case Modality::kAsserted: return "asserted";
    case Modality::kReported: return "reported";
    case Modality::kNegated: return "negated";
    case Modality::kPlanned: return "planned";
    case Modality::kPossible: return "possible";
    case Modality::kRecommended: return "recommended";
  }
  return "asserted";
}

const char* date_source_name(DateSource source) {
  switch (source) {
    case DateSource::kText: return "text";
    case DateSource::kDocument: return "document";
    case DateSource::kNone: return "none";
  }
  return "none";
}

void append_json_string(std::string& out, std::string_view value) {
  out += '"';
  size_t run = 0;  // start of the pending run of characters that need no escape
  for (size_t i = 0; i < value.size(); ++i) {
    char c = value[i];
    if (c != '"' && c != '\\' && static_cast<unsigned char>(c) >= 0x20) continue;
    out.append(value.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default: out += fmt::format("\\u{:04x}", static_cast<int>(static_cast<unsigned char>(c)));
    }
  }
  out.append(value.data() + run, value.size() - run);
  out += '"';
}

void append_event_jsonl(std::string& out, const Event& e) {
  out += "{\"doc_id\":";
  append_json_string(out, e.doc_id);
  out += fmt::format(",\"sentence\":{},\"span\":[{},{}],\"text\":", e.sentence, e.span.begin, e.span.end);
  append_json_string(out, e.text);
  out += ",\"date\":";
  append_json_string_or_null(out, e.date);
  out += ",\"date_source\":";
  append_json_string(out, date_source_name(e.date_source));
  if (!e.date_precision.empty()) {
    out += ",\"date_precision\":";
    append_json_string(out, e.date_precision);
  }
  out += ",\"source\":";
  append_actor_json(out, e.source);
  out += ",\"target\":";
  append_actor_json(out, e.target);
  out += ",\"code\":";
  append_json_string(out, e.code);
  out += ",\"root\":";
  append_json_string(out, e.root);
  out += fmt::format(",\"quad_class\":{},\"goldstein\":", e.quad_class);
  append_number(out, e.goldstein);
  out += ",\"modality\":";
  append_json_string(out, modality_name(e.modality));
  out += ",\"verb\":";
  append_json_string(out, e.verb);
  out += ",\"confidence\":";
  append_number(out, std::round(e.confidence * 100) / 100);
  if (e.condition) append_condition_json(out, *e.condition);
  out += "}\n";
}

std::string csv_header() {
  return "doc_id,sentence,span_start,span_end,text,date,date_source,date_precision,"
         "source_text,source_code,source_country,source_org,source_role,"
         "target_text,target_code,target_country,target_org,target_role,"
         "code,root,quad_class,goldstein,modality,verb,confidence\n";
}

void append_event_csv(std::string& out, const Event& e) {
  auto field = [&](std::string_view v, bool last = false) {
    append_csv_field(out, v);
    out += last ? '\n' : ',';
  };
  field(e.doc_id);
  field(std::to_string(e.sentence));
  field(std::to_string(e.span.begin));
  field(std::to_string(e.span.end));
  field(e.text);
  field(e.date);
  field(date_source_name(e.date_source));
  field(e.date_precision);
  for (const Actor* a : {&e.source, &e.target}) {
    field(a->text);
    field(a->code);
    field(a->country);
    field(a->org);
    field(a->role);
  }
  field(e.code);
  field(e.root);
  field(std::to_string(e.quad_class));
  auto number = [](double value) {  // empty for NaN and infinities
    return std::isfinite(value) ? fmt::format("{}", value) : std::string();
  };
  field(number(e.goldstein));
  field(modality_name(e.modality));
  field(e.verb);
  field(number(std::round(e.confidence * 100) / 100), true);
}

void append_failure_jsonl(std::string& out, const FailedDocument& f) {
  out += "{\"doc_id\":";
  append_json_string_or_null(out, f.doc_id);
  out += ",\"path\":";
  append_json_string(out, f.path);
  out += ",\"line\":";
  out += f.line ? std::to_string(f.line) : "null";
  out += ",\"error\":";
  append_json_string(out, f.error);
  out += "}\n";
}

}  // namespace dyad
