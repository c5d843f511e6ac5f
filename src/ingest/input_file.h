// Opening an input path so that reading can never hang: a FIFO is opened
// with O_NONBLOCK (a blocking open waits for a writer for ever), then read
// normally: with no writer it reads as empty at once. Files found inside a
// folder must be regular; FIFOs, sockets and devices there are failures.
#pragma once

#include <istream>
#include <memory>
#include <streambuf>
#include <string>

#include "dyad/status.h"

namespace dyad::ingest {

// "a FIFO", "a socket", "a character device", "a block device", or empty
// for a regular file (symbolic links followed); why it cannot be told, else.
Result<std::string> special_file_kind(const std::string& path);

// A stream buffer over an open file descriptor, which it closes.
class InputFile : public std::streambuf {
 public:
  ~InputFile() override;
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  // Opens `path` for reading; never blocks on a FIFO or device.
  static Result<std::unique_ptr<InputFile>> open(const std::string& path);

  bool read_error() const { return read_error_; }

 protected:
  int_type underflow() override;
  // Absolute positions only (a JSON Lines file read from a piece's offset);
  // -1 for a file that cannot seek (a FIFO).
  pos_type seekpos(pos_type position, std::ios_base::openmode which) override;
  pos_type seekoff(off_type offset, std::ios_base::seekdir dir, std::ios_base::openmode which) override;

 private:
  explicit InputFile(int fd) : fd_(fd) {}
  int fd_;
  bool read_error_ = false;
  char buffer_[1 << 16];
};

// An input path opened as an istream: standard input for "-", else an
// InputFile.
class InputStream {
 public:
  Status open(const std::string& path);
  void close();
  std::istream* stream() const { return stream_; }

 private:
  std::unique_ptr<InputFile> file_;
  std::unique_ptr<std::istream> owned_;
  std::istream* stream_ = nullptr;
};

}  // namespace dyad::ingest
