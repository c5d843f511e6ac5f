// The store's document writer on SQLite (a file in the scratch folder):
// documents built from the input, wild fields included (NaN scores, event
// sentences out of range, empty ids, any bytes in text), are written in one
// transaction or refused whole; what is written reads back the same.
#include <fuzzer/FuzzedDataProvider.h>

#include <cmath>
#include <cstddef>
#include <cstdint>

#include "dyad/store.h"
#include "fuzz_support.h"

namespace {

using namespace dyad;

Store* fuzz_store = nullptr;  // the SQLite store every input writes to

Actor make_actor(FuzzedDataProvider& in) {
  Actor a;
  a.text = in.ConsumeRandomLengthString(40);
  a.code = in.ConsumeRandomLengthString(12);
  a.country = in.ConsumeRandomLengthString(4);
  a.org = in.ConsumeRandomLengthString(6);
  a.role = in.ConsumeRandomLengthString(4);
  return a;
}

double make_number(FuzzedDataProvider& in) {
  switch (in.ConsumeIntegralInRange(0, 3)) {
    case 0: return std::nan("");
    case 1: return in.ConsumeBool() ? INFINITY : -INFINITY;
    default: return in.ConsumeFloatingPoint<double>();
  }
}

Event make_event(FuzzedDataProvider& in, const std::string& doc_id, int sentences) {
  Event e;
  e.doc_id = doc_id;
  e.sentence = in.ConsumeIntegralInRange(-1, sentences);
  e.date = in.ConsumeRandomLengthString(12);
  e.date_source = static_cast<DateSource>(in.ConsumeIntegralInRange(0, 2));
  e.date_precision = in.ConsumeRandomLengthString(6);
  e.source = make_actor(in);
  e.target = make_actor(in);
  e.code = in.ConsumeRandomLengthString(5);
  e.root = e.code.substr(0, 2);
  e.quad_class = in.ConsumeIntegral<int>();
  e.goldstein = make_number(in);
  e.modality = static_cast<Modality>(in.ConsumeIntegralInRange(0, 5));
  e.verb = in.ConsumeRandomLengthString(30);
  e.confidence = make_number(in);
  return e;
}

StoredDocument make_document(FuzzedDataProvider& in) {
  StoredDocument d;
  d.id = in.ConsumeRandomLengthString(20);
  d.path = in.ConsumeRandomLengthString(30);
  d.line = in.ConsumeIntegral<int>();
  d.url = in.ConsumeRandomLengthString(30);
  d.title = in.ConsumeRandomLengthString(30);
  d.date = in.ConsumeRandomLengthString(12);
  d.content_hash = in.ConsumeRandomLengthString(24);
  if (in.ConsumeIntegralInRange(0, 4) == 0) d.error = in.ConsumeRandomLengthString(40);
  int sentences = in.ConsumeIntegralInRange(0, 4);
  for (int i = 0; i < sentences; ++i) {
    uint32_t begin = in.ConsumeIntegral<uint32_t>();
    d.sentences.push_back({Span{begin, begin + in.ConsumeIntegralInRange<uint32_t>(0, 100)},
                           in.ConsumeRandomLengthString(80)});
  }
  int events = in.ConsumeIntegralInRange(0, 4);
  for (int i = 0; i < events; ++i) d.events.push_back(make_event(in, d.id, sentences));
  return d;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto opened = open_store((fuzz::scratch_dir() / "store.sqlite").string());
  if (!opened.ok()) {
    std::fprintf(stderr, "cannot open the store: %s\n", opened.status().message().c_str());
    std::abort();
  }
  fuzz_store = std::move(opened).value().release();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  FuzzedDataProvider in(data, size);
  std::vector<StoredDocument> documents;
  int count = in.ConsumeIntegralInRange(1, 3);
  for (int i = 0; i < count; ++i) documents.push_back(make_document(in));
  auto before = fuzz_store->counts();
  DYAD_FUZZ_CHECK(before.ok(), "counts are readable");
  Status written = fuzz_store->write(documents);
  if (!written.ok()) {
    auto after = fuzz_store->counts();
    DYAD_FUZZ_CHECK(after.ok(), "counts are readable after a refused write");
    DYAD_FUZZ_CHECK(after.value().events == before.value().events &&
                        after.value().documents == before.value().documents &&
                        after.value().failed_documents == before.value().failed_documents,
                    "a refused write stores nothing");
    return 0;
  }
  const StoredDocument& last = documents.back();  // the last of an id wins
  size_t events = 0;
  Status read = fuzz_store->query(EventFilter{.doc_id = last.id}, [&](const StoredEvent& e) {
    DYAD_FUZZ_CHECK(e.event.doc_id == last.id, "the filter holds");
    ++events;
    return Status::Ok();
  });
  DYAD_FUZZ_CHECK(read.ok(), "a stored document's events are readable");
  DYAD_FUZZ_CHECK(events == last.events.size(), "every event of the document is stored");
  if (!last.failed() && !last.content_hash.empty()) {
    auto stored = fuzz_store->is_stored(last.id, last.content_hash);
    DYAD_FUZZ_CHECK(stored.ok() && stored.value(), "the document is found by its hash");
  }
  return 0;
}
