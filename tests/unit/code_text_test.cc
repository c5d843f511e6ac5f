// code_text(): one document handed over as a string, coded as `dyad code`
// codes the same document read from its input.
#include "dyad/code_text.h"

#include <gtest/gtest.h>

#include "dyad/output.h"
#include "dyad/pipeline.h"

namespace dyad {
namespace {

class CodeTextTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = load_lexicon(LexiconOptions{});
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    lexicon_ = loaded.value();
  }
  static std::string jsonl(const std::vector<Event>& events) {
    std::string out;
    for (const Event& e : events) append_event_jsonl(out, e);
    return out;
  }
  // The events of a one-item source of `raw`, through the pipeline.
  static std::string through_pipeline(RawDocument raw) {
    struct One : DocumentSource {
      std::optional<RawDocument> raw;
      IngestOptions ingest;
      std::optional<RawItem> next_raw() override {
        if (!raw) return std::nullopt;
        RawItem item = std::move(*raw);
        raw.reset();
        return item;
      }
      const IngestOptions& options() const override { return ingest; }
    } source;
    source.raw = std::move(raw);
    std::string out;
    code_stream(source, Engine(lexicon_), PipelineOptions{},
                [](const Document&, const CodedDocument& coded, std::string& text) {
                  for (const Event& e : coded.events) append_event_jsonl(text, e);
                },
                [&](InputItem&, CodedDocument*, std::string& text) { out += text; });
    return out;
  }
  static std::shared_ptr<const Lexicon> lexicon_;
};
std::shared_ptr<const Lexicon> CodeTextTest::lexicon_;

TEST_F(CodeTextTest, TextIsCodedAsThePipelineCodesIt) {
  TextInput input{.text = "Russia sent troops to Ukraine. China urged Russia to talk.",
                  .date = "2024-06-19", .doc_id = "d1"};
  auto coded = code_text(Engine(lexicon_), input);
  ASSERT_TRUE(coded.ok()) << coded.status().message();
  EXPECT_EQ(coded.value().document.id, "d1");
  EXPECT_GE(coded.value().coded.events.size(), 2u);
  EXPECT_EQ(jsonl(coded.value().coded.events), through_pipeline(to_raw_document(input).value()));
}

TEST_F(CodeTextTest, HtmlIsCleanedAndDatedFromItsMetadata) {
  TextInput input{.text = "<html><head><meta property='article:published_time' "
                          "content='2024-03-05T08:00:00Z'></head><body><nav>Home</nav><article>"
                          "<p>Russia sent troops to Ukraine.</p></article></body></html>",
                  .html = true};
  auto coded = code_text(Engine(lexicon_), input);
  ASSERT_TRUE(coded.ok()) << coded.status().message();
  EXPECT_EQ(coded.value().document.id, kDefaultTextId);
  EXPECT_EQ(coded.value().document.date, "2024-03-05");
  EXPECT_EQ(coded.value().document.text.find("Home"), std::string::npos);
  ASSERT_EQ(coded.value().coded.events.size(), 1u);
}

TEST_F(CodeTextTest, ADateIsNormalisedOrRefused) {
  auto coded = code_text(Engine(lexicon_), {.text = "Russia sent troops to Ukraine.", .date = "June 19, 2024"});
  ASSERT_TRUE(coded.ok());
  EXPECT_EQ(coded.value().coded.events.at(0).date, "2024-06-19");
  auto bad = code_text(Engine(lexicon_), {.text = "x", .date = "someday"});
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().kind(), StatusKind::kInvalidArgument);
  EXPECT_EQ(bad.status().message(), "bad date \"someday\" (want YYYY-MM-DD)");
}

TEST_F(CodeTextTest, AnUnreadableDocumentIsInvalidData) {
  auto empty = code_text(Engine(lexicon_), {.text = "  \n"});
  ASSERT_FALSE(empty.ok());
  EXPECT_EQ(empty.status().kind(), StatusKind::kInvalidData);
  EXPECT_EQ(empty.status().message(), "empty document");
  // (no byte order mark: "\xff\xfe" would open UTF-16, which is decoded)
  auto binary = code_text(Engine(lexicon_), {.text = std::string("ab\xff\x00x", 5)});
  ASSERT_FALSE(binary.ok());
  EXPECT_EQ(binary.status().kind(), StatusKind::kInvalidData);
}

}  // namespace
}  // namespace dyad
