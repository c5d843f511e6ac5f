// The coder on one sentence (or a few): with the bundled dictionaries, any
// clean text codes into events that point at real sentences and actors.
#include <cstddef>
#include <cstdint>
#include <memory>

#include "dyad/engine.h"
#include "dyad/ingest.h"
#include "fuzz_support.h"

namespace {

const dyad::Engine* engine = nullptr;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  auto lexicon = dyad::load_lexicon(dyad::LexiconOptions{});
  if (!lexicon.ok()) {
    std::fprintf(stderr, "cannot load dictionaries: %s\n", lexicon.status().message().c_str());
    std::abort();
  }
  engine = new dyad::Engine(lexicon.value());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad;
  auto clean = clean_utf8(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!clean.ok()) return 0;
  Document doc;
  doc.id = "fuzz";
  doc.date = "2024-06-19";
  doc.text = std::move(clean.value());
  CodedDocument coded = engine->code(doc);
  for (const Event& e : coded.events) {
    DYAD_FUZZ_CHECK(e.sentence >= 0 && static_cast<size_t>(e.sentence) < coded.sentences.size(),
                    "an event's sentence exists");
    Span s = coded.sentences[static_cast<size_t>(e.sentence)];
    DYAD_FUZZ_CHECK(e.span.begin == s.begin && e.span.end == s.end, "an event spans its sentence");
    DYAD_FUZZ_CHECK(e.text == doc.text.substr(s.begin, s.size()), "an event's text is its sentence");
    DYAD_FUZZ_CHECK(e.code.size() >= 2 && e.root == e.code.substr(0, 2), "the root is the code's");
    DYAD_FUZZ_CHECK(e.quad_class >= 1 && e.quad_class <= 4, "quad class 1-4");
    DYAD_FUZZ_CHECK(!e.source.code.empty() && !e.target.code.empty(), "both actors are coded");
  }
  return 0;
}
