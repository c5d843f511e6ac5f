// Special files: FIFOs, sockets and devices are never opened inside a
// folder (they are failures with the reason), and an explicit FIFO never
// blocks the run. Each test runs under an alarm: a hang fails it.
#include "ingest/folder_walk.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "dyad/ingest.h"
#include "temp_dir.h"

namespace dyad {
namespace {
namespace fs = std::filesystem;
using testing::TempDir;

// SIGALRM ends the test binary if a read blocks for 20 s.
class SpecialFiles : public ::testing::Test {
 protected:
  void SetUp() override { alarm(20); }
  void TearDown() override { alarm(0); }
};

std::vector<InputItem> read_all(const std::vector<std::string>& paths) {
  std::vector<InputItem> items;
  auto source = open_inputs(paths, IngestOptions{});
  while (auto item = source->next()) items.push_back(std::move(*item));
  return items;
}

std::string error_of(const InputItem& item) {
  const auto* failed = std::get_if<FailedDocument>(&item);
  return failed ? failed->error : "(a document)";
}

void make_fifo(const std::string& path) { ASSERT_EQ(mkfifo(path.c_str(), 0600), 0) << path; }

void make_socket(const std::string& path) {
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  sockaddr_un address{};
  address.sun_family = AF_UNIX;
  ASSERT_LT(path.size(), sizeof address.sun_path);
  path.copy(address.sun_path, path.size());
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0) << path;
  close(fd);  // the socket file stays
}

TEST_F(SpecialFiles, AFolderListsThemAsFailedInOrder) {
  TempDir dir;
  dir.write("a.txt", "Seoul protested the launch.");
  make_fifo(dir.path("b-pipe.txt"));
  make_socket(dir.path("c-socket.jsonl"));
  fs::create_symlink("/dev/null", dir.path("d-device.html"));
  fs::create_symlink(dir.path("nowhere.txt"), dir.path("e-broken.txt"));
  make_fifo(dir.path("f-pipe-not-an-input"));  // no input extension: skipped like notes.md
  dir.write("g.txt", "Japan agreed.");
  std::vector<InputItem> items = read_all({dir.path()});
  ASSERT_EQ(items.size(), 6u);
  EXPECT_TRUE(std::holds_alternative<Document>(items[0]));
  EXPECT_EQ(error_of(items[1]), "not a regular file: a FIFO");
  EXPECT_EQ(error_of(items[2]), "not a regular file: a socket");
  EXPECT_EQ(error_of(items[3]), "not a regular file: a character device");
  EXPECT_EQ(error_of(items[4]), "cannot read: No such file or directory");
  EXPECT_TRUE(std::holds_alternative<Document>(items[5]));
  EXPECT_EQ(std::get<FailedDocument>(items[1]).path, dir.path("b-pipe.txt"));
}

TEST_F(SpecialFiles, AnExplicitFifoWithoutAWriterReadsAsEmpty) {
  TempDir dir;
  make_fifo(dir.path("pipe.txt"));
  make_fifo(dir.path("pipe.jsonl"));
  std::vector<InputItem> items = read_all({dir.path("pipe.txt"), dir.path("pipe.jsonl")});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(error_of(items[0]), "empty document");
  EXPECT_EQ(error_of(items[1]), "empty file: no JSON Lines document");
}

TEST_F(SpecialFiles, AnExplicitFifoWithAWriterIsRead) {
  TempDir dir;
  std::string pipe = dir.path("pipe.txt");
  make_fifo(pipe);
  // O_RDWR opens a FIFO at once; this end is the writer, and the pipe holds
  // the text until the reader comes. It closes a moment later: the reader
  // then sees the end of the input.
  int writer = open(pipe.c_str(), O_RDWR);
  ASSERT_GE(writer, 0);
  const char text[] = "Russia and North Korea held talks.";
  ASSERT_EQ(write(writer, text, sizeof text - 1), static_cast<ssize_t>(sizeof text - 1));
  std::thread closer([writer] {
    std::this_thread::sleep_for(std::chrono::seconds(1));
    close(writer);
  });
  std::vector<InputItem> items = read_all({pipe});
  closer.join();
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(std::holds_alternative<Document>(items[0])) << error_of(items[0]);
  EXPECT_EQ(std::get<Document>(items[0]).text, text);
}

TEST(FolderWalk, InputExtensions) {
  for (const char* yes : {"a.txt", "b.TEXT", "c.html", "d.htm", "e.xhtml", "f.jsonl", "g.ndjson"})
    EXPECT_TRUE(ingest::has_input_extension(yes)) << yes;
  for (const char* no : {"notes.md", "data.json", "x.txt.gz", "README"})
    EXPECT_FALSE(ingest::has_input_extension(no)) << no;
}

}  // namespace
}  // namespace dyad
