#include "input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <memory>

namespace dyad::ingest {

Result<std::string> special_file_kind(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return Status::Error(std::strerror(errno));
  if (S_ISREG(st.st_mode)) return std::string();
  if (S_ISFIFO(st.st_mode)) return std::string("a FIFO");
  if (S_ISSOCK(st.st_mode)) return std::string("a socket");
  if (S_ISCHR(st.st_mode)) return std::string("a character device");
  if (S_ISBLK(st.st_mode)) return std::string("a block device");
  if (S_ISDIR(st.st_mode)) return std::string("a folder");
  return std::string("not a regular file");
}

Result<std::unique_ptr<InputFile>> InputFile::open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return Status::Error(std::strerror(errno));
  // Blocking reads from here on: a FIFO without a writer reads as empty,
  // one with a writer waits for its data like any pipe.
  int flags = ::fcntl(fd, F_GETFL);
  if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) < 0) {
    int error = errno;
    ::close(fd);
    return Status::Error(std::strerror(error));
  }
  return std::unique_ptr<InputFile>(new InputFile(fd));
}

InputFile::~InputFile() { ::close(fd_); }

InputFile::int_type InputFile::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  ssize_t n;
  do {
    n = ::read(fd_, buffer_, sizeof buffer_);
  } while (n < 0 && errno == EINTR);
  if (n <= 0) {
    read_error_ = n < 0;
    return traits_type::eof();
  }
  setg(buffer_, buffer_, buffer_ + n);
  return traits_type::to_int_type(*gptr());
}

InputFile::pos_type InputFile::seekpos(pos_type position, std::ios_base::openmode) {
  if (::lseek(fd_, static_cast<off_t>(position), SEEK_SET) < 0) return pos_type(off_type(-1));
  setg(buffer_, buffer_, buffer_);  // the buffered bytes belong to the old position
  return position;
}

InputFile::pos_type InputFile::seekoff(off_type offset, std::ios_base::seekdir dir, std::ios_base::openmode which) {
  if (dir != std::ios_base::beg) return pos_type(off_type(-1));
  return seekpos(pos_type(offset), which);
}

Status InputStream::open(const std::string& path) {
  close();
  if (path == "-") {
    stream_ = &std::cin;
    return Status::Ok();
  }
  auto file = InputFile::open(path);
  if (!file.ok()) return Status::Error("cannot open: " + file.status().message());
  file_ = std::move(file).value();
  owned_ = std::make_unique<std::istream>(file_.get());
  stream_ = owned_.get();
  return Status::Ok();
}

void InputStream::close() {
  owned_.reset();
  file_.reset();
  stream_ = nullptr;
}

}  // namespace dyad::ingest
