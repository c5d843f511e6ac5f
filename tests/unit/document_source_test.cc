// open_inputs(): files, folders and JSON Lines into Documents and FailedDocuments.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "dyad/ingest.h"
#include "temp_dir.h"

namespace dyad {
namespace {
namespace fs = std::filesystem;
using testing::TempDir;

std::vector<InputItem> read_all(const std::vector<std::string>& paths, const IngestOptions& options = {}) {
  std::vector<InputItem> items;
  auto source = open_inputs(paths, options);
  while (auto item = source->next()) {
    items.push_back(std::move(*item));
    if (items.size() > 1000) break;  // a runaway source
  }
  EXPECT_FALSE(source->next().has_value());  // stays at the end
  return items;
}

const Document& doc(const InputItem& item) {
  static const Document kNone;
  const Document* d = std::get_if<Document>(&item);
  EXPECT_NE(d, nullptr) << "expected a document, got failure: "
                        << (std::holds_alternative<FailedDocument>(item) ? std::get<FailedDocument>(item).error : "");
  return d ? *d : kNone;
}

const FailedDocument& failure(const InputItem& item) {
  static const FailedDocument kNone;
  const FailedDocument* f = std::get_if<FailedDocument>(&item);
  EXPECT_NE(f, nullptr) << "expected a failure, got document " << (f ? "" : std::get<Document>(item).id);
  return f ? *f : kNone;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// --- JSON Lines ---

TEST(DocumentSource, JsonlDocumentsWithAllFields) {
  TempDir dir;
  std::string path = dir.write(
      "batch.jsonl",
      R"({"id": "a-1", "date": "2024-02-03", "text": "Seoul protested on Monday.", "title": "Protest", "url": "https://example.org/a", "source": "Wire"})"
      "\n"
      R"({"id": 42, "date": "2024-05-06T09:30:00Z", "text": "Tokyo replied.\r\nLater."})"
      "\n");
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 2u);
  const Document& a = doc(items[0]);
  EXPECT_EQ(a.id, "a-1");
  EXPECT_EQ(a.date, "2024-02-03");
  EXPECT_EQ(a.text, "Seoul protested on Monday.");
  EXPECT_EQ(a.title, "Protest");
  EXPECT_EQ(a.url, "https://example.org/a");
  EXPECT_EQ(a.source, "Wire");
  EXPECT_EQ(a.path, path);
  EXPECT_EQ(a.line, 1);
  const Document& b = doc(items[1]);
  EXPECT_EQ(b.id, "42");
  EXPECT_EQ(b.date, "2024-05-06");
  EXPECT_EQ(b.text, "Tokyo replied.\nLater.");
  EXPECT_EQ(b.line, 2);
}

TEST(DocumentSource, JsonlWithoutIdGetsFileAndLine) {
  TempDir dir;
  std::string path = dir.write("news.jsonl", "\n" R"({"text": "Kim visited the plant."})" "\n");
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(doc(items[0]).id, "news:2");
  EXPECT_EQ(doc(items[0]).line, 2);
  EXPECT_EQ(doc(items[0]).date, "");
}

TEST(DocumentSource, JsonlHtmlInPlaceOfText) {
  TempDir dir;
  std::string path = dir.write(
      "pages.jsonl",
      R"({"id": "h", "date": "2023-01-01", "html": "<nav>Home | World</nav><article><h2>Talks open</h2><p>The two delegations opened talks in the capital on Sunday, officials said.</p></article>"})"
      "\n");
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 1u);
  const Document& d = doc(items[0]);
  EXPECT_EQ(d.id, "h");
  EXPECT_EQ(d.date, "2023-01-01");
  EXPECT_TRUE(contains(d.text, "The two delegations opened talks in the capital on Sunday")) << d.text;
  EXPECT_FALSE(contains(d.text, "Home")) << d.text;
  EXPECT_FALSE(contains(d.text, "<")) << d.text;
}

TEST(DocumentSource, BrokenJsonLineFailsAndLaterLinesAreRead) {
  TempDir dir;
  std::string path = dir.write("mixed.jsonl",
                               R"({"id": "one", "text": "First document."})" "\n"
                               R"({"id": "two", "text": "no closing brace")" "\n"
                               R"(["an", "array"])" "\n"
                               R"({"id": "four", "text": "Fourth document."})" "\n");
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(doc(items[0]).id, "one");
  const FailedDocument& broken = failure(items[1]);
  EXPECT_EQ(broken.line, 2);
  EXPECT_EQ(broken.path, path);
  EXPECT_EQ(broken.doc_id, "mixed:2");
  EXPECT_TRUE(contains(broken.error, "broken JSON")) << broken.error;
  const FailedDocument& array = failure(items[2]);
  EXPECT_EQ(array.line, 3);
  EXPECT_TRUE(contains(array.error, "object")) << array.error;
  EXPECT_EQ(doc(items[3]).id, "four");
  EXPECT_EQ(doc(items[3]).line, 4);
}

TEST(DocumentSource, LineWithoutTextFails) {
  TempDir dir;
  std::string path = dir.write("x.jsonl",
                               R"({"id": "no-text", "title": "Only a title"})" "\n"
                               R"({"id": "num-text", "text": 17})" "\n"
                               R"({"id": "empty-text", "text": "  "})" "\n"
                               R"({"id": "ok", "text": "Fine."})" "\n");
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(failure(items[0]).doc_id, "no-text");
  EXPECT_EQ(failure(items[0]).line, 1);
  EXPECT_TRUE(contains(failure(items[0]).error, "text")) << failure(items[0]).error;
  EXPECT_EQ(failure(items[1]).doc_id, "num-text");
  EXPECT_EQ(failure(items[2]).doc_id, "empty-text");
  EXPECT_TRUE(contains(failure(items[2]).error, "empty")) << failure(items[2]).error;
  EXPECT_EQ(doc(items[3]).id, "ok");
}

TEST(DocumentSource, BadDateFails) {
  TempDir dir;
  std::string path = dir.write("d.jsonl",
                               R"({"id": "bad", "date": "2024-13-40", "text": "Text."})" "\n"
                               R"({"id": "words", "date": "yesterday", "text": "Text."})" "\n"
                               R"({"id": "feb29", "date": "2023-02-29", "text": "Text."})" "\n"
                               R"({"id": "leap", "date": "2024-02-29", "text": "Text."})" "\n"
                               R"({"id": "long", "date": "June 19, 2024", "text": "Text."})" "\n");
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 5u);
  EXPECT_EQ(failure(items[0]).doc_id, "bad");
  EXPECT_TRUE(contains(failure(items[0]).error, "2024-13-40")) << failure(items[0]).error;
  EXPECT_EQ(failure(items[1]).doc_id, "words");
  EXPECT_EQ(failure(items[2]).doc_id, "feb29");
  EXPECT_EQ(doc(items[3]).date, "2024-02-29");
  EXPECT_EQ(doc(items[4]).date, "2024-06-19");
}

TEST(DocumentSource, HugeLineFailsAndTheNextLineIsRead) {
  TempDir dir;
  std::string huge = R"({"id": "huge", "text": ")" + std::string(5000, 'x') + "\"}";
  std::string path = dir.write("big.jsonl", huge + "\n" R"({"id": "small", "text": "Small one."})" "\n");
  IngestOptions options;
  options.max_document_bytes = 1000;
  std::vector<InputItem> items = read_all({path}, options);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(failure(items[0]).line, 1);
  EXPECT_TRUE(contains(failure(items[0]).error, "1000")) << failure(items[0]).error;
  EXPECT_EQ(doc(items[1]).id, "small");
  EXPECT_EQ(doc(items[1]).line, 2);
}

TEST(DocumentSource, LastLineWithoutNewline) {
  TempDir dir;
  std::string path = dir.write("n.jsonl", R"({"id": "a", "text": "A."})" "\n" R"({"id": "b", "text": "B."})");
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(doc(items[1]).id, "b");
}

TEST(DocumentSource, JsonlWithByteOrderMark) {
  TempDir dir;
  std::string path = dir.write("bom.jsonl", "\xEF\xBB\xBF" R"({"id": "first", "text": "Written on Windows."})" "\r\n");
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(doc(items[0]).id, "first");
}

TEST(DocumentSource, InvalidUtf8InJsonlLineFails) {
  TempDir dir;
  std::string path = dir.write("u.jsonl", "{\"id\": \"u\", \"text\": \"caf\xE9\"}\n" R"({"id": "v", "text": "Fine."})" "\n");
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(failure(items[0]).line, 1);
  EXPECT_EQ(doc(items[1]).id, "v");
}

TEST(DocumentSource, EmptyJsonlFileFails) {
  TempDir dir;
  std::string empty = dir.write("empty.jsonl", "");
  std::string blank = dir.write("blank.jsonl", "\n  \n");
  std::vector<InputItem> items = read_all({empty, blank});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(failure(items[0]).path, empty);
  EXPECT_TRUE(contains(failure(items[0]).error, "empty")) << failure(items[0]).error;
  EXPECT_EQ(failure(items[1]).path, blank);
}

TEST(DocumentSource, DefaultDateForJsonlWithoutDate) {
  TempDir dir;
  std::string path = dir.write("2020-01-01-batch.jsonl",
                               R"({"id": "a", "text": "A."})" "\n" R"({"id": "b", "date": "2021-03-04", "text": "B."})" "\n");
  IngestOptions options;
  options.default_date = "2022-08-09";
  std::vector<InputItem> items = read_all({path}, options);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(doc(items[0]).date, "2022-08-09");
  EXPECT_EQ(doc(items[1]).date, "2021-03-04");
  // Without --date, a JSON Lines document does not take the file's date.
  items = read_all({path});
  EXPECT_EQ(doc(items[0]).date, "");
}

// --- plain text and HTML files ---

TEST(DocumentSource, TextFileWithDateInItsName) {
  TempDir dir;
  std::string path = dir.write("2024-06-21-x.txt", "Headline\n\nBody text here.\n");
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 1u);
  const Document& d = doc(items[0]);
  EXPECT_EQ(d.id, "2024-06-21-x");
  EXPECT_EQ(d.date, "2024-06-21");
  EXPECT_EQ(d.text, "Headline\n\nBody text here.\n");
  EXPECT_EQ(d.line, 0);
  EXPECT_EQ(d.path, path);
}

TEST(DocumentSource, InvalidDateInFileNameIsIgnored) {
  TempDir dir;
  std::string path = dir.write("2024-02-30-x.txt", "Body.");
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(doc(items[0]).date, "");
}

TEST(DocumentSource, DateOptionIsTheDefault) {
  TempDir dir;
  std::string undated = dir.write("note.txt", "Body.");
  std::string dated = dir.write("2019-09-09-note.txt", "Body.");
  IngestOptions options;
  options.default_date = "2021-01-05";
  std::vector<InputItem> items = read_all({undated, dated}, options);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(doc(items[0]).date, "2021-01-05");
  EXPECT_EQ(doc(items[1]).date, "2021-01-05");  // --date comes before the file name (EVENTS.md)
}

TEST(DocumentSource, HtmlFileDateFromMetadata) {
  TempDir dir;
  std::string path = dir.write(
      "page.html",
      R"(<html><head><meta property="article:published_time" content="2022-04-05T10:00:00Z"><title>T</title></head>
      <body><article><h1>Border reopens</h1><p>The border crossing reopened on Tuesday after months of closure, officials said.</p></article></body></html>)");
  IngestOptions options;
  options.default_date = "2000-01-01";
  std::vector<InputItem> items = read_all({path}, options);
  ASSERT_EQ(items.size(), 1u);
  const Document& d = doc(items[0]);
  EXPECT_EQ(d.date, "2022-04-05");
  EXPECT_EQ(d.title, "Border reopens");
  EXPECT_EQ(d.text, "Border reopens\n\nThe border crossing reopened on Tuesday after months of closure, officials said.");
}

TEST(DocumentSource, HtmlWithoutArticleTextFails) {
  TempDir dir;
  std::string path = dir.write("empty.htm", "<html><body><nav>Home</nav><footer>(c)</footer></body></html>");
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(contains(failure(items[0]).error, "no article text")) << failure(items[0]).error;
}

TEST(DocumentSource, InputFormatOverridesExtension) {
  TempDir dir;
  std::string path = dir.write("page.txt", "<p>The ministers met in the capital on Friday for a long round of talks.</p>");
  IngestOptions options;
  options.format = InputFormat::kHtml;
  std::vector<InputItem> items = read_all({path}, options);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(doc(items[0]).text, "The ministers met in the capital on Friday for a long round of talks.");
  options.format = InputFormat::kText;
  items = read_all({path}, options);
  EXPECT_TRUE(contains(doc(items[0]).text, "<p>"));
}

TEST(DocumentSource, InvalidUtf8FileFails) {
  TempDir dir;
  std::string path = dir.write("bad.txt", "Seoul \xC3\x28 said.");
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 1u);
  const FailedDocument& f = failure(items[0]);
  EXPECT_EQ(f.doc_id, "bad");
  EXPECT_EQ(f.line, 0);
  EXPECT_TRUE(contains(f.error, "byte 6")) << f.error;
}

TEST(DocumentSource, BinaryFileFails) {
  TempDir dir;
  std::string path = dir.write("blob.txt", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0", 12));
  std::vector<InputItem> items = read_all({path});
  ASSERT_EQ(items.size(), 1u);
  EXPECT_TRUE(contains(failure(items[0]).error, "binary")) << failure(items[0]).error;
}

TEST(DocumentSource, EmptyFileFails) {
  TempDir dir;
  std::string path = dir.write("empty.txt", "");
  std::string blank = dir.write("blank.txt", " \n\n\t");
  std::vector<InputItem> items = read_all({path, blank});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_TRUE(contains(failure(items[0]).error, "empty")) << failure(items[0]).error;
  EXPECT_TRUE(contains(failure(items[1]).error, "empty")) << failure(items[1]).error;
}

TEST(DocumentSource, TooLargeFileFails) {
  TempDir dir;
  std::string path = dir.write("big.txt", std::string(3000, 'a'));
  std::string small = dir.write("small.txt", "Small.");
  IngestOptions options;
  options.max_document_bytes = 2000;
  std::vector<InputItem> items = read_all({path, small}, options);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_TRUE(contains(failure(items[0]).error, "2000")) << failure(items[0]).error;
  EXPECT_EQ(doc(items[1]).id, "small");
}

TEST(DocumentSource, NonexistentPathsFail) {
  TempDir dir;
  std::string missing_text = dir.path("missing.txt");
  std::string missing_jsonl = dir.path("missing.jsonl");
  std::string missing_folder = dir.path("no/such/folder/");
  std::string good = dir.write("good.txt", "Good.");
  std::vector<InputItem> items = read_all({missing_text, missing_jsonl, missing_folder, good});
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(failure(items[0]).path, missing_text);
  EXPECT_EQ(failure(items[0]).doc_id, "missing");
  EXPECT_EQ(failure(items[1]).path, missing_jsonl);
  EXPECT_EQ(failure(items[2]).path, missing_folder);
  EXPECT_EQ(doc(items[3]).id, "good");
}

// --- folders ---

TEST(DocumentSource, FolderWalkedRecursivelyInSortedOrder) {
  TempDir dir;
  dir.write("b.txt", "B.");
  dir.write("a.txt", "A.");
  dir.write("sub/c.html", "<p>The committee met on Monday and agreed on a new plan for the port.</p>");
  dir.write("sub/deeper/d.jsonl", R"({"id": "d1", "text": "D1."})" "\n" R"({"id": "d2", "text": "D2."})" "\n");
  dir.write("sub/notes.md", "Not an input file.");
  dir.write("image.png", std::string("\x89PNG\0\0", 6));
  dir.write("Z.TXT", "Upper-case extension.");
  fs::create_directories(dir.path("folder.txt"));  // a folder named like a file is walked, not read
  dir.write("folder.txt/e.txt", "E.");
  std::vector<InputItem> items = read_all({dir.path()});
  std::vector<std::string> ids;
  for (const InputItem& item : items) ids.push_back(doc(item).id);
  EXPECT_EQ(ids, (std::vector<std::string>{"Z", "a", "b", "e", "c", "d1", "d2"}));
}

TEST(DocumentSource, SkipFilesAreNeverRead) {
  TempDir dir;
  dir.write("a.txt", "A.");
  std::string out = dir.write("out.jsonl", R"({"id": "own-output", "text": "Read back."})" "\n");
  std::string failed = dir.write("sub/../failed.jsonl", "{}\n");
  IngestOptions options;
  options.skip_files = {dir.path("sub/../out.jsonl"), failed};
  std::vector<InputItem> items = read_all({dir.path(), out}, options);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(doc(items[0]).id, "a");
  // Without the option both files are read.
  EXPECT_EQ(read_all({dir.path()}).size(), 3u);
}

TEST(DocumentSource, PathsKeepTheirGivenOrder) {
  TempDir dir;
  std::string b = dir.write("b.txt", "B.");
  std::string a = dir.write("a.txt", "A.");
  std::vector<InputItem> items = read_all({b, a, b});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(doc(items[0]).id, "b");
  EXPECT_EQ(doc(items[1]).id, "a");
  // The same file twice is the same id twice: the second one fails.
  EXPECT_TRUE(contains(failure(items[2]).error, "duplicate document id \"b\""));
}

// --- ids are unique in a run ---

TEST(DocumentSource, ASecondDocumentWithAnIdFailsUnderItsOwnName) {
  TempDir dir;
  std::string jsonl = dir.write("batch.jsonl",
                                "{\"id\": \"x\", \"text\": \"First.\"}\n"
                                "{\"id\": \"x\", \"text\": \"Second.\"}\n"
                                "{\"id\": \"y\", \"text\": \"Third.\"}\n");
  std::vector<InputItem> items = read_all({jsonl});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(doc(items[0]).text, "First.");
  EXPECT_EQ(failure(items[1]).error, "duplicate document id \"x\": an earlier document of this run has it");
  EXPECT_EQ(failure(items[1]).doc_id, jsonl + ":2") << "a name that replaces nothing in a store";
  EXPECT_EQ(failure(items[1]).line, 2);
  EXPECT_EQ(doc(items[2]).id, "y");
}

TEST(DocumentSource, FilesWithOneStemInTwoFoldersAreOneIdTwice) {
  TempDir dir;
  dir.write("a/report.txt", "Seoul protested.");
  std::string second = dir.write("b/report.txt", "Tokyo protested.");
  dir.write("c.jsonl", "{\"id\": \"report\", \"text\": \"Beijing protested.\"}\n");
  std::vector<InputItem> items = read_all({dir.path()});
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(doc(items[0]).text, "Seoul protested.");
  EXPECT_EQ(failure(items[1]).doc_id, second);
  EXPECT_TRUE(contains(failure(items[1]).error, "duplicate document id \"report\""));
  EXPECT_EQ(failure(items[2]).doc_id, dir.path("c.jsonl") + ":1");
}

TEST(DocumentSource, AFailureWithATakenIdKeepsItsReason) {
  TempDir dir;
  std::string first = dir.write("n/x.txt", "Seoul protested.");
  std::string missing = dir.path("o/x.txt");
  std::vector<InputItem> items = read_all({first, missing});
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(failure(items[1]).error, "no such file");
  EXPECT_EQ(failure(items[1]).doc_id, missing);
}

TEST(DocumentSource, EmptyFolderGivesNothing) {
  TempDir dir;
  fs::create_directories(dir.path("nothing"));
  EXPECT_TRUE(read_all({dir.path("nothing")}).empty());
}

TEST(DocumentSource, SampleCorpus) {
  std::string sample = std::string(DYAD_SOURCE_DIR) + "/data/sample";
  size_t expected = 0;  // one per text or HTML file, one per JSON Lines line
  for (const auto& entry : fs::recursive_directory_iterator(sample)) {
    std::string ext = entry.path().extension().string();
    if (ext == ".txt" || ext == ".html") ++expected;
    if (ext == ".jsonl") {
      std::ifstream in(entry.path());
      for (std::string line; std::getline(in, line);) expected += !line.empty();
    }
  }
  ASSERT_GE(expected, 22u);
  std::vector<InputItem> items = read_all({sample});
  size_t documents = 0;
  for (const InputItem& item : items) {
    const Document& d = doc(item);
    ++documents;
    EXPECT_FALSE(d.text.empty()) << d.id;
    EXPECT_TRUE(is_valid_date(d.date)) << d.id << " " << d.date;
  }
  EXPECT_EQ(documents, expected);
}

// --- small pieces ---

TEST(DocumentSource, ParseInputFormat) {
  EXPECT_EQ(parse_input_format("auto"), InputFormat::kAuto);
  EXPECT_EQ(parse_input_format("text"), InputFormat::kText);
  EXPECT_EQ(parse_input_format("txt"), InputFormat::kText);
  EXPECT_EQ(parse_input_format("html"), InputFormat::kHtml);
  EXPECT_EQ(parse_input_format("jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(parse_input_format("csv"), std::nullopt);
  EXPECT_EQ(parse_input_format(""), std::nullopt);
}

TEST(DocumentDates, FromFileName) {
  EXPECT_EQ(date_from_file_name("2024-06-21-x.txt"), "2024-06-21");
  EXPECT_EQ(date_from_file_name("/a/b/2023-12-31.txt"), "2023-12-31");
  EXPECT_EQ(date_from_file_name("/2024-01-01/x.txt"), "");  // a folder's date is not the file's
  EXPECT_EQ(date_from_file_name("x-2024-06-21.txt"), "");
  EXPECT_EQ(date_from_file_name("2024-6-21.txt"), "");
  EXPECT_EQ(date_from_file_name(""), "");
}

TEST(DocumentDates, Normalise) {
  EXPECT_EQ(normalise_date("2024-06-19T10:00:00Z"), "2024-06-19");
  EXPECT_EQ(normalise_date("  2024-06-19"), "2024-06-19");
  EXPECT_EQ(normalise_date("June 19, 2024"), "2024-06-19");
  EXPECT_EQ(normalise_date("19 June 2024"), "2024-06-19");
  EXPECT_EQ(normalise_date("Sept 3, 2021"), "2021-09-03");
  EXPECT_EQ(normalise_date("Dec. 5, 2024"), "2024-12-05");
  EXPECT_EQ(normalise_date("Wednesday, June 19, 2024"), "2024-06-19");
  EXPECT_EQ(normalise_date("Wed 19th June 2024 10:00 GMT"), "2024-06-19");
  EXPECT_EQ(normalise_date("1st March 2023"), "2023-03-01");
  EXPECT_EQ(normalise_date("2024/06/19"), "2024-06-19");
  EXPECT_EQ(normalise_date("2024.06.19 08:00"), "2024-06-19");
  EXPECT_EQ(normalise_date("2024-06-190"), "");
  EXPECT_EQ(normalise_date("Mayday 5 2024"), "");
  EXPECT_EQ(normalise_date("June 19"), "");
  EXPECT_EQ(normalise_date("June 19, 24"), "");
  EXPECT_EQ(normalise_date("June 31, 2024"), "");
  EXPECT_EQ(normalise_date("2024-02-30"), "");
  EXPECT_EQ(normalise_date("tomorrow"), "");
  EXPECT_EQ(normalise_date(""), "");
}

TEST(DocumentDates, Validity) {
  EXPECT_TRUE(is_valid_date("2024-02-29"));
  EXPECT_FALSE(is_valid_date("2023-02-29"));
  EXPECT_TRUE(is_valid_date("2000-02-29"));
  EXPECT_FALSE(is_valid_date("1900-02-29"));
  EXPECT_FALSE(is_valid_date("2024-00-10"));
  EXPECT_FALSE(is_valid_date("2024-04-31"));
  EXPECT_FALSE(is_valid_date("2024/04/30"));
  EXPECT_FALSE(is_valid_date("2024-4-30"));
  EXPECT_FALSE(is_valid_date("0999-01-01"));
  EXPECT_FALSE(is_valid_date("+024-01-01"));
}

}  // namespace
}  // namespace dyad
