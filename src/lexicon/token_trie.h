// A trie over token strings: every dictionary phrase compiles into one, and a
// sentence is matched in one left-to-right pass (no loop over patterns).
// Token strings are interned to ids; edges are one hash map keyed by
// (node, token id).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::lexicon {

enum class PhraseKind : uint8_t { kActor, kAgent, kVerb, kNoun };

// What a phrase means. `index` points into the table of its kind.
struct PhrasePayload {
  PhraseKind kind;
  uint32_t index;
  bool proper_name;  // matches only when the first token is capitalised
  bool acronym;      // matches only an all-capitals token ("US", not "us")
  bool after_the = false;  // written "the North": matches only after "the"
};

struct PhraseMatch {
  uint32_t length;  // tokens consumed, skipped hyphens included
  const PhrasePayload* payload;
};

class TokenTrie {
 public:
  static constexpr uint32_t kNoToken = UINT32_MAX;

  // Adds a phrase given as folded tokens (hyphens already removed).
  void add(const std::vector<std::string>& tokens, PhrasePayload payload);

  uint32_t token_id(std::string_view folded) const;

  // Every phrase starting at `start`, visiting token ids in order; ids equal to
  // `skip_id` (the hyphen) are passed over inside a phrase.
  template <typename Visit>
  void match(const std::vector<uint32_t>& ids, size_t start, uint32_t skip_id, Visit&& visit) const {
    uint32_t node = 0;
    for (size_t i = start; i < ids.size(); ++i) {
      if (ids[i] == skip_id && i > start) continue;
      auto edge = edges_.find(edge_key(node, ids[i]));
      if (edge == edges_.end()) return;
      node = edge->second;
      for (const PhrasePayload& payload : payloads_[node])
        visit(PhraseMatch{static_cast<uint32_t>(i - start + 1), &payload});
    }
  }

  size_t phrase_count() const { return phrase_count_; }

  // Transparent hashing: a token is looked up by string_view, with no copy.
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };

 private:
  static uint64_t edge_key(uint32_t node, uint32_t token) {
    return (static_cast<uint64_t>(node) << 32) | token;
  }
  uint32_t intern(const std::string& token);

  std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> ids_;
  std::unordered_map<uint64_t, uint32_t> edges_;
  std::vector<std::vector<PhrasePayload>> payloads_{1};  // per node; node 0 is the root
  size_t phrase_count_ = 0;
};

}  // namespace dyad::lexicon
