// The coder on what a one-sentence construction case cannot express: a
// document of two sentences, and confidence compared between two sentences.
// Sentence-level constructions (SVO, compound actors, passive voice, titles
// and appositions, relative clauses, nominal events, several events in one
// sentence, dated roles, visits, self-pairs, pronouns, capitals as places,
// clause boundaries, sentences with no event) are lines of
// tests/constructions/*.jsonl, run by constructions_test.cc.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/engine.h"
#include "dyad/event.h"
#include "coded_events.h"

namespace {

using dyad::Event;

class CoderDocumentTest : public dyad::testing::CodedEventsTest {};

// Pronouns are not resolved across sentences (ANNOTATION.md 8): the "He" of
// the second sentence gives no event, so every event comes from the first.
TEST_F(CoderDocumentTest, PronounsInASecondSentenceAreNotResolved) {
  dyad::Engine engine(lexicon_);
  dyad::Document doc{"unit", "-", 1, "2024-11-20", "", "", "",
                     "Kim Jong Un arrived in Vladivostok. He met Putin on Wednesday."};
  auto coded = engine.code(doc);
  for (const Event& e : coded.events) EXPECT_EQ(e.sentence, 0) << Describe(coded.events);
}

class ConfidenceTest : public dyad::testing::CodedEventsTest {};

// Confidence falls when the subject is inferred (a pronoun resolved within
// the sentence) or the target stands far from the verb.
TEST_F(ConfidenceTest, InferredSubjectIsLessCertainThanANamedOne) {
  auto named = Code("Russia sent shells to North Korea.");
  auto inferred = Code("Russia said it sent shells to North Korea.");
  const dyad::Event* a = Find(named, "RUS->PRK 07");
  const dyad::Event* b = Find(inferred, "RUS->PRK 07");
  ASSERT_NE(a, nullptr) << Describe(named);
  ASSERT_NE(b, nullptr) << Describe(inferred);
  EXPECT_GT(a->confidence, b->confidence);
  EXPECT_GT(b->confidence, 0.0);
  EXPECT_LE(a->confidence, 1.0);
}

TEST_F(ConfidenceTest, NominalEventsAreLessCertainThanVerbs) {
  auto ev = Code("Seoul condemned North Korea's supply of shells to Russia.");
  const dyad::Event* verb = Find(ev, "KOR->PRK 11");
  const dyad::Event* nominal = Find(ev, "PRK->RUS 07");
  ASSERT_NE(verb, nullptr) << Describe(ev);
  ASSERT_NE(nominal, nullptr) << Describe(ev);
  EXPECT_GT(verb->confidence, nominal->confidence);
}

}  // namespace
