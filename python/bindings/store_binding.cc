// dyad._core.Store: the event store (SQLite or PostgreSQL) and the analyses
// over it. Results come back as JSON Lines bytes in the field names of
// EVENTS.md and docs/ANALYSIS.md (the renderers the CLI uses); the Python
// side turns them into dicts. Store work runs with the GIL released.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>

#include "bindings.h"
#include "coded_batch.h"
#include "dyad/analysis.h"
#include "dyad/analysis_output.h"
#include "dyad/ingest.h"
#include "dyad/output.h"
#include "dyad/store.h"
#include "status_error.h"

namespace py = pybind11;

namespace dyad::python {
namespace {

class PyStore {
 public:
  PyStore(const std::string& location, const StoreOptions& options) {
    Result<std::unique_ptr<Store>> opened = Status::Error("not opened");
    {
      py::gil_scoped_release release;
      opened = open_store(location, options);
    }
    store_ = value_or_raise(std::move(opened));
  }

  // The open store; an error once closed.
  Store& store() {
    if (!store_) raise_error("Error", "the store is closed");
    return *store_;
  }
  void close() { store_.reset(); }

 private:
  std::unique_ptr<Store> store_;
};

// A date filter: "" or YYYY-MM-DD.
std::string checked_date(const std::string& name, const std::string& value) {
  if (!value.empty() && !is_valid_date(value))
    raise_error("InvalidArgumentError", name + " must be YYYY-MM-DD, got \"" + value + "\"");
  return value;
}

// query(**filters): the names of EventFilter's fields; an unknown name is a TypeError.
EventFilter to_filter(const py::dict& filters) {
  EventFilter f;
  for (auto [key, value] : filters) {
    const std::string name = py::str(key);
    if (value.is_none()) continue;
    if (name == "limit") {
      f.limit = value.cast<int64_t>();
      continue;
    }
    std::string* field = name == "source"      ? &f.source
                         : name == "target"    ? &f.target
                         : name == "root"      ? &f.root
                         : name == "code"      ? &f.code
                         : name == "modality"  ? &f.modality
                         : name == "doc_id"    ? &f.doc_id
                         : name == "date_from" ? &f.date_from
                         : name == "date_to"   ? &f.date_to
                                               : nullptr;
    if (!field) throw py::type_error("unknown filter \"" + name + "\"");
    *field = value.cast<std::string>();
  }
  checked_date("date_from", f.date_from);
  checked_date("date_to", f.date_to);
  return f;
}

ModalitySelection to_selection(const std::string& text) {
  auto selection = parse_modality_selection(text);
  if (!selection) {
    raise_error("InvalidArgumentError",
                "modality takes facts, all, or modalities separated by commas, got \"" + text + "\"");
  }
  return *selection;
}

// Runs `analyse` without the GIL and renders its value with `render`.
template <class Analyse, class Render>
py::bytes analysed(const Analyse& analyse, const Render& render) {
  std::string out;
  Status status;
  {
    py::gil_scoped_release release;
    auto result = analyse();
    if (result.ok()) out = render(result.value());
    else status = result.status();
  }
  check(status);
  return py::bytes(out);
}

template <class T, class Append>
auto lines_of(const Append& append) {
  return [append](const std::vector<T>& rows) {
    std::string out;
    for (const T& row : rows) append(out, row);
    return out;
  };
}

size_t write_batch(PyStore& self, const CodedBatch& batch, size_t per_transaction) {
  Store& store = self.store();
  per_transaction = std::max<size_t>(1, per_transaction);
  Status status;
  {
    py::gil_scoped_release release;
    for (size_t first = 0; first < batch.items.size() && status.ok(); first += per_transaction)
      status = store.write(batch.stored_documents(first, per_transaction));
  }
  check(status);
  return batch.items.size();
}

// The matching events as EVENTS.md lines, and each one's story (0: none).
py::tuple query(PyStore& self, const py::dict& filters) {
  const EventFilter filter = to_filter(filters);
  Store& store = self.store();
  std::string out;
  std::vector<int64_t> story_ids;
  Status status;
  {
    py::gil_scoped_release release;
    status = store.query(filter, [&](const StoredEvent& e) {
      append_event_jsonl(out, e.event);
      story_ids.push_back(e.story_id);
      return Status::Ok();
    });
  }
  check(status);
  return py::make_tuple(py::bytes(out), story_ids);
}

py::dict counts(PyStore& self) {
  Store& store = self.store();
  Result<StoreCounts> result = Status::Error("not counted");
  {
    py::gil_scoped_release release;
    result = store.counts();
  }
  const StoreCounts c = value_or_raise(std::move(result));
  py::dict out;
  out["documents"] = c.documents;
  out["failed_documents"] = c.failed_documents;
  out["sentences"] = c.sentences;
  out["events"] = c.events;
  return out;
}

py::bytes stories(PyStore& self, const py::dict& filters) {
  const EventFilter filter = to_filter(filters);
  Store& store = self.store();
  return analysed([&] { return list_stories(store, filter); }, lines_of<Story>(append_story_jsonl));
}

py::bytes watch(PyStore& self, const py::dict& filters, const std::string& as_of,
                const std::string& threats_path) {
  WatchOptions options{.filter = to_filter(filters), .as_of = checked_date("as_of", as_of)};
  options.threats = value_or_raise(load_threat_table(threats_path.empty() ? default_threat_table_path()
                                                                          : threats_path));
  Store& store = self.store();
  return analysed([&] { return watch_list(store, options); },
                  lines_of<WatchItem>(append_watch_jsonl));
}

Period to_period(const std::string& by) {
  if (by == "day") return Period::kDay;
  if (by == "week") return Period::kWeek;
  if (by == "month") return Period::kMonth;
  if (by == "year") return Period::kYear;
  raise_error("InvalidArgumentError", "by takes day, week, month or year, got \"" + by + "\"");
}

SeriesUnit to_unit(const std::string& count) {
  if (count == "stories") return SeriesUnit::kStories;
  if (count == "events") return SeriesUnit::kEvents;
  raise_error("InvalidArgumentError", "count takes stories or events, got \"" + count + "\"");
}

py::bytes series(PyStore& self, const py::dict& filters, const std::string& by,
                 const std::string& count, const std::string& modality) {
  const SeriesOptions options{.filter = to_filter(filters), .by = to_period(by),
                              .count = to_unit(count), .modalities = to_selection(modality)};
  Store& store = self.store();
  return analysed([&] { return time_series(store, options); },
                  lines_of<SeriesRow>(append_series_jsonl));
}

py::bytes trends_of(PyStore& self, const std::string& as_of) {
  const TrendOptions options{.as_of = checked_date("as_of", as_of)};
  Store& store = self.store();
  return analysed([&] { return trends(store, options); }, lines_of<Trend>(append_trend_jsonl));
}

// Nodes are named from the bundled actor dictionaries; by code when they cannot be read.
py::bytes network(PyStore& self, const py::dict& filters, const std::string& modality) {
  const NetworkOptions options{.filter = to_filter(filters), .modalities = to_selection(modality)};
  auto names = load_entity_names(default_data_dir());
  const EntityNames none;
  const EntityNames& known = names.ok() ? names.value() : none;
  Store& store = self.store();
  return analysed([&] { return event_network(store, options, known); }, network_json);
}

}  // namespace

void bind_store(py::module_& m) {
  py::class_<PyStore>(m, "Store")
      .def(py::init([](const std::string& location, bool read_only, bool keep_stories,
                       int window_days) {
             return std::make_unique<PyStore>(
                 location, StoreOptions{.read_only = read_only, .story_window_days = window_days,
                                        .keep_stories = keep_stories});
           }),
           py::arg("location"), py::arg("read_only"), py::arg("keep_stories"),
           py::arg("window_days"))
      .def("write", &write_batch, py::arg("batch"), py::arg("documents_per_transaction"))
      .def("query", &query, py::arg("filters"))
      .def("counts", &counts)
      .def("schema_version",
           [](PyStore& self) { return value_or_raise(self.store().schema_version()); })
      .def("stories", &stories, py::arg("filters"))
      .def("watch", &watch, py::arg("filters"), py::arg("as_of"), py::arg("threats"))
      .def("series", &series, py::arg("filters"), py::arg("by"), py::arg("count"),
           py::arg("modality"))
      .def("trends", &trends_of, py::arg("as_of"))
      .def("network", &network, py::arg("filters"), py::arg("modality"))
      .def("close", &PyStore::close);
}

}  // namespace dyad::python
