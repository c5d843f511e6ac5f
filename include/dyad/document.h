// A document as the coder sees it: cleaned UTF-8 text plus where it came from.
#pragma once

#include <cstdint>
#include <string>

namespace dyad {

struct Document {
  std::string id;      // stable identifier: JSONL "id", else the file name stem
  std::string path;    // input path, "-" for standard input
  int line = 0;        // 1-based line in a JSON Lines file, 0 otherwise
  std::string date;    // YYYY-MM-DD, or empty when unknown
  std::string title;
  std::string url;
  std::string source;
  std::string text;    // cleaned, NFC-normalised UTF-8; all offsets are bytes into it
};

// A document that could not be read; listed on stderr and in --failed.
struct FailedDocument {
  std::string doc_id;  // may be empty when no id could be read
  std::string path;
  int line = 0;        // 1-based JSONL line, 0 when not applicable
  std::string error;
};

// Byte range [begin, end) in Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
};

}  // namespace dyad
