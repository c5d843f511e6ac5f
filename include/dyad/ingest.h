// Ingest: turns files, folders and standard input into Documents, one at a
// time and in a deterministic order (paths as given, folders walked in sorted
// order, JSON Lines in line order). Unreadable input becomes a FailedDocument;
// reading never stops at a bad document, and never blocks on a FIFO. A
// folder's FIFOs, sockets and devices are failures; so is a second document
// with an id already read from the source (it is named PATH or PATH:LINE).
#pragma once

#include <cstddef>
#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

enum class InputFormat { kAuto, kText, kHtml, kJsonl };

// Parses "auto", "text", "html" or "jsonl".
std::optional<InputFormat> parse_input_format(std::string_view name);

// Bounds on the work one HTML page may cost; a page past one fails with the
// reason. The parser (gumbo) is quadratic in nesting depth, so the markup is
// measured first (tags, and the sum over tags of the nesting depth there);
// the parse itself then runs under a memory and a time budget. A large news
// page has some 30,000 tags; gumbo parses 200,000 in about 0.4 s.
struct HtmlLimits {
  size_t max_tags = 200000;
  uint64_t max_nesting_work = 32u << 20;
  size_t max_parser_bytes = size_t{1} << 30;
  // CPU time of the parsing thread: the last resort, for what the exact
  // limits above do not foresee (neighbours on the machine do not count).
  double max_parse_seconds = 1.0;
};

struct IngestOptions {
  InputFormat format = InputFormat::kAuto;  // kAuto: by file extension
  std::string default_date;                 // --date; YYYY-MM-DD or empty
  size_t max_document_bytes = 16u << 20;    // larger documents (or JSONL lines) fail
  // Files never read, even inside a folder being walked: the caller's own
  // output files (--out, --failed), which would otherwise be read back.
  std::vector<std::string> skip_files;
  HtmlLimits html_limits;
};

using InputItem = std::variant<Document, FailedDocument>;

// A document as read, before cleaning: `document.text` holds the raw body
// (text or HTML bytes), not yet checked or normalised.
struct RawDocument {
  Document document;
  bool is_html = false;
  // From a JSON string: Unicode already, so charset declarations inside the
  // text (a <meta charset>) do not apply.
  bool from_json = false;
};
using RawItem = std::variant<RawDocument, FailedDocument>;

// Cleans a raw document (UTF-8 check, NFC, HTML article extraction) and
// settles its date. Thread-safe: pipelines run it on worker threads.
InputItem prepare_document(RawDocument raw, const IngestOptions& options);

class DocumentSource {
 public:
  virtual ~DocumentSource() = default;
  // The next document as read, or a failure, or nullopt at the end of the input.
  virtual std::optional<RawItem> next_raw() = 0;
  // The next document cleaned (prepare_document applied), or a failure, or nullopt.
  std::optional<InputItem> next();
  virtual const IngestOptions& options() const = 0;
};

// Reads the given paths ("-" is standard input) in order.
std::unique_ptr<DocumentSource> open_inputs(const std::vector<std::string>& paths,
                                            const IngestOptions& options);

// Lines [first_line, first_line + lines) of the JSON Lines file `path` (not
// "-"), the first of which begins at byte `offset`; line numbers are 1-based.
// Yields what open_inputs yields for those lines of the whole file: the same
// documents, ids, failures and line numbers. For spreading one file over
// several workers. (A file with no document at all fails as "empty file"
// only from a piece that starts at its first line and reaches its end.)
std::unique_ptr<DocumentSource> open_jsonl_lines(const std::string& path, uint64_t offset,
                                                 int first_line, int lines,
                                                 const IngestOptions& options);

// The input files of a folder as open_inputs walks it: recursively, sorted,
// only the extensions it reads (.txt .text .html .htm .xhtml .jsonl .ndjson).
// Special files with those extensions (FIFOs, sockets, devices) are listed
// too: reading one fails with the reason, as inside a folder.
Result<std::vector<std::string>> folder_input_files(const std::string& folder);

// The format a file is read in: `requested`, or by its extension for kAuto.
InputFormat input_format_for(const std::string& path, InputFormat requested);

// --- The pieces, exposed for tests and for library users. ---

// A character set a document declares for its bytes, when it is not UTF-8:
// a byte order mark (UTF-16, UTF-32), or for HTML a <meta charset>, a
// Content-Type <meta> or an XML declaration within its first 1024 bytes
// (ASCII and Latin-1 labels mean windows-1252, as in browsers; labels ICU
// does not know are ignored).
struct DeclaredCharset {
  std::string name;       // an ICU converter name; empty: UTF-8, nothing to convert
  size_t bom_length = 0;  // bytes of byte order mark to drop
};
DeclaredCharset declared_charset(std::string_view raw, bool is_html);

// The bytes converted from `charset` to UTF-8 (by ICU); fails on a byte
// sequence the charset does not define.
Result<std::string> convert_to_utf8(std::string_view raw, const DeclaredCharset& charset);

// Checks UTF-8 and returns the text NFC-normalised, with CRLF turned into LF
// and control characters other than tab and newline removed; or why not.
Result<std::string> clean_utf8(std::string_view raw);

struct HtmlArticle {
  std::string text;   // the article body, paragraphs separated by blank lines
  std::string title;
  std::string date;   // YYYY-MM-DD from page metadata, or empty
};
// Keeps the article body of an HTML page and drops its boilerplate; fails
// only when the page is over its limits.
Result<HtmlArticle> extract_article(std::string_view html, const HtmlLimits& limits = {});

// The first YYYY-MM-DD at the start of a file name ("2024-06-21-x.txt"), or empty.
std::string date_from_file_name(std::string_view path);

// "2024-06-19T10:00:00Z", "June 19, 2024", "2024-06-19" -> "2024-06-19"; empty if none.
std::string normalise_date(std::string_view text);

bool is_valid_date(std::string_view yyyy_mm_dd);

}  // namespace dyad
