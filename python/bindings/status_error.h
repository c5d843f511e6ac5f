// A failed dyad Status becomes the Python exception of its kind (the classes
// of dyad/errors.py), with the Status's message, the one the CLI prints. The
// library never throws; only these bindings do, and only to Python.
#pragma once

#include <string>
#include <utility>

#include "dyad/status.h"

namespace dyad::python {

// Raises `status` (not ok) as a Python exception, its message after
// `prefix` ("cannot load dictionaries: "). Needs the GIL.
[[noreturn]] void raise_status(const Status& status, const std::string& prefix = "");

// Raises dyad.errors.<error_class>(message). Needs the GIL.
[[noreturn]] void raise_error(const char* error_class, const std::string& message);

inline void check(const Status& status) {
  if (!status.ok()) raise_status(status);
}

template <class T>
T value_or_raise(Result<T> result) {
  if (!result.ok()) raise_status(result.status());
  return std::move(result).value();
}

}  // namespace dyad::python
