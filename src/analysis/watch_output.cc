// Watch items as JSON Lines and CSV (docs/ANALYSIS.md).
#include "analysis/render.h"
#include "dyad/analysis_output.h"

namespace dyad {
namespace {

using analysis::json_key;
using analysis::json_string_field;

void append_evidence(std::string& out, const std::vector<WatchEvidence>& evidence) {
  out += '[';
  for (size_t i = 0; i < evidence.size(); ++i) {
    const WatchEvidence& e = evidence[i];
    out += i ? ",{" : "{";
    json_string_field(out, "doc_id", e.doc_id, true);
    out += fmt::format(",\"sentence\":{}", e.sentence);
    json_string_field(out, "date", e.date);
    json_string_field(out, "modality", modality_name(e.modality));
    json_string_field(out, "code", e.code);
    out += '}';
  }
  out += ']';
}

void append_condition(std::string& out, const std::optional<WatchCondition>& c) {
  json_key(out, "condition");
  if (!c) {
    out += "null";
    return;
  }
  out += '{';
  json_string_field(out, "source", c->source, true);
  json_string_field(out, "target", c->target);
  json_string_field(out, "root", c->root);
  json_string_field(out, "code", c->code);
  json_string_field(out, "status", watch_status_name(c->status));
  json_key(out, "evidence");
  append_evidence(out, c->evidence);
  out += '}';
}

}  // namespace

void append_watch_jsonl(std::string& out, const WatchItem& w) {
  out += fmt::format("{{\"watch_id\":{}", w.id);
  json_string_field(out, "kind", watch_kind_name(w.kind));
  json_string_field(out, "status", watch_status_name(w.status));
  json_string_field(out, "source", w.source);
  json_string_field(out, "target", w.target);
  json_string_field(out, "root", w.root);
  json_string_field(out, "code", w.code);
  json_string_field(out, "modality", modality_name(w.modality));
  json_key(out, "stated");
  out += '{';
  json_string_field(out, "doc_id", w.stated.doc_id, true);
  out += fmt::format(",\"sentence\":{}", w.stated.sentence);
  json_string_field(out, "date", w.stated.date);
  json_string_field(out, "text", w.stated.text);
  out += '}';
  json_key(out, "evidence");
  append_evidence(out, w.evidence);
  append_condition(out, w.condition);
  out += "}\n";
}

std::string watch_csv_header() {
  return "watch_id,kind,status,source,target,root,code,modality,doc_id,sentence,date,evidence,"
         "first_evidence_date,condition_source,condition_target,condition_root,condition_code,"
         "condition_status,text\n";
}

void append_watch_csv(std::string& out, const WatchItem& w) {
  const WatchCondition none;
  const WatchCondition& c = w.condition ? *w.condition : none;
  analysis::append_csv_line(
      out, {std::to_string(w.id), watch_kind_name(w.kind), watch_status_name(w.status), w.source,
            w.target, w.root, w.code, modality_name(w.modality), w.stated.doc_id,
            std::to_string(w.stated.sentence), w.stated.date, std::to_string(w.evidence.size()),
            w.evidence.empty() ? "" : w.evidence.front().date, c.source, c.target, c.root, c.code,
            w.condition ? watch_status_name(c.status) : "", w.stated.text});
}

}  // namespace dyad
