#include "seen_ids.h"

#include <functional>

namespace dyad::ingest {

bool SeenIds::insert(std::string_view id) {
  uint64_t hash = std::hash<std::string_view>{}(id);
  if (hash == 0) hash = 1;
  if ((used_ + 1) * 2 > slots_.size()) grow();
  return insert_hash(hash);
}

bool SeenIds::insert_hash(uint64_t hash) {
  size_t mask = slots_.size() - 1;
  // std::hash mixes its bits, so the low bits index the table well.
  for (size_t i = hash & mask;; i = (i + 1) & mask) {
    if (slots_[i] == hash) return false;
    if (slots_[i] == 0) {
      slots_[i] = hash;
      ++used_;
      return true;
    }
  }
}

void SeenIds::grow() {
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, 0);
  used_ = 0;
  for (uint64_t hash : old)
    if (hash != 0) insert_hash(hash);
}

}  // namespace dyad::ingest
