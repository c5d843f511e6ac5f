#include <gtest/gtest.h>

#include "dyad/text.h"

TEST(Smoke, SplitsTwoSentences) {
  EXPECT_EQ(dyad::split_sentences("One. Two.").size(), 2u);
}
