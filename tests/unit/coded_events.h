// Shared fixture for the coder tests: the bundled lexicon loaded once, a
// sentence coded as a one-sentence document, and events named by key
// ("RUS->PRK 05": source entity, target entity, root).
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/engine.h"
#include "dyad/event.h"
#include "dyad/lexicon.h"

namespace dyad::testing {

class CodedEventsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (lexicon_) return;
    auto loaded = load_lexicon(LexiconOptions{});
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    lexicon_ = loaded.value();
  }

  void SetUp() override { ASSERT_NE(lexicon_, nullptr) << "the bundled lexicon did not load"; }

  // Codes `text` as a one-sentence document dated `date`.
  static std::vector<Event> Code(const std::string& text, const std::string& date = "2024-11-20") {
    Document doc{"unit", "-", 1, date, "", "", "", text};
    return Engine(lexicon_).code(doc).events;
  }

  static std::string Key(const Event& e) {
    return e.source.entity() + "->" + e.target.entity() + " " + e.root;
  }

  static const Event* Find(const std::vector<Event>& events, const std::string& key) {
    for (const Event& e : events)
      if (Key(e) == key) return &e;
    return nullptr;
  }

  // The source (target) actor code of the event `key` ("FRA->DEU 11") in
  // `text` dated `date`, or "(missing)" with the coded events for the
  // failure message.
  static std::string SourceCode(const std::string& text, const std::string& date, const std::string& key) {
    auto events = Code(text, date);
    const Event* e = Find(events, key);
    return e ? e->source.code : "(missing) " + Describe(events);
  }
  static std::string TargetCode(const std::string& text, const std::string& date, const std::string& key) {
    auto events = Code(text, date);
    const Event* e = Find(events, key);
    return e ? e->target.code : "(missing) " + Describe(events);
  }

  // The modality of the event `key`, or "(missing)".
  static std::string ModalityOf(const std::vector<Event>& events, const std::string& key) {
    const Event* e = Find(events, key);
    return e ? modality_name(e->modality) : "(missing)";
  }

  // A readable list for failure messages: codes, modality, verb, actors, date.
  static std::string Describe(const std::vector<Event>& events) {
    std::string out = "coded events:";
    if (events.empty()) out += " (none)";
    for (const Event& e : events)
      out += "\n  " + e.source.entity() + "->" + e.target.entity() + " " + e.code + " " +
             modality_name(e.modality) + " (" + e.verb + ") [" + e.source.code + " '" + e.source.text +
             "' -> " + e.target.code + " '" + e.target.text + "'] date=" + e.date + " " +
             date_source_name(e.date_source) + " " + e.date_precision;
    return out;
  }

  static inline std::shared_ptr<const Lexicon> lexicon_;
};

}  // namespace dyad::testing
