// Linked against dyad_core alone (not libdyad): the coder and its lexicon
// work without the store's (SQLite, libpq) or the HTML parser's (gumbo)
// libraries. This file building and linking is half the test.
#include <gtest/gtest.h>

#include "dyad/engine.h"
#include "dyad/ingest.h"
#include "dyad/lexicon.h"
#include "dyad/output.h"

namespace dyad {
namespace {

TEST(CoreOnly, CodesACleanedDocumentIntoEventsMdJson) {
  auto lexicon = load_lexicon(LexiconOptions{});
  ASSERT_TRUE(lexicon.ok()) << lexicon.status().message();
  auto text = clean_utf8("Russia sent troops to Ukraine.");
  ASSERT_TRUE(text.ok());
  Document doc{"core", "-", 0, "2024-01-02", "", "", "", text.value()};
  CodedDocument coded = Engine(lexicon.value()).code(doc);
  ASSERT_EQ(coded.events.size(), 1u);
  std::string line;
  append_event_jsonl(line, coded.events[0]);
  EXPECT_NE(line.find("\"country\":\"RUS\""), std::string::npos) << line;
  EXPECT_NE(line.find("\"date\":\"2024-01-02\""), std::string::npos) << line;
}

}  // namespace
}  // namespace dyad
