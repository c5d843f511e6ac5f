// Shared by the store tests: a fresh, empty store location for each test on
// each backend, and documents to write. SQLite stores live in a temporary
// folder; PostgreSQL stores in a schema of their own on the server named by
// DYAD_TEST_PG (scripts/pg-test-cluster starts a throw-away one and sets it);
// without DYAD_TEST_PG the PostgreSQL cases are skipped.
#pragma once

#include <fmt/format.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace dyad::testing {

inline const char* test_postgres_location() {
  const char* pg = std::getenv("DYAD_TEST_PG");
  return pg && *pg ? pg : nullptr;
}

// Runs one statement on the test server; returns libpq's error, or "" when fine.
inline std::string postgres_admin(const std::string& location, const std::string& sql) {
  PGconn* conn = PQconnectdb(location.c_str());
  std::string error;
  if (PQstatus(conn) != CONNECTION_OK) {
    error = PQerrorMessage(conn);
  } else {
    PGresult* result = PQexec(conn, sql.c_str());
    if (PQresultStatus(result) != PGRES_COMMAND_OK) error = PQresultErrorMessage(result);
    PQclear(result);
  }
  PQfinish(conn);
  return error;
}

// A location where no store exists yet; cleaned up on destruction.
class ScratchStore {
 public:
  // backend: "sqlite" or "postgres" (the caller skips postgres when unset).
  explicit ScratchStore(const std::string& backend) {
    static std::atomic<int> counter{0};
    std::string name = fmt::format("dyad_test_{}_{}", getpid(), counter++);
    if (backend == "postgres") {
      server_ = test_postgres_location();
      schema_ = name;
      error_ = postgres_admin(server_, "CREATE SCHEMA " + schema_);
      char separator = server_.find('?') == std::string::npos ? '?' : '&';
      location_ = fmt::format("{}{}options=-csearch_path%3D{}", server_, separator, schema_);
    } else {
      folder_ = std::filesystem::temp_directory_path() / name;
      std::filesystem::create_directories(folder_);
      location_ = (folder_ / "store.sqlite").string();
    }
  }
  ~ScratchStore() {
    if (!schema_.empty()) postgres_admin(server_, "DROP SCHEMA " + schema_ + " CASCADE");
    if (!folder_.empty()) std::filesystem::remove_all(folder_);
  }
  ScratchStore(const ScratchStore&) = delete;
  ScratchStore& operator=(const ScratchStore&) = delete;

  const std::string& location() const { return location_; }
  const std::string& setup_error() const { return error_; }
  bool is_postgres() const { return !schema_.empty(); }
  const std::filesystem::path& folder() const { return folder_; }

 private:
  std::string location_, server_, schema_, error_;
  std::filesystem::path folder_;
};

// An event with every field set; vary it with the arguments.
inline Event make_event(const std::string& source_country, const std::string& target_country,
                        const std::string& code, Modality modality, const std::string& date) {
  Event e;
  e.date = date;
  e.date_source = date.empty() ? DateSource::kNone : DateSource::kText;
  e.date_precision = date.empty() ? "" : "day";
  e.source =
      Actor{"Russian President Vladimir Putin", source_country + "GOV", source_country, "", "GOV"};
  e.target = Actor{"North Korea", target_country, target_country, "", ""};
  e.code = code;
  e.root = code.substr(0, 2);
  e.quad_class = 1;
  e.goldstein = 8.0;
  e.modality = modality;
  e.verb = "signed";
  e.confidence = 0.85;
  return e;
}

// A document of `sentences` sentences; events are attached to sentence i % sentences.
inline StoredDocument make_document(const std::string& id, std::vector<Event> events,
                                    int sentences = 2) {
  StoredDocument d;
  d.id = id;
  d.path = "corpus/" + id + ".jsonl";
  d.line = 1;
  d.url = "https://example.org/" + id;
  d.source = "Peninsula Monitor";
  d.title = "Title of " + id;
  d.date = "2024-06-20";
  d.content_hash = "fnv1a64:" + id;
  uint32_t offset = 0;
  for (int i = 0; i < sentences; ++i) {
    std::string text = fmt::format("Sentence {} of {}.", i, id);
    d.sentences.push_back({Span{offset, offset + static_cast<uint32_t>(text.size())}, text});
    offset += static_cast<uint32_t>(text.size()) + 1;
  }
  for (size_t i = 0; i < events.size(); ++i) {
    Event& e = events[i];
    e.doc_id = id;
    e.sentence = static_cast<int>(i % static_cast<size_t>(sentences));
    e.span = d.sentences[static_cast<size_t>(e.sentence)].span;
    e.text = d.sentences[static_cast<size_t>(e.sentence)].text;
  }
  d.events = std::move(events);
  return d;
}

inline StoredDocument make_document(const std::string& id, int events) {
  std::vector<Event> list;
  for (int i = 0; i < events; ++i) {
    list.push_back(make_event("RUS", "PRK", "057", Modality::kAsserted, "2024-06-19"));
  }
  return make_document(id, std::move(list));
}

}  // namespace dyad::testing
