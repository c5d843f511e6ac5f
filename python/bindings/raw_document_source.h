// A DocumentSource over documents already in memory (handed over from
// Python), so they go through the same pipeline as files do.
#pragma once

#include <utility>
#include <vector>

#include "dyad/ingest.h"

namespace dyad::python {

class RawDocumentSource final : public DocumentSource {
 public:
  explicit RawDocumentSource(std::vector<RawItem> items) : items_(std::move(items)) {}

  std::optional<RawItem> next_raw() override {
    if (next_ == items_.size()) return std::nullopt;
    return std::move(items_[next_++]);
  }
  const IngestOptions& options() const override { return options_; }

 private:
  std::vector<RawItem> items_;
  size_t next_ = 0;
  IngestOptions options_;
};

}  // namespace dyad::python
