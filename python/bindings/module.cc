// dyad._core: the C++ library seen from Python.
#include "bindings.h"
#include "dyad/lexicon.h"
#include "dyad/version.h"

PYBIND11_MODULE(_core, module) {
  module.doc() = "dyad's C++ library (use the dyad package, not this module)";
  module.attr("__version__") = DYAD_VERSION;
  module.def("default_data_dir", &dyad::default_data_dir,
             "the bundled data folder: $DYAD_DATA, else the one the build was made from");
  dyad::python::bind_engine(module);
  dyad::python::bind_batch(module);
  dyad::python::bind_store(module);
  dyad::python::bind_inputs(module);
}
