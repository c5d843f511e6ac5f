// Stories as JSON Lines and CSV (docs/ANALYSIS.md).
#include "analysis/render.h"
#include "dyad/analysis_output.h"

namespace dyad {

using analysis::json_key;
using analysis::json_string_field;

void append_story_jsonl(std::string& out, const Story& s) {
  out += fmt::format("{{\"story_id\":{}", s.id);
  json_string_field(out, "source", s.source);
  json_string_field(out, "target", s.target);
  json_string_field(out, "root", s.root);
  json_string_field(out, "code", s.code);
  json_string_field(out, "first_date", s.first_date);
  json_string_field(out, "last_date", s.last_date);
  json_string_field(out, "modality", modality_name(s.modality));
  out += fmt::format(",\"documents\":{},\"outlets\":{},\"mentions\":[", s.documents, s.outlets);
  for (size_t i = 0; i < s.mentions.size(); ++i) {
    const StoryMention& m = s.mentions[i];
    out += i ? ",{" : "{";
    json_string_field(out, "doc_id", m.doc_id, true);
    out += fmt::format(",\"sentence\":{}", m.sentence);
    json_string_field(out, "modality", modality_name(m.modality));
    json_string_field(out, "date", m.date);
    json_key(out, "outlet");
    if (m.outlet.empty()) out += "null";
    else append_json_string(out, m.outlet);
    out += '}';
  }
  out += "]}\n";
}

std::string story_csv_header() {
  return "story_id,source,target,root,code,first_date,last_date,modality,documents,outlets,"
         "events\n";
}

void append_story_csv(std::string& out, const Story& s) {
  analysis::append_csv_line(
      out, {std::to_string(s.id), s.source, s.target, s.root, s.code, s.first_date, s.last_date,
            modality_name(s.modality), std::to_string(s.documents), std::to_string(s.outlets),
            std::to_string(s.mentions.size())});
}

}  // namespace dyad
