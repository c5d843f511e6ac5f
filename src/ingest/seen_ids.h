// The document ids read so far in one run, to refuse a second document with
// an id already used (the store keeps one document per id; a quiet overwrite
// would lose the first). Kept as 64-bit hashes in an open-addressing table at
// most half full, 16 to 32 bytes a document: 32 MB for a million documents.
// Two different ids with the same hash would be taken for one; for a
// million documents the odds are about 1 in 4 x 10^7.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::ingest {

class SeenIds {
 public:
  // False when `id` was seen before; else remembers it.
  bool insert(std::string_view id);

 private:
  void grow();
  bool insert_hash(uint64_t hash);

  std::vector<uint64_t> slots_;  // 0: empty (a hash of 0 is stored as 1)
  size_t used_ = 0;
};

}  // namespace dyad::ingest
