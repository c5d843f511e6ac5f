// The text reader: a file read, its charset settled, checked as UTF-8,
// normalised. Whatever the bytes, the result is a clean document or a
// failure with a reason.
#include <cstddef>
#include <cstdint>

#include "dyad/ingest.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad;
  std::string path = fuzz::write_scratch_file(
      "input.txt", std::string_view(reinterpret_cast<const char*>(data), size));
  auto source = open_inputs({path}, IngestOptions{});
  size_t items = 0;
  while (auto item = source->next()) {
    ++items;
    if (const auto* failed = std::get_if<FailedDocument>(&*item)) {
      DYAD_FUZZ_CHECK(!failed->error.empty(), "a failure says why");
      continue;
    }
    const Document& doc = std::get<Document>(*item);
    DYAD_FUZZ_CHECK(!doc.text.empty(), "a document has text");
    DYAD_FUZZ_CHECK(doc.text.find('\r') == std::string::npos, "line ends are LF");
    DYAD_FUZZ_CHECK(doc.text.find('\0') == std::string::npos, "no NUL in clean text");
    auto again = clean_utf8(doc.text);
    DYAD_FUZZ_CHECK(again.ok() && again.value() == doc.text, "cleaning is idempotent");
  }
  DYAD_FUZZ_CHECK(items == 1, "one file, one item");
  return 0;
}
