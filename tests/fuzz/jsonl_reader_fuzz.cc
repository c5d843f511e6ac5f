// The JSON Lines reader: one item per non-blank line (a document or a
// failure that names its line), never more, never a crash.
#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "dyad/ingest.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string path = fuzz::write_scratch_file("input.jsonl", bytes);
  IngestOptions options;
  options.max_document_bytes = 1 << 16;  // long lines fail too
  auto source = open_inputs({path}, options);
  size_t items = 0;
  int last_line = 0;
  while (auto item = source->next()) {
    ++items;
    if (const auto* failed = std::get_if<FailedDocument>(&*item)) {
      DYAD_FUZZ_CHECK(!failed->error.empty(), "a failure says why");
      DYAD_FUZZ_CHECK(failed->line >= last_line, "lines in order");
      last_line = failed->line;
      continue;
    }
    const Document& doc = std::get<Document>(*item);
    DYAD_FUZZ_CHECK(doc.line > last_line, "lines in order");
    last_line = doc.line;
    DYAD_FUZZ_CHECK(!doc.id.empty(), "every document has an id");
    DYAD_FUZZ_CHECK(doc.date.empty() || is_valid_date(doc.date), "dates are valid");
  }
  size_t lines = static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1;
  DYAD_FUZZ_CHECK(items >= 1 && items <= lines, "at most one item a line");
  return 0;
}
