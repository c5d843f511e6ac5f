// Turning coded documents and failures into what the store keeps.
#include <fmt/format.h>

#include <cstdint>
#include <string_view>

#include "dyad/store.h"

namespace dyad {
namespace {

// FNV-1a, 64 bits: fast, dependency-free, and enough to tell whether the
// document stored under an id is the one being coded again.
class Fnv1a64 {
 public:
  // Each field is length-prefixed, so ("ab", "c") and ("a", "bc") differ.
  void add_field(std::string_view bytes) {
    add_bytes(fmt::format("{}:", bytes.size()));
    add_bytes(bytes);
  }
  uint64_t digest() const { return hash_; }

 private:
  void add_bytes(std::string_view bytes) {
    for (unsigned char c : bytes) {
      hash_ ^= c;
      hash_ *= 0x100000001b3ull;
    }
  }
  uint64_t hash_ = 0xcbf29ce484222325ull;
};

}  // namespace

std::string content_hash(const Document& document) {
  Fnv1a64 hash;
  for (const std::string* field : {&document.id, &document.date, &document.title, &document.url,
                                   &document.source, &document.text}) {
    hash.add_field(*field);
  }
  return fmt::format("fnv1a64:{:016x}", hash.digest());
}

std::string raw_hash(const Document& raw_document) {
  Fnv1a64 hash;
  hash.add_field(raw_document.id);
  hash.add_field(raw_document.text);
  return fmt::format("raw-fnv1a64:{:016x}", hash.digest());
}

StoredDocument to_stored_document(const Document& document, const CodedDocument& coded) {
  StoredDocument stored;
  stored.id = document.id;
  stored.path = document.path;
  stored.line = document.line;
  stored.url = document.url;
  stored.source = document.source;
  stored.title = document.title;
  stored.date = document.date;
  stored.content_hash = content_hash(document);
  stored.sentences.reserve(coded.sentences.size());
  for (const Span& span : coded.sentences) {
    stored.sentences.push_back({span, document.text.substr(span.begin, span.size())});
  }
  stored.events = coded.events;
  return stored;
}

StoredDocument to_stored_document(const FailedDocument& failure) {
  StoredDocument stored;
  stored.id = failure.doc_id;
  if (stored.id.empty()) {
    stored.id = failure.line ? fmt::format("{}:{}", failure.path, failure.line) : failure.path;
  }
  stored.path = failure.path;
  stored.line = failure.line;
  stored.error = failure.error.empty() ? "unreadable document" : failure.error;
  return stored;
}

}  // namespace dyad
