// dyad's own dictionary format (data/FORMAT.md): the first input byte picks
// the file (actors, agents, verbs, nouns), the rest is its text. Loading
// never crashes: a malformed line is an issue, and the lexicon compiles.
#include <cstddef>
#include <cstdint>
#include <filesystem>

#include "fuzz_support.h"
#include "lexicon/dyad_format.h"
#include "lexicon/lexicon_builder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad;
  if (size == 0) return 0;
  static const char* kFiles[] = {"actors/fuzz.txt", "agents.txt", "verbs.txt", "nouns.txt"};
  std::filesystem::path dir = fuzz::scratch_dir() / "dict";
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  fuzz::write_scratch_file(std::string("dict/") + kFiles[data[0] % 4],
                           std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  lexicon::LexiconBuilder builder;
  Status codebook = builder.load_codebook(default_data_dir() + "/cameo/codes.tsv");
  DYAD_FUZZ_CHECK(codebook.ok(), "the bundled codebook loads");
  Status loaded = lexicon::load_dyad_dictionaries(dir.string(), builder);
  DYAD_FUZZ_CHECK(loaded.ok() || !loaded.message().empty(), "a failure says why");
  for (const LexiconIssue& issue : builder.issues())
    DYAD_FUZZ_CHECK(!issue.message.empty(), "an issue says what is wrong");
  builder.finish();
  return 0;
}
