// dyad._core.CodedBatch: a coded batch as Python sees it (counts, the events
// and failures as JSON Lines bytes).
#include <pybind11/pybind11.h>

#include "bindings.h"
#include "coded_batch.h"

namespace py = pybind11;

namespace dyad::python {

void bind_batch(py::module_& m) {
  py::class_<CodedBatch>(m, "CodedBatch")
      .def_property_readonly("items", [](const CodedBatch& b) { return b.items.size(); })
      .def_property_readonly("documents", &CodedBatch::documents)
      .def_property_readonly("failed", &CodedBatch::failed)
      .def_property_readonly("sentences", &CodedBatch::sentences)
      .def_property_readonly("events", &CodedBatch::events)
      .def("events_jsonl", [](const CodedBatch& b) { return py::bytes(b.events_jsonl()); })
      .def("failures_jsonl", [](const CodedBatch& b) { return py::bytes(b.failures_jsonl()); });
}

}  // namespace dyad::python
