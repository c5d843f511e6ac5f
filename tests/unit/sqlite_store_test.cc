// What only the SQLite backend does: WAL, file: URIs, a read-only URI, a full
// disk (the file size limit, RLIMIT_FSIZE), locations it refuses.
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <string>
#include <vector>

#include "dyad/store.h"
#include "store_test_support.h"

namespace dyad {
namespace {

using testing::make_document;
using testing::ScratchStore;

// One value from the database, read with SQLite directly.
std::string sqlite_value(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* stmt = nullptr;
  std::string value = "(error)";
  if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK &&
      sqlite3_step(stmt) == SQLITE_ROW) {
    const unsigned char* text = sqlite3_column_text(stmt, 0);
    value = text ? reinterpret_cast<const char*>(text) : "";
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return value;
}

std::unique_ptr<Store> open_or_fail(const std::string& location, const StoreOptions& options = {}) {
  auto store = open_store(location, options);
  EXPECT_TRUE(store.ok()) << store.status().message();
  return store.ok() ? std::move(store).value() : nullptr;
}

TEST(SqliteStore, UsesWalAndRecordsTheSchemaVersion) {
  ScratchStore scratch("sqlite");
  auto store = open_or_fail(scratch.location());
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->write({make_document("a", 1)}).ok());
  EXPECT_EQ(sqlite_value(scratch.location(), "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(sqlite_value(scratch.location(), "SELECT name FROM schema_version WHERE version = 1"),
            "0001_init");
}

TEST(SqliteStore, OpensFileUris) {
  ScratchStore scratch("sqlite");
  auto store = open_or_fail("file:" + scratch.location());
  ASSERT_TRUE(store);
  ASSERT_TRUE(store->write({make_document("a", 2)}).ok());
  store.reset();
  auto read_only = open_or_fail("file:" + scratch.location() + "?mode=ro");
  ASSERT_TRUE(read_only);
  EXPECT_EQ(read_only->counts().value().events, 2);
  Status st = read_only->write({make_document("b", 1)});
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("read-only"), std::string::npos) << st.message();
  EXPECT_EQ(read_only->counts().value().documents, 1);
}

TEST(SqliteStore, RefusesLocationsItCannotUse) {
  ScratchStore scratch("sqlite");
  auto missing_folder = open_store((scratch.folder() / "no/such/folder/x.sqlite").string());
  ASSERT_FALSE(missing_folder.ok());
  EXPECT_NE(missing_folder.status().message().find("cannot open SQLite database"),
            std::string::npos)
      << missing_folder.status().message();
  EXPECT_FALSE(open_store("").ok());
  auto other_scheme = open_store("mysql://db.example.org/events");
  ASSERT_FALSE(other_scheme.ok());
  EXPECT_NE(other_scheme.status().message().find("unsupported store location"), std::string::npos);
}

TEST(SqliteStore, RefusesAFileThatIsNotADatabase) {
  ScratchStore scratch("sqlite");
  FILE* f = std::fopen(scratch.location().c_str(), "w");
  std::fputs("{\"doc_id\": \"this is JSON Lines, not SQLite\"}\n", f);
  std::fclose(f);
  auto store = open_store(scratch.location());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("not a database"), std::string::npos)
      << store.status().message();
}

TEST(SqliteStore, RefusesASchemaNewerThanItKnows) {
  ScratchStore scratch("sqlite");
  ASSERT_TRUE(open_or_fail(scratch.location()));
  sqlite3* db = nullptr;
  sqlite3_open(scratch.location().c_str(), &db);
  sqlite3_exec(db, "INSERT INTO schema_version VALUES (999, '0999_future', 'now')", nullptr,
               nullptr, nullptr);
  sqlite3_close(db);
  auto store = open_store(scratch.location());
  ASSERT_FALSE(store.ok());
  EXPECT_NE(store.status().message().find("newer"), std::string::npos) << store.status().message();
}

// In a child process: the file size limit 128 KiB above the database's
// size, then a write far larger. Exit status 0: the write failed with a
// message naming the cause. 1: it did not fail. 2: unclear message.
int write_past_the_file_size_limit(const std::string& location) {
  std::signal(SIGXFSZ, SIG_IGN);  // as the CLI does: EFBIG instead of death
  rlimit limit{};
  getrlimit(RLIMIT_FSIZE, &limit);
  limit.rlim_cur = std::filesystem::file_size(location) + 128 * 1024;
  if (setrlimit(RLIMIT_FSIZE, &limit) != 0) return 3;
  auto store = open_store(location);
  if (!store.ok()) return 4;
  std::vector<StoredDocument> batch;
  for (int i = 0; i < 3000; ++i) batch.push_back(make_document(fmt::format("big-{}", i), 5));
  Status st = store.value()->write(batch);
  if (st.ok()) return 1;
  std::fprintf(stderr, "write failed as expected: %s\n", st.message().c_str());
  bool clear = st.message().find("file size limit") != std::string::npos ||
               st.message().find("disk is full") != std::string::npos;
  return clear ? 0 : 2;
}

TEST(SqliteStore, AFullDiskIsAClearErrorAndLeavesNoHalfDocument) {
  ScratchStore scratch("sqlite");
  {
    auto store = open_or_fail(scratch.location());
    ASSERT_TRUE(store);
    ASSERT_TRUE(store->write({make_document("before", 3)}).ok());
  }
  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) _exit(write_past_the_file_size_limit(scratch.location()));
  int status = 0;
  waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status)) << "the child died of signal " << WTERMSIG(status);
  EXPECT_EQ(WEXITSTATUS(status), 0);

  auto store = open_or_fail(scratch.location());
  ASSERT_TRUE(store);
  StoreCounts c = store->counts().value();
  EXPECT_EQ(c.documents, 1);
  EXPECT_EQ(c.events, 3);
  EXPECT_EQ(sqlite_value(scratch.location(), "PRAGMA integrity_check"), "ok");
  EXPECT_TRUE(store->write({make_document("after", 1)}).ok());
}

// Processes that create one new store at the same moment: each waits for
// the others' locks (none fails with "database is locked"), and each one's
// documents are stored.
TEST(SqliteStore, ConcurrentCreatorsWaitForEachOther) {
  constexpr int kProcesses = 6;
  for (int round = 0; round < 5; ++round) {
    ScratchStore scratch("sqlite");
    std::vector<pid_t> children;
    for (int p = 0; p < kProcesses; ++p) {
      pid_t child = fork();
      ASSERT_GE(child, 0);
      if (child == 0) {
        auto store = open_store(scratch.location());
        if (!store.ok()) {
          std::fprintf(stderr, "open failed: %s\n", store.status().message().c_str());
          _exit(1);
        }
        Status st = store.value()->write({make_document(fmt::format("doc-{}", p), 2)});
        if (!st.ok()) std::fprintf(stderr, "write failed: %s\n", st.message().c_str());
        _exit(st.ok() ? 0 : 2);
      }
      children.push_back(child);
    }
    for (pid_t child : children) {
      int status = 0;
      waitpid(child, &status, 0);
      EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "round " << round;
    }
    auto store = open_or_fail(scratch.location());
    ASSERT_TRUE(store);
    EXPECT_EQ(store->counts().value().documents, kProcesses);
  }
}

}  // namespace
}  // namespace dyad
