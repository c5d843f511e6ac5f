// dyad._core.Engine: the lexicon loaded and compiled once, and coding of
// single texts, in-memory documents, files and pieces of JSON Lines files.
// Coding runs with the GIL released.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <tuple>

#include "bindings.h"
#include "coded_batch.h"
#include "dyad/code_text.h"
#include "dyad/engine.h"
#include "dyad/lexicon.h"
#include "dyad/output.h"
#include "raw_document_source.h"
#include "status_error.h"

namespace py = pybind11;

namespace dyad::python {
namespace {

class PyEngine {
 public:
  explicit PyEngine(std::shared_ptr<const Lexicon> lexicon) : engine_(std::move(lexicon)) {}
  const Engine& engine() const { return engine_; }

 private:
  Engine engine_;
};

PyEngine load_engine(const std::vector<std::string>& dict_sources) {
  LexiconOptions options;
  options.dict_sources = dict_sources;
  Result<std::shared_ptr<const Lexicon>> lexicon = Status::Error("not loaded");
  {
    py::gil_scoped_release release;
    lexicon = load_lexicon(options);
  }
  // The CLI says "dyad: cannot load dictionaries: <why>".
  if (!lexicon.ok()) raise_status(lexicon.status(), "cannot load dictionaries: ");
  return PyEngine(std::move(lexicon).value());
}

// A document from Python: (id, text, html, date, title, url, source), text
// or html None when absent, as in a JSON Lines document.
using DocumentFields =
    std::tuple<std::string, std::optional<std::string>, std::optional<std::string>, std::string,
               std::string, std::string, std::string>;

RawItem to_raw_item(const DocumentFields& fields) {
  const auto& [id, text, html, date, title, url, source] = fields;
  if (!text && !html) return FailedDocument{id, "", 0, "no \"text\" or \"html\" string field"};
  TextInput input{.text = text ? *text : *html, .html = !text, .date = date, .doc_id = id,
                  .title = title, .url = url, .source = source};
  auto raw = to_raw_document(input);
  if (!raw.ok()) return FailedDocument{id, "", 0, raw.status().message()};
  return std::move(raw).value();
}

// code(text, ...) -> the events as EVENTS.md JSON Lines (bytes).
py::bytes code_one(const PyEngine& self, const TextInput& input) {
  Result<CodedText> coded = Status::Error("not coded");
  {
    py::gil_scoped_release release;
    coded = code_text(self.engine(), input);
  }
  if (!coded.ok()) {
    const Status& status = coded.status();
    if (status.kind() != StatusKind::kInvalidData) raise_status(status);
    raise_error("DocumentError", status.message() + " (document " +
                                     (input.doc_id.empty() ? kDefaultTextId : input.doc_id) + ")");
  }
  std::string out;
  for (const Event& e : coded.value().coded.events) append_event_jsonl(out, e);
  return py::bytes(out);
}

CodedBatch code_in_memory(const PyEngine& self, const std::vector<DocumentFields>& documents,
                          int threads) {
  std::vector<RawItem> items;
  items.reserve(documents.size());
  for (const DocumentFields& fields : documents) items.push_back(to_raw_item(fields));
  py::gil_scoped_release release;
  RawDocumentSource source(std::move(items));
  return code_source(source, self.engine(), threads);
}

IngestOptions ingest_options(const std::string& date) {
  IngestOptions options;
  options.default_date = date;
  return options;
}

CodedBatch code_files(const PyEngine& self, const std::vector<std::string>& paths,
                      const std::string& date, int threads) {
  if (!date.empty() && !is_valid_date(date))
    raise_error("InvalidArgumentError", "date must be YYYY-MM-DD, got \"" + date + "\"");
  py::gil_scoped_release release;
  auto source = open_inputs(paths, ingest_options(date));
  return code_source(*source, self.engine(), threads);
}

CodedBatch code_jsonl_lines(const PyEngine& self, const std::string& path, uint64_t offset,
                            int first_line, int lines, const std::string& date, int threads) {
  if (first_line < 1 || lines < 0) raise_error("InvalidArgumentError", "lines are numbered from 1");
  py::gil_scoped_release release;
  auto source = open_jsonl_lines(path, offset, first_line, lines, ingest_options(date));
  return code_source(*source, self.engine(), threads);
}

py::dict lexicon_stats(const PyEngine& self) {
  const LexiconStats& s = self.engine().lexicon().stats();
  py::dict out;
  out["actor_entries"] = s.actor_entries;
  out["matcher_phrases"] = s.matcher_phrases;
  out["agent_nouns"] = s.agent_nouns;
  out["verb_patterns"] = s.verb_patterns;
  out["verb_forms"] = s.verb_forms;
  out["event_nouns"] = s.event_nouns;
  out["cameo_codes"] = s.cameo_codes;
  out["load_seconds"] = s.load_seconds;
  return out;
}

}  // namespace

void bind_engine(py::module_& m) {
  py::class_<PyEngine>(m, "Engine")
      .def(py::init(&load_engine), py::arg("dict_sources"))
      .def(
          "code_jsonl",
          [](const PyEngine& self, std::string text, bool html, std::string date,
             std::string doc_id, std::string title, std::string url, std::string source) {
            return code_one(self, TextInput{.text = std::move(text), .html = html,
                                            .date = std::move(date), .doc_id = std::move(doc_id),
                                            .title = std::move(title), .url = std::move(url),
                                            .source = std::move(source)});
          },
          py::arg("text"), py::arg("html"), py::arg("date"), py::arg("doc_id"), py::arg("title"),
          py::arg("url"), py::arg("source"))
      .def("code_documents", &code_in_memory, py::arg("documents"), py::arg("threads"))
      .def("code_files", &code_files, py::arg("paths"), py::arg("date"), py::arg("threads"))
      .def("code_jsonl_lines", &code_jsonl_lines, py::arg("path"), py::arg("offset"),
           py::arg("first_line"), py::arg("lines"), py::arg("date"), py::arg("threads"))
      .def_property_readonly("stats", &lexicon_stats);
}

}  // namespace dyad::python
