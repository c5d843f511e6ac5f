// The parts of the extension module dyad._core, each adding its classes and
// functions to the module. The Python package (python/dyad/) wraps them; the
// module itself is not a public API.
#pragma once

#include <pybind11/pybind11.h>

namespace dyad::python {

void bind_engine(pybind11::module_& module);  // Engine
void bind_batch(pybind11::module_& module);   // CodedBatch
void bind_store(pybind11::module_& module);   // Store and the analyses
void bind_inputs(pybind11::module_& module);  // how inputs are found and read

}  // namespace dyad::python
