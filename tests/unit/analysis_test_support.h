// Shared by the analysis tests: a fresh store per test on each backend
// (SQLite always, PostgreSQL when DYAD_TEST_PG names a server, as in
// store_test.cc), documents of one event per sentence, and readable
// descriptions of stories.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "dyad/analysis.h"
#include "dyad/store.h"
#include "store_test_support.h"

namespace dyad::testing {

class AnalysisTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres" && !test_postgres_location()) {
      GTEST_SKIP() << "DYAD_TEST_PG is not set; scripts/pg-test-cluster runs these with a server";
    }
    scratch_ = std::make_unique<ScratchStore>(GetParam());
    ASSERT_EQ(scratch_->setup_error(), "");
    store_ = open(StoreOptions{});
    ASSERT_TRUE(store_);
  }

  std::unique_ptr<Store> open(const StoreOptions& options) {
    auto store = open_store(scratch_->location(), options);
    EXPECT_TRUE(store.ok()) << store.status().message();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  void write(const std::vector<StoredDocument>& documents) {
    Status st = store_->write(documents);
    ASSERT_TRUE(st.ok()) << st.message();
  }

  // An event of `source` on `target` (countries) with the quad class and
  // Goldstein value of its root (so that series can be checked).
  static Event event(const std::string& source, const std::string& target, const std::string& code,
                     const std::string& date, Modality modality = Modality::kAsserted) {
    Event e = make_event(source, target, code, modality, date);
    int root = std::stoi(code.substr(0, 2));
    e.quad_class = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
    e.goldstein = root <= 8 ? 2.5 : -4.0;
    return e;
  }

  // A document of one sentence per event, dated `date`, from `outlet`.
  static StoredDocument doc(const std::string& id, const std::string& date,
                            const std::string& outlet, std::vector<Event> events) {
    const int sentences = std::max<int>(1, static_cast<int>(events.size()));
    StoredDocument d = make_document(id, std::move(events), sentences);
    d.date = date;
    d.source = outlet;
    return d;
  }

  std::vector<Story> stories(const EventFilter& filter = {}) {
    auto found = list_stories(*store_, filter);
    EXPECT_TRUE(found.ok()) << found.status().message();
    return found.ok() ? found.value() : std::vector<Story>{};
  }

  // "RUS->PRK 05 2024-06-19..2024-06-21 [a,b,c]": a story's triple, dates
  // and the documents of its mentions, in mention order.
  static std::string describe(const Story& s) {
    std::string out = s.source + "->" + s.target + " " + s.root + " " + s.first_date + ".." +
                      s.last_date + " [";
    for (size_t i = 0; i < s.mentions.size(); ++i) out += (i ? "," : "") + s.mentions[i].doc_id;
    return out + "]";
  }
  std::vector<std::string> described(const EventFilter& filter = {}) {
    std::vector<std::string> out;
    for (const Story& s : stories(filter)) out.push_back(describe(s));
    return out;
  }

  // The story ids the store gave the events of a document, in order.
  std::vector<int64_t> story_ids_of(const std::string& doc_id) {
    std::vector<int64_t> ids;
    Status st = store_->query(EventFilter{.doc_id = doc_id}, [&](const StoredEvent& e) {
      ids.push_back(e.story_id);
      return Status::Ok();
    });
    EXPECT_TRUE(st.ok()) << st.message();
    return ids;
  }

  std::unique_ptr<ScratchStore> scratch_;
  std::unique_ptr<Store> store_;
};

}  // namespace dyad::testing
