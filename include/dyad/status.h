// Errors travel as values: a Status (ok, or a kind and a message) or a
// Result<T> holding a value or the Status that explains why there is none.
// No exception crosses the public API.
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace dyad {

// What kind of failure a Status reports, for callers that react to it (the
// Python bindings raise one exception class per kind). kError is the kind of
// Status::Error(message): a failure that names no more specific kind.
enum class StatusKind {
  kOk,
  kError,
  kInvalidArgument,  // a value the caller gave is not acceptable (a bad date, a missing filter)
  kNotFound,         // a file, folder or store that is not there
  kInvalidData,      // input that cannot be read as what it should be (dictionaries, UTF-8, JSON)
  kIoError,          // reading or writing failed
  kUnavailable,      // a server that cannot be reached
};

// "ok", "error", "invalid argument", "not found", "invalid data", "I/O error", "unavailable".
inline const char* status_kind_name(StatusKind kind) {
  switch (kind) {
    case StatusKind::kOk: return "ok";
    case StatusKind::kError: return "error";
    case StatusKind::kInvalidArgument: return "invalid argument";
    case StatusKind::kNotFound: return "not found";
    case StatusKind::kInvalidData: return "invalid data";
    case StatusKind::kIoError: return "I/O error";
    case StatusKind::kUnavailable: return "unavailable";
  }
  return "error";
}

class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(std::string message) { return Status(StatusKind::kError, std::move(message)); }
  static Status InvalidArgument(std::string message) {
    return Status(StatusKind::kInvalidArgument, std::move(message));
  }
  static Status NotFound(std::string message) {
    return Status(StatusKind::kNotFound, std::move(message));
  }
  static Status InvalidData(std::string message) {
    return Status(StatusKind::kInvalidData, std::move(message));
  }
  static Status IoError(std::string message) {
    return Status(StatusKind::kIoError, std::move(message));
  }
  static Status Unavailable(std::string message) {
    return Status(StatusKind::kUnavailable, std::move(message));
  }

  bool ok() const { return kind_ == StatusKind::kOk; }
  StatusKind kind() const { return kind_; }
  const std::string& message() const { return message_; }

 private:
  // A failure always has a message and never the kind kOk.
  Status(StatusKind kind, std::string message)
      : kind_(kind == StatusKind::kOk ? StatusKind::kError : kind), message_(std::move(message)) {
    if (message_.empty()) message_ = "unknown error";
  }
  StatusKind kind_ = StatusKind::kOk;
  std::string message_;
};

template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status error) : data_(std::move(error)) {}  // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T& value() & { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }

 private:
  std::variant<T, Status> data_;
};

}  // namespace dyad
