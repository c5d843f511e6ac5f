// Output written in whole documents: the text of each document is buffered
// here and handed to the stream in large writes that start and end on a
// document boundary (a stream's own buffer may write half a line). A run
// that dies leaves its --out and --failed files with whole lines only.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace dyad::cli {

class WholeWrites {
 public:
  explicit WholeWrites(std::ostream* out) : out_(out) {}

  // Adds one document's text; writes when enough is buffered.
  void add(std::string_view text) {
    if (!out_) return;
    pending_ += text;
    if (pending_.size() >= kWriteBytes) flush();
  }

  // Writes what is buffered; false when the stream failed.
  bool flush() {
    if (!out_) return true;
    out_->write(pending_.data(), static_cast<std::streamsize>(pending_.size()));
    pending_.clear();
    out_->flush();
    return static_cast<bool>(*out_);
  }

 private:
  static constexpr size_t kWriteBytes = 1 << 16;
  std::ostream* out_;
  std::string pending_;
};

}  // namespace dyad::cli
