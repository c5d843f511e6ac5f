// The HTML reader: markup measured, parsed under budget, article extracted,
// text cleaned. A page is a document or a failure with a reason.
#include <cstddef>
#include <cstdint>

#include "dyad/ingest.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad;
  std::string page(reinterpret_cast<const char*>(data), size);
  Result<HtmlArticle> article = extract_article(page);
  if (article.ok()) {
    DYAD_FUZZ_CHECK(article.value().date.empty() || is_valid_date(article.value().date),
                    "page dates are valid");
  } else {
    DYAD_FUZZ_CHECK(!article.status().message().empty(), "a refusal says why");
  }
  // Budgets passed at once: the abandoned parse must free all it held
  // (LeakSanitizer checks).
  HtmlLimits tight;
  tight.max_parser_bytes = 64 << 10;
  tight.max_parse_seconds = 0;
  Result<HtmlArticle> abandoned = extract_article(page, tight);
  DYAD_FUZZ_CHECK(abandoned.ok() || !abandoned.status().message().empty(), "a refusal says why");
  RawDocument raw;
  raw.document.id = "page";
  raw.document.path = "page.html";
  raw.document.text = std::move(page);
  raw.is_html = true;
  InputItem item = prepare_document(std::move(raw), IngestOptions{});
  if (const auto* doc = std::get_if<Document>(&item)) {
    DYAD_FUZZ_CHECK(!doc->text.empty(), "a document has text");
    DYAD_FUZZ_CHECK(clean_utf8(doc->text).ok(), "the article text is clean UTF-8");
  } else {
    DYAD_FUZZ_CHECK(!std::get<FailedDocument>(item).error.empty(), "a failure says why");
  }
  return 0;
}
