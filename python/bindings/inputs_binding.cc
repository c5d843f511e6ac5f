// How `dyad code` finds and reads its inputs, for the Dask runner's plan:
// the files of a folder in the order it reads them, and each file's format.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "bindings.h"
#include "dyad/ingest.h"
#include "status_error.h"

namespace py = pybind11;

namespace dyad::python {
namespace {

const char* format_name(InputFormat format) {
  switch (format) {
    case InputFormat::kJsonl: return "jsonl";
    case InputFormat::kHtml: return "html";
    case InputFormat::kText:
    case InputFormat::kAuto: break;
  }
  return "text";
}

}  // namespace

void bind_inputs(py::module_& m) {
  m.def(
      "folder_input_files",
      [](const std::string& folder) { return value_or_raise(folder_input_files(folder)); },
      py::arg("folder"), "the input files of a folder, in the order `dyad code` reads them");
  m.def(
      "input_format",
      [](const std::string& path) { return format_name(input_format_for(path, InputFormat::kAuto)); },
      py::arg("path"), "\"jsonl\", \"html\" or \"text\": how `dyad code` reads the file");
}

}  // namespace dyad::python
