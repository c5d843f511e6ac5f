// open_jsonl_lines(): a JSON Lines file read in pieces yields what reading it
// whole yields (ids, failures, line numbers), and folder_input_files() lists
// a folder in the order open_inputs walks it.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "dyad/ingest.h"

namespace dyad {
namespace {
namespace fs = std::filesystem;

// A scratch folder, removed with what it holds.
struct Scratch {
  fs::path dir;
  Scratch() {
    std::string pattern = (fs::temp_directory_path() / "dyad-pieces-XXXXXX").string();
    dir = mkdtemp(pattern.data());
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
  std::string file(const std::string& name, const std::string& content) const {
    fs::create_directories((dir / name).parent_path());
    std::ofstream(dir / name, std::ios::binary) << content;
    return (dir / name).string();
  }
};

// One line per item: "id|date|text" for a document, "FAIL id|line|error" for a failure.
std::vector<std::string> describe(DocumentSource& source) {
  std::vector<std::string> out;
  while (auto item = source.next()) {
    if (const auto* d = std::get_if<Document>(&*item)) out.push_back(d->id + "|" + d->date + "|" + d->text);
    else {
      const auto& f = std::get<FailedDocument>(*item);
      out.push_back("FAIL " + f.doc_id + "|" + std::to_string(f.line) + "|" + f.error);
    }
  }
  return out;
}

// The byte offset of each line's start, and the file's size last.
std::vector<uint64_t> line_offsets(const std::string& content) {
  std::vector<uint64_t> offsets{0};
  for (size_t i = 0; i < content.size(); ++i)
    if (content[i] == '\n') offsets.push_back(i + 1);
  if (offsets.back() != content.size()) offsets.push_back(content.size());
  return offsets;
}

std::vector<std::string> read_in_pieces(const std::string& path, const std::string& content, int size) {
  std::vector<uint64_t> offsets = line_offsets(content);
  const int lines = static_cast<int>(offsets.size()) - 1;
  std::vector<std::string> out;
  for (int first = 1; first <= std::max(lines, 1); first += size) {
    auto piece = open_jsonl_lines(path, offsets[first - 1], first, std::min(size, lines - first + 1), {});
    for (std::string& line : describe(*piece)) out.push_back(std::move(line));
  }
  return out;
}

const std::string kCorpus =
    "\xEF\xBB\xBF{\"id\": \"a\", \"date\": \"2024-06-19\", \"text\": \"Russia sent troops.\"}\n"
    "\n"
    "{\"text\": \"No id here.\"}\n"
    "{\"id\": \"broken\", \"text\": \"no end\n"
    "{\"id\": \"bad-date\", \"date\": \"someday\", \"text\": \"x\"}\n"
    "   \n"
    "{\"id\": 42, \"html\": \"<p>China urged talks.</p>\"}\n"
    "{\"id\": \"last\", \"text\": \"No newline at the end.\"}";

TEST(JsonlPieces, EveryPieceSizeAddsUpToTheWholeFile) {
  Scratch scratch;
  const std::string path = scratch.file("corpus.jsonl", kCorpus);
  auto whole = open_inputs({path}, {});
  const std::vector<std::string> expected = describe(*whole);
  ASSERT_EQ(expected.size(), 6u);
  EXPECT_EQ(expected[1], "corpus:3||No id here.");
  EXPECT_EQ(expected[2].rfind("FAIL corpus:4|4|broken JSON", 0), 0u) << expected[2];
  for (int size : {1, 2, 3, 5, 8, 100}) EXPECT_EQ(read_in_pieces(path, kCorpus, size), expected) << size;
}

TEST(JsonlPieces, AnEmptyFileFailsFromTheOnePieceThatCoversIt) {
  Scratch scratch;
  const std::string path = scratch.file("empty.jsonl", "\n\n");
  auto piece = open_jsonl_lines(path, 0, 1, 2, {});
  EXPECT_EQ(describe(*piece), std::vector<std::string>{"FAIL empty|0|empty file: no JSON Lines document"});
  auto later = open_jsonl_lines(path, 1, 2, 1, {});
  EXPECT_TRUE(describe(*later).empty());
}

TEST(JsonlPieces, AMissingFileFails) {
  auto piece = open_jsonl_lines("/nonexistent/corpus.jsonl", 0, 1, 10, {});
  std::vector<std::string> items = describe(*piece);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0], "FAIL corpus|0|no such file");
}

TEST(FolderInputFiles, SortedRecursiveAndOnlyInputExtensions) {
  Scratch scratch;
  for (const char* name : {"b/2.txt", "b/1.HTML", "a.jsonl", "notes.csv", "c.ndjson"}) scratch.file(name, "x");
  auto files = folder_input_files(scratch.dir.string());
  ASSERT_TRUE(files.ok()) << files.status().message();
  std::vector<std::string> names;
  for (const std::string& f : files.value()) names.push_back(fs::relative(f, scratch.dir).string());
  EXPECT_EQ(names, (std::vector<std::string>{"a.jsonl", "b/1.HTML", "b/2.txt", "c.ndjson"}));
  EXPECT_EQ(input_format_for("b/1.HTML", InputFormat::kAuto), InputFormat::kHtml);
  EXPECT_EQ(input_format_for("a.jsonl", InputFormat::kText), InputFormat::kText);
}

TEST(FolderInputFiles, AFolderThatIsNotThereIsAnIoError) {
  auto files = folder_input_files("/nonexistent/folder");
  ASSERT_FALSE(files.ok());
  EXPECT_EQ(files.status().kind(), StatusKind::kIoError);
  EXPECT_EQ(files.status().message().rfind("cannot read folder: ", 0), 0u);
}

}  // namespace
}  // namespace dyad
