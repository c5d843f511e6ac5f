// The store's contract (include/dyad/store.h), run on both backends: SQLite
// always, PostgreSQL when DYAD_TEST_PG names a server (scripts/pg-test-cluster).
#include "dyad/store.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "dyad/output.h"
#include "store/schema.h"
#include "store_test_support.h"

namespace dyad {
namespace {

using testing::make_document;
using testing::make_event;
using testing::ScratchStore;

class Store : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "postgres" && !testing::test_postgres_location()) {
      GTEST_SKIP() << "DYAD_TEST_PG is not set; scripts/pg-test-cluster runs these with a server";
    }
    scratch_ = std::make_unique<ScratchStore>(GetParam());
    ASSERT_EQ(scratch_->setup_error(), "");
    store_ = open(StoreOptions{});
  }

  std::unique_ptr<dyad::Store> open(const StoreOptions& options) {
    auto store = open_store(scratch_->location(), options);
    EXPECT_TRUE(store.ok()) << store.status().message();
    return store.ok() ? std::move(store).value() : nullptr;
  }

  std::vector<StoredEvent> query(const EventFilter& filter = {}) {
    std::vector<StoredEvent> events;
    Status st = store_->query(filter, [&](const StoredEvent& e) {
      events.push_back(e);
      return Status::Ok();
    });
    EXPECT_TRUE(st.ok()) << st.message();
    return events;
  }

  // The doc ids and codes of the events a filter returns, in order.
  std::vector<std::string> matching(const EventFilter& filter) {
    std::vector<std::string> found;
    for (const StoredEvent& e : query(filter)) found.push_back(e.event.doc_id + ":" + e.event.code);
    return found;
  }

  StoreCounts counts() {
    auto c = store_->counts();
    EXPECT_TRUE(c.ok()) << c.status().message();
    return c.ok() ? c.value() : StoreCounts{};
  }

  void write(const std::vector<StoredDocument>& documents) {
    Status st = store_->write(documents);
    ASSERT_TRUE(st.ok()) << st.message();
  }

  std::unique_ptr<ScratchStore> scratch_;
  std::unique_ptr<dyad::Store> store_;
};

std::string jsonl(const Event& e) {
  std::string out;
  append_event_jsonl(out, e);
  return out;
}

TEST_P(Store, CreatesTheSchemaAtTheLatestVersion) {
  auto backend = GetParam() == "sqlite" ? store::Backend::kSqlite : store::Backend::kPostgres;
  ASSERT_TRUE(store_->schema_version().ok());
  EXPECT_EQ(store_->schema_version().value(), store::latest_schema_version(backend));
  EXPECT_EQ(counts().events, 0);
  store_.reset();
  store_ = open(StoreOptions{});  // reopening does not migrate again
  ASSERT_TRUE(store_);
  EXPECT_EQ(store_->schema_version().value(), store::latest_schema_version(backend));
}

TEST_P(Store, KeepsEveryEventField) {
  Event full = make_event("RUS", "PRK", "057", Modality::kReported, "2024-06-19");
  full.source.org = "";
  full.target = Actor{"the \"Alliance\"\t\\ new\nline", "NATO", "", "NATO", "MIL"};
  full.goldstein = -9.5;
  full.confidence = 0.123456789;
  Event sparse = make_event("UKR", "RUS", "0874", Modality::kRecommended, "");
  sparse.source.role = "";
  sparse.verb = "";
  sparse.goldstein = std::numeric_limits<double>::quiet_NaN();  // JSON null
  Event unicode = make_event("KOR", "PRK", "112", Modality::kNegated, "2024-07-01");
  unicode.source.text = "Séoul’s “envoy” — 외교부";
  unicode.date_source = DateSource::kDocument;
  unicode.date_precision = "month";
  StoredDocument doc = make_document("doc-1", {full, sparse, unicode}, 3);
  write({doc});

  std::vector<StoredEvent> read = query();
  ASSERT_EQ(read.size(), 3u);
  for (size_t i = 0; i < read.size(); ++i) {
    EXPECT_EQ(jsonl(read[i].event), jsonl(doc.events[i])) << "event " << i;
    EXPECT_EQ(read[i].event.confidence, doc.events[i].confidence);
    EXPECT_EQ(read[i].doc_url, "https://example.org/doc-1");
    if (i > 0) {
      EXPECT_GT(read[i].id, read[i - 1].id);
    }
  }
  EXPECT_TRUE(std::isnan(read[1].event.goldstein));
}

TEST_P(Store, RewritingADocumentReplacesIt) {
  write({make_document("a", 2), make_document("b", 3)});
  write({make_document("a", 2)});
  StoreCounts c = counts();
  EXPECT_EQ(c.documents, 2);
  EXPECT_EQ(c.events, 5);
  EXPECT_EQ(c.sentences, 4);
  write({make_document("a", 1)});
  EXPECT_EQ(counts().events, 4);
  EXPECT_EQ(matching(EventFilter{.doc_id = "a"}).size(), 1u);
}

TEST_P(Store, TheSameIdTwiceInOneWriteIsStoredOnce) {
  write({make_document("a", 2), make_document("a", 3)});
  EXPECT_EQ(counts().documents, 1);
  EXPECT_EQ(counts().events, 3);
}

TEST_P(Store, IsStoredMatchesStatusAndContentHash) {
  write({make_document("a", 1)});
  EXPECT_TRUE(store_->is_stored("a", "fnv1a64:a").value());
  EXPECT_FALSE(store_->is_stored("a", "fnv1a64:changed").value());
  EXPECT_FALSE(store_->is_stored("b", "fnv1a64:a").value());
}

TEST_P(Store, FailedDocumentsAreRowsWithTheirError) {
  StoredDocument failed = to_stored_document(FailedDocument{"", "in/bad.jsonl", 7, "broken JSON"});
  EXPECT_EQ(failed.id, "in/bad.jsonl:7");
  write({failed, make_document("good", 2)});
  StoreCounts c = counts();
  EXPECT_EQ(c.documents, 1);
  EXPECT_EQ(c.failed_documents, 1);
  EXPECT_FALSE(store_->is_stored("in/bad.jsonl:7", "").value());
  // Coding the document again once it reads replaces the failure.
  write({make_document("in/bad.jsonl:7", 1)});
  EXPECT_EQ(counts().failed_documents, 0);
  EXPECT_EQ(counts().documents, 2);
}

TEST_P(Store, AFailedWriteStoresNothingOfItsDocuments) {
  write({make_document("kept", 2)});
  StoredDocument broken = make_document("broken", 2);
  broken.events[1].sentence = 9;  // no such sentence: the insert fails midway
  Status st = store_->write({make_document("new", 3), make_document("kept", 5), broken});
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("broken"), std::string::npos) << st.message();
  StoreCounts c = counts();
  EXPECT_EQ(c.documents, 1);
  EXPECT_EQ(c.events, 2);              // "kept" as it was, "new" absent
  write({make_document("after", 1)});  // the store is usable after a failed write
  EXPECT_EQ(counts().documents, 2);
}

TEST_P(Store, ManyDocumentsInOneWrite) {
  std::vector<StoredDocument> batch;
  for (int i = 0; i < 1500; ++i) batch.push_back(make_document(fmt::format("d{}", i), 3));
  write(batch);
  StoreCounts c = counts();
  EXPECT_EQ(c.documents, 1500);
  EXPECT_EQ(c.events, 4500);
  EXPECT_EQ(c.sentences, 3000);
}

TEST_P(Store, FiltersEvents) {
  write(
      {make_document("june", {make_event("RUS", "PRK", "071", Modality::kAsserted, "2024-06-19"),
                              make_event("RUS", "PRK", "071", Modality::kPossible, "2024-06-20"),
                              make_event("RUS", "PRK", "057", Modality::kAsserted, "2024-06-21"),
                              make_event("PRK", "RUS", "071", Modality::kAsserted, "2024-06-22")}),
       make_document("may", {make_event("RUS", "PRK", "072", Modality::kAsserted, "2024-05-31"),
                             make_event("RUS", "UKR", "190", Modality::kAsserted, "")})});
  using V = std::vector<std::string>;
  // Every asserted RUS->PRK 07 event since June 2024.
  EXPECT_EQ(matching(EventFilter{.source = "RUS",
                                 .target = "PRK",
                                 .root = "07",
                                 .modality = "asserted",
                                 .date_from = "2024-06-01"}),
            V{"june:071"});
  EXPECT_EQ(matching(EventFilter{.source = "PRK"}), V{"june:071"});
  EXPECT_EQ(matching(EventFilter{.target = "UKR"}), V{"may:190"});
  EXPECT_EQ(matching(EventFilter{.code = "057"}), V{"june:057"});
  EXPECT_EQ(matching(EventFilter{.root = "19"}), V{"may:190"});
  EXPECT_EQ(matching(EventFilter{.modality = "possible"}), V{"june:071"});
  EXPECT_EQ(matching(EventFilter{.doc_id = "may"}), (V{"may:072", "may:190"}));
  EXPECT_EQ(matching(EventFilter{.date_from = "2024-06-20", .date_to = "2024-06-21"}),
            (V{"june:071", "june:057"}));
  EXPECT_EQ(matching(EventFilter{.date_to = "2024-05-31"}), V{"may:072"});  // undated: never
  EXPECT_EQ(matching(EventFilter{.limit = 2}), (V{"june:071", "june:071"}));
  EXPECT_EQ(matching(EventFilter{.limit = 0}), V{});
  EXPECT_EQ(query().size(), 6u);
}

TEST_P(Store, KeysetPagingCodedSinceAndCounts) {
  write({make_document("a", 3), make_document("b", 3)});
  std::vector<StoredEvent> all = query();
  ASSERT_EQ(all.size(), 6u);
  std::vector<StoredEvent> after = query(EventFilter{.limit = 2, .after_id = all[2].id});
  ASSERT_EQ(after.size(), 2u);
  EXPECT_EQ(after[0].id, all[3].id);
  EXPECT_EQ(after[1].id, all[4].id);
  EXPECT_EQ(query(EventFilter{.coded_since = "2000-01-01T00:00:00Z"}).size(), 6u);
  EXPECT_EQ(query(EventFilter{.coded_since = "2999-01-01T00:00:00Z"}).size(), 0u);
  auto total = count_events(*store_, EventFilter{.doc_id = "b", .limit = 1});
  ASSERT_TRUE(total.ok()) << total.status().message();
  EXPECT_EQ(total.value(), 3);  // the limit does not count
  EXPECT_EQ(count_events(*store_, EventFilter{.after_id = all[4].id}).value(), 1);
  EXPECT_EQ(count_events(*store_, EventFilter{.source = "' OR 1=1 --"}).value(), 0);
}

TEST_P(Store, EntitiesAreCountriesOrOrganisations) {
  Event nato = make_event("RUS", "PRK", "111", Modality::kAsserted, "2024-07-10");
  nato.source = Actor{"NATO", "NATO", "", "NATO", ""};
  write({make_document("nato", {nato})});
  EXPECT_EQ(matching(EventFilter{.source = "NATO", .target = "PRK"}).size(), 1u);
  EXPECT_EQ(matching(EventFilter{.source = "RUS"}).size(), 0u);
}

TEST_P(Store, FilterValuesAreDataNeverSql) {
  std::string nasty = "x' OR '1'='1'; DROP TABLE events; --";
  write({make_document(nasty, 2)});
  EXPECT_EQ(matching(EventFilter{.source = "' OR '1'='1"}).size(), 0u);
  EXPECT_EQ(matching(EventFilter{.doc_id = nasty}).size(), 2u);
  EXPECT_TRUE(store_->is_stored(nasty, "fnv1a64:" + nasty).value());
  EXPECT_EQ(counts().events, 2);
}

TEST_P(Store, AVisitorErrorStopsTheQuery) {
  std::vector<StoredDocument> batch;
  for (int i = 0; i < 300; ++i) batch.push_back(make_document(fmt::format("d{}", i), 4));
  write(batch);
  int seen = 0;
  Status st = store_->query({}, [&](const StoredEvent&) {
    return ++seen == 3 ? Status::Error("reader gave up") : Status::Ok();
  });
  EXPECT_EQ(st.message(), "reader gave up");
  EXPECT_EQ(seen, 3);
  EXPECT_EQ(counts().events, 1200);  // the connection is still usable
}

TEST_P(Store, AReadOnlyStoreRefusesWrites) {
  write({make_document("a", 2)});
  store_.reset();
  store_ = open(StoreOptions{.read_only = true});
  ASSERT_TRUE(store_);
  EXPECT_EQ(query().size(), 2u);
  Status st = store_->write({make_document("b", 1)});
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("read-only"), std::string::npos) << st.message();
  EXPECT_EQ(counts().documents, 1);
}

TEST_P(Store, OpeningAnEmptyDatabaseReadOnlyIsRefused) {
  store_.reset();
  ScratchStore empty(GetParam());
  if (empty.is_postgres()) {
    auto store = open_store(empty.location(), StoreOptions{.read_only = true});
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.status().message().find("not a dyad store"), std::string::npos)
        << store.status().message();
  } else {
    auto store = open_store(empty.location(), StoreOptions{.read_only = true});
    ASSERT_FALSE(store.ok());
    EXPECT_NE(store.status().message().find("no store at"), std::string::npos)
        << store.status().message();
  }
}

// --- the crash journal ---

std::vector<std::string> attempt_rows(dyad::Store& store) {
  auto attempts = store.attempts();
  EXPECT_TRUE(attempts.ok()) << attempts.status().message();
  std::vector<std::string> rows;
  for (const Attempt& a : attempts.ok() ? attempts.value() : std::vector<Attempt>{})
    rows.push_back(a.doc_id + "|" + a.raw_hash + "|" + a.crash);
  return rows;
}

TEST_P(Store, TheJournalKeepsUnfinishedAttemptsAndCrashes) {
  using Rows = std::vector<std::string>;
  std::string odd = "quo\"te\\back,comma{brace} 'x'";  // escaping in arrays and SQL
  ASSERT_TRUE(store_->record_attempts({{"a", "h1", ""}, {"b", "h2", ""}, {odd, "h3", ""}}, {}).ok());
  EXPECT_EQ(attempt_rows(*store_), (Rows{"a|h1|", "b|h2|", odd + "|h3|"}));
  // Finished documents leave the journal; one that crashed dyad stays.
  ASSERT_TRUE(store_->record_attempts({{"b", "h2", "crashed: signal 11"}}, {"a", odd}).ok());
  ASSERT_TRUE(store_->record_attempts({}, {"b"}).ok());
  EXPECT_EQ(attempt_rows(*store_), (Rows{"b|h2|crashed: signal 11"}));
  // Stored rows outlive the connection; they are no documents.
  store_.reset();
  store_ = open(StoreOptions{});
  ASSERT_TRUE(store_);
  EXPECT_EQ(attempt_rows(*store_), (Rows{"b|h2|crashed: signal 11"}));
  EXPECT_EQ(counts().documents + counts().failed_documents, 0);
  EXPECT_TRUE(store_->record_attempts({}, {}).ok());
}

INSTANTIATE_TEST_SUITE_P(Backends, Store, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dyad
