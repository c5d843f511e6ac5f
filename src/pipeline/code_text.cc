#include "dyad/code_text.h"

namespace dyad {

Result<RawDocument> to_raw_document(const TextInput& input) {
  RawDocument raw;
  raw.is_html = input.html;
  Document& doc = raw.document;
  doc.id = input.doc_id.empty() ? kDefaultTextId : input.doc_id;
  doc.text = input.text;
  doc.title = input.title;
  doc.url = input.url;
  doc.source = input.source;
  if (!input.date.empty()) {
    doc.date = normalise_date(input.date);
    if (doc.date.empty())
      return Status::InvalidArgument("bad date \"" + input.date + "\" (want YYYY-MM-DD)");
  }
  return raw;
}

Result<CodedText> code_text(const Engine& engine, const TextInput& input) {
  auto raw = to_raw_document(input);
  if (!raw.ok()) return raw.status();
  InputItem item = prepare_document(std::move(raw).value(), IngestOptions{});
  if (auto* failure = std::get_if<FailedDocument>(&item)) return Status::InvalidData(failure->error);
  CodedText out;
  out.document = std::move(std::get<Document>(item));
  out.coded = engine.code(out.document);
  return out;
}

}  // namespace dyad
