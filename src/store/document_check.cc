#include "store/document_check.h"

#include <fmt/format.h>

#include <string_view>
#include <unordered_map>

namespace dyad::store {

Status check_document(const StoredDocument& d) {
  if (d.id.empty()) return Status::Error("cannot store a document without an id");
  if (d.failed() && (!d.sentences.empty() || !d.events.empty())) {
    return Status::Error(
        fmt::format("document {}: a failed document has no sentences or events", d.id));
  }
  for (size_t i = 0; i < d.events.size(); ++i) {
    int sentence = d.events[i].sentence;
    if (sentence < 0 || static_cast<size_t>(sentence) >= d.sentences.size()) {
      return Status::Error(fmt::format("document {}: event {} refers to sentence {}, but it has {}",
                                       d.id, i, sentence, d.sentences.size()));
    }
  }
  return Status::Ok();
}

std::vector<const StoredDocument*> last_of_each_id(const std::vector<StoredDocument>& documents) {
  std::unordered_map<std::string_view, size_t> last;
  for (size_t i = 0; i < documents.size(); ++i) last[documents[i].id] = i;
  std::vector<const StoredDocument*> kept;
  kept.reserve(last.size());
  for (size_t i = 0; i < documents.size(); ++i) {
    if (last[documents[i].id] == i) kept.push_back(&documents[i]);
  }
  return kept;
}

}  // namespace dyad::store
