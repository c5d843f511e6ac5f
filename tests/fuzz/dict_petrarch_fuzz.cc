// PETRARCH and TABARI dictionaries share dyad's loader (petrarch_format.h);
// this one source is built twice, as dict_petrarch and dict_tabari, with
// seeds from each format. The first input byte picks the kind of file
// (actors, agents, verbs); loading never crashes and the lexicon compiles.
#include <cstddef>
#include <cstdint>

#include "fuzz_support.h"
#include "lexicon/lexicon_builder.h"
#include "lexicon/petrarch_format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace dyad;
  if (size == 0) return 0;
  std::string path = fuzz::write_scratch_file(
      "dictionary.txt", std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  lexicon::LexiconBuilder builder;
  builder.set_allow_unknown_codes(true);
  DYAD_FUZZ_CHECK(builder.load_codebook(default_data_dir() + "/cameo/codes.tsv").ok(),
                  "the bundled codebook loads");
  Status loaded;
  switch (data[0] % 3) {
    case 0: loaded = lexicon::load_petrarch_actors(path, builder); break;
    case 1: loaded = lexicon::load_petrarch_agents(path, builder); break;
    default: loaded = lexicon::load_petrarch_verbs(path, builder); break;
  }
  DYAD_FUZZ_CHECK(loaded.ok() || !loaded.message().empty(), "a failure says why");
  builder.finish();
  return 0;
}
