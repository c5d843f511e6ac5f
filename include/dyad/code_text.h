// Coding one document handed over as a string (raw text or an HTML page),
// the way `dyad code` codes one input document: for library users and the
// Python bindings, which must not go through files or the CLI.
#pragma once

#include <string>

#include "dyad/engine.h"
#include "dyad/ingest.h"
#include "dyad/status.h"

namespace dyad {

// (Every member has an initializer, so designated initializers may name any subset.)
struct TextInput {
  std::string text{};    // raw bytes: plain text, or an HTML page when `html`
  bool html = false;
  std::string date{};    // the document date (YYYY-MM-DD, or any form normalise_date reads);
                         // empty: the HTML page's metadata date, else none
  std::string doc_id{};  // empty: kDefaultTextId
  std::string title{}, url{}, source{};
};

// The id of a document given without one.
inline constexpr const char* kDefaultTextId = "text";

// The input as the reader would hand it to the pipeline: a RawDocument, or an
// error (kInvalidArgument) when the date is not a date.
Result<RawDocument> to_raw_document(const TextInput& input);

struct CodedText {
  Document document;  // cleaned: every offset of `coded` is into document.text
  CodedDocument coded;
};

// Cleans the text as the reader does (UTF-8 check, NFC, HTML article
// extraction, the page's date when none is given) and codes it. A document
// that cannot be read (invalid UTF-8, empty, no article text in the HTML) is
// an error of kind kInvalidData with the message `dyad code` lists it with;
// a bad date is kInvalidArgument.
Result<CodedText> code_text(const Engine& engine, const TextInput& input);

}  // namespace dyad
