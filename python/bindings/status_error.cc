#include "status_error.h"

#include <pybind11/pybind11.h>

namespace py = pybind11;

namespace dyad::python {
namespace {

const char* error_class_of(StatusKind kind) {
  switch (kind) {
    case StatusKind::kInvalidArgument: return "InvalidArgumentError";
    case StatusKind::kNotFound: return "NotFoundError";
    case StatusKind::kInvalidData: return "DataError";
    case StatusKind::kIoError: return "IoError";
    case StatusKind::kUnavailable: return "UnavailableError";
    case StatusKind::kOk:
    case StatusKind::kError: break;
  }
  return "Error";
}

}  // namespace

void raise_error(const char* error_class, const std::string& message) {
  py::object type = py::module_::import("dyad.errors").attr(error_class);
  // A message may quote bytes that are not UTF-8 (a file name): replaced, not fatal.
  auto text = py::reinterpret_steal<py::object>(
      PyUnicode_DecodeUTF8(message.data(), static_cast<Py_ssize_t>(message.size()), "replace"));
  PyErr_SetObject(type.ptr(), text.ptr());
  throw py::error_already_set();
}

void raise_status(const Status& status, const std::string& prefix) {
  raise_error(error_class_of(status.kind()), prefix + status.message());
}

}  // namespace dyad::python
