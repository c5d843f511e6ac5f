#include "token_trie.h"

namespace dyad::lexicon {

uint32_t TokenTrie::intern(const std::string& token) {
  auto [it, inserted] = ids_.emplace(token, static_cast<uint32_t>(ids_.size()));
  return it->second;
}

uint32_t TokenTrie::token_id(std::string_view folded) const {
  auto it = ids_.find(folded);
  return it == ids_.end() ? kNoToken : it->second;
}

void TokenTrie::add(const std::vector<std::string>& tokens, PhrasePayload payload) {
  if (tokens.empty()) return;
  uint32_t node = 0;
  for (const std::string& token : tokens) {
    uint64_t key = edge_key(node, intern(token));
    auto it = edges_.find(key);
    if (it == edges_.end()) {
      it = edges_.emplace(key, static_cast<uint32_t>(payloads_.size())).first;
      payloads_.emplace_back();
    }
    node = it->second;
  }
  for (const PhrasePayload& existing : payloads_[node])
    if (existing.kind == payload.kind && existing.index == payload.index) return;
  payloads_[node].push_back(payload);
  ++phrase_count_;
}

}  // namespace dyad::lexicon
