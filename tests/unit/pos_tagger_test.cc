// The part-of-speech layer: Debian's Lingua::EN::Tagger model decoded with
// Viterbi. Skipped when the model is not installed.
#include "text/pos_tagger.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "dyad/lexicon.h"
#include "dyad/text.h"

namespace dyad::text {
namespace {

class PosTaggerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto loaded = PosModel::load(LexiconOptions{}.pos_model_dir);
    if (loaded.ok()) model_ = std::move(loaded).value().release();
  }
  void SetUp() override {
    if (!model_) GTEST_SKIP() << "no part-of-speech model in " << LexiconOptions{}.pos_model_dir;
  }

  // "word/tag word/tag ..." for a sentence, tokenized as the coder does.
  static std::string Tagged(const std::string& sentence) {
    std::vector<std::string_view> words;
    for (const Token& t : tokenize(sentence, Span{0, static_cast<uint32_t>(sentence.size())}))
      words.push_back(std::string_view(sentence).substr(t.span.begin, t.span.size()));
    std::vector<PosTag> tags = model_->tag(words);
    std::string out;
    for (size_t i = 0; i < words.size(); ++i) {
      if (i) out.push_back(' ');
      out.append(words[i]).append("/").append(pos_tag_name(tags[i]));
    }
    return out;
  }

  static inline PosModel* model_ = nullptr;
};

TEST_F(PosTaggerTest, VerbsOutsideAnyEventDictionaryAreFiniteVerbs) {
  std::string t = Tagged("Yerevan, which bristled at the drills, condemned Baku.");
  EXPECT_NE(t.find("bristled/vbd"), std::string::npos) << t;
  EXPECT_NE(t.find("condemned/vbd"), std::string::npos) << t;
}

TEST_F(PosTaggerTest, NounAndVerbReadingsOfOneWordAreToldApart) {
  std::string noun = Tagged("The attack on the convoy killed four soldiers.");
  std::string verb = Tagged("They attack the convoy at night.");
  EXPECT_NE(noun.find("attack/nn"), std::string::npos) << noun;
  EXPECT_NE(verb.find("attack/vbp"), std::string::npos) << verb;
}

TEST_F(PosTaggerTest, UnknownWordsGetTagsFromTheirShape) {
  std::string t = Tagged("Officials in Kyzylorda were recalibrating the plan.");
  EXPECT_NE(t.find("Kyzylorda/nnp"), std::string::npos) << t;
  EXPECT_NE(t.find("recalibrating/vbg"), std::string::npos) << t;
}

TEST_F(PosTaggerTest, EmptySentenceGivesNoTags) { EXPECT_TRUE(model_->tag({}).empty()); }

TEST(PosModel, MissingModelIsAnError) {
  auto loaded = PosModel::load("/nonexistent/tagger");
  ASSERT_FALSE(loaded.ok());
  EXPECT_NE(loaded.status().message().find("part-of-speech model"), std::string::npos);
}

}  // namespace
}  // namespace dyad::text
