#include "server/event_json.h"

#include <fmt/format.h>

#include "dyad/output.h"

namespace dyad::server {

void append_event_json(std::string& out, const StoredEvent& stored) {
  append_event_jsonl(out, stored.event);
  out.resize(out.size() - 2);  // append_event_jsonl ends every line with "}\n"
  out += fmt::format(",\"event_id\":{}", stored.id);
  if (stored.story_id != 0) out += fmt::format(",\"story_id\":{}", stored.story_id);
  out += '}';
}

void append_lines_as_array(std::string& out, const std::string& lines) {
  out += '[';
  size_t start = 0;
  while (start < lines.size()) {
    size_t end = lines.find('\n', start);
    if (end == std::string::npos) end = lines.size();
    if (end > start) {
      if (out.back() != '[') out += ',';
      out.append(lines, start, end - start);
    }
    start = end + 1;
  }
  out += ']';
}

}  // namespace dyad::server
