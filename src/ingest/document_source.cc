// Walks the input paths and yields documents in a deterministic order.
#include <simdjson.h>
#include <sys/stat.h>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <iostream>
#include <limits>
#include <cstring>
#include <system_error>

#include "dyad/ingest.h"
#include "folder_walk.h"
#include "input_file.h"
#include "seen_ids.h"

namespace dyad {
namespace fs = std::filesystem;

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::kAuto;
  if (name == "text" || name == "txt") return InputFormat::kText;
  if (name == "html") return InputFormat::kHtml;
  if (name == "jsonl") return InputFormat::kJsonl;
  return std::nullopt;
}

namespace {

std::string lower_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

}  // namespace

InputFormat input_format_for(const std::string& path, InputFormat requested) {
  if (requested != InputFormat::kAuto) return requested;
  std::string ext = lower_extension(path);
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::kJsonl;
  return InputFormat::kText;
}

Result<std::vector<std::string>> folder_input_files(const std::string& folder) {
  auto entries = ingest::walk_folder(folder, [](const std::string&) { return false; });
  if (!entries.ok()) return Status::IoError(entries.status().message());
  std::vector<std::string> files;
  for (ingest::FolderEntry& e : entries.value()) files.push_back(std::move(e.path));
  return files;
}

namespace {

std::string stem_of(const std::string& path) {
  return path == "-" ? "stdin" : fs::path(path).stem().string();
}

// Reads up to limit+1 bytes of a whole stream.
Result<std::string> read_all(std::istream& in, size_t limit) {
  std::string data;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    data.append(buf, static_cast<size_t>(in.gcount()));
    if (data.size() > limit)
      return Status::Error("document larger than " + std::to_string(limit) + " bytes");
  }
  if (in.bad()) return Status::Error("read error");
  if (auto* file = dynamic_cast<const ingest::InputFile*>(in.rdbuf()); file && file->read_error())
    return Status::Error("read error");
  return data;
}

// Reads one line of at most `limit` bytes (without its '\n'). A longer line
// is skipped to its end and reported through `too_long`. Returns false at the
// end of input. Works on the stream buffer: istream::get() per byte is slow.
bool read_line(std::istream& in, size_t limit, std::string& line, bool& too_long) {
  line.clear();
  too_long = false;
  std::streambuf* buffer = in.rdbuf();
  using traits = std::streambuf::traits_type;
  bool any = false;
  for (int c = buffer->sbumpc(); !traits::eq_int_type(c, traits::eof()); c = buffer->sbumpc()) {
    any = true;
    if (c == '\n') return true;
    if (line.size() < limit) line.push_back(traits::to_char_type(c));
    else too_long = true;
  }
  if (!any) in.setstate(std::ios::eofbit);
  return any;
}

bool at_end(std::istream& in) {
  using traits = std::streambuf::traits_type;
  return traits::eq_int_type(in.rdbuf()->sgetc(), traits::eof());
}

// A file's identity (device and inode), to recognise it under any name.
struct FileId {
  dev_t device = 0;
  ino_t inode = 0;
  bool operator==(const FileId&) const = default;
};

std::optional<FileId> file_id(const std::string& path) {
  struct stat st;
  if (path == "-" || ::stat(path.c_str(), &st) != 0) return std::nullopt;
  return FileId{st.st_dev, st.st_ino};
}

// A path still to read: given by the user, or found in a folder (where
// anything but a regular file is a failure, `unreadable` saying why).
struct PendingPath {
  std::string path;
  std::string unreadable;
};

class InputSource final : public DocumentSource {
 public:
  InputSource(std::vector<std::string> paths, IngestOptions options)
      : options_(std::move(options)) {
    for (auto& p : paths) pending_paths_.push_back({std::move(p), ""});
    for (const std::string& skip : options_.skip_files)
      if (auto id = file_id(skip)) skip_ids_.push_back(*id);
  }

  const IngestOptions& options() const override { return options_; }

  // Reads only lines [first_line, first_line + lines) of one JSON Lines
  // file, from byte `offset` where the first of them begins.
  void read_jsonl_piece(const std::string& path, uint64_t offset, int first_line, int lines) {
    opening_failure_ = open_jsonl(path);
    if (opening_failure_) return;
    if (!jsonl_->seekg(static_cast<std::streamoff>(offset))) {
      opening_failure_ = failure(path, first_line, "cannot seek to byte " + std::to_string(offset));
      close_jsonl();
      return;
    }
    jsonl_line_ = first_line - 1;
    jsonl_first_line_ = first_line;
    jsonl_end_line_ = first_line - 1 + lines;
  }

  std::optional<RawItem> next_raw() override {
    if (opening_failure_) return std::exchange(opening_failure_, std::nullopt);
    std::optional<RawItem> item = next_item();
    if (item) refuse_duplicate_id(*item);
    return item;
  }

 private:
  FailedDocument failure(const std::string& path, int line, std::string error,
                         std::string doc_id = "") {
    if (doc_id.empty()) doc_id = stem_of(path) + (line ? ":" + std::to_string(line) : "");
    return FailedDocument{std::move(doc_id), path, line, std::move(error)};
  }

  std::optional<RawItem> next_item() {
    while (true) {
      if (jsonl_) {
        if (auto item = next_jsonl_line()) return item;
        close_jsonl();
        continue;
      }
      if (pending_paths_.empty()) return std::nullopt;
      PendingPath next = std::move(pending_paths_.front());
      pending_paths_.pop_front();
      if (!next.unreadable.empty()) return failure(next.path, 0, next.unreadable);
      if (auto item = open_path(next.path)) return item;
    }
  }

  // Ids are unique in a run: a later document with an id already read fails,
  // and a failure takes a name of its own (PATH or PATH:LINE), so that
  // neither replaces what the store keeps under the id.
  void refuse_duplicate_id(RawItem& item) {
    auto* doc = std::get_if<RawDocument>(&item);
    auto* failed = std::get_if<FailedDocument>(&item);
    std::string id = doc ? doc->document.id : failed->doc_id;
    if (id.empty() || seen_ids_.insert(id)) return;
    std::string path = doc ? doc->document.path : failed->path;
    int line = doc ? doc->document.line : failed->line;
    std::string name = line ? path + ":" + std::to_string(line) : path;
    if (failed) failed->doc_id = name;
    else item = FailedDocument{name, path, line, "duplicate document id \"" + id + "\": an earlier document of this run has it"};
  }

  bool skipped(const std::string& path) const {
    if (skip_ids_.empty()) return false;
    auto id = file_id(path);
    return id && std::find(skip_ids_.begin(), skip_ids_.end(), *id) != skip_ids_.end();
  }

  // Expands a folder into its files (sorted, recursive) or opens a file.
  std::optional<RawItem> open_path(const std::string& path) {
    std::error_code ec;
    if (path != "-" && fs::is_directory(path, ec)) {
      auto entries = ingest::walk_folder(path, [this](const std::string& p) { return skipped(p); });
      if (!entries.ok()) return failure(path, 0, entries.status().message());
      std::vector<PendingPath> files;
      for (ingest::FolderEntry& e : entries.value()) files.push_back({std::move(e.path), std::move(e.unreadable)});
      pending_paths_.insert(pending_paths_.begin(), std::make_move_iterator(files.begin()),
                            std::make_move_iterator(files.end()));
      return std::nullopt;
    }
    if (skipped(path)) return std::nullopt;
    InputFormat format = input_format_for(path, options_.format);
    if (format == InputFormat::kJsonl) return open_jsonl(path);
    return read_whole_document(path, format);
  }

  std::optional<RawItem> open_jsonl(const std::string& path) {
    jsonl_path_ = path;
    jsonl_line_ = 0;
    jsonl_items_ = 0;
    jsonl_first_line_ = 1;
    jsonl_end_line_ = std::numeric_limits<int>::max();
    if (Status opened = open_input(path); !opened.ok()) return failure(path, 0, opened.message());
    jsonl_ = input_.stream();
    return std::nullopt;
  }

  Status open_input(const std::string& path) {
    std::error_code ec;
    if (path != "-" && !fs::exists(path, ec)) return Status::Error("no such file");
    return input_.open(path);
  }

  void close_jsonl() {
    input_.close();
    jsonl_ = nullptr;
  }

  std::optional<RawItem> read_whole_document(const std::string& path, InputFormat format) {
    if (Status opened = open_input(path); !opened.ok()) return failure(path, 0, opened.message());
    Result<std::string> raw = read_all(*input_.stream(), options_.max_document_bytes);
    input_.close();
    if (!raw.ok()) return failure(path, 0, raw.status().message());
    Document doc;
    doc.id = stem_of(path);
    doc.path = path;
    return finish_document(std::move(doc), raw.value(), format == InputFormat::kHtml, false);
  }

  // The raw body is cleaned later, by prepare_document, on any thread.
  static RawItem finish_document(Document doc, std::string_view raw, bool is_html, bool from_json) {
    doc.text = std::string(raw);
    return RawDocument{std::move(doc), is_html, from_json};
  }

  std::optional<RawItem> next_jsonl_line() {
    std::string line;
    bool too_long = false;
    while (jsonl_line_ < jsonl_end_line_ &&
           read_line(*jsonl_, options_.max_document_bytes, line, too_long)) {
      ++jsonl_line_;
      if (too_long) {
        jsonl_items_++;
        return failure(jsonl_path_, jsonl_line_,
                       "line longer than " + std::to_string(options_.max_document_bytes) + " bytes");
      }
      if (jsonl_line_ == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);  // BOM
      if (line.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank line
      jsonl_items_++;
      return parse_jsonl_document(line);
    }
    if (jsonl_->bad()) return failure(jsonl_path_, jsonl_line_, "read error");
    if (jsonl_line_ >= jsonl_end_line_ && !at_end(*jsonl_)) return std::nullopt;  // a piece's end
    if (jsonl_items_ == 0 && jsonl_first_line_ == 1) {  // like an empty text file, an input with no document fails
      jsonl_items_ = 1;
      return failure(jsonl_path_, 0, "empty file: no JSON Lines document");
    }
    return std::nullopt;
  }

  RawItem parse_jsonl_document(const std::string& line) {
    simdjson::padded_string padded(line);
    simdjson::dom::element root;
    if (auto error = parser_.parse(padded).get(root))
      return failure(jsonl_path_, jsonl_line_,
                     std::string("broken JSON: ") + simdjson::error_message(error));
    if (!root.is_object())
      return failure(jsonl_path_, jsonl_line_, "broken JSON: a line must be an object");
    Document doc;
    doc.path = jsonl_path_;
    doc.line = jsonl_line_;
    auto field = [&](const char* key) -> std::string {
      std::string_view value;
      if (root[key].get(value)) return "";
      return std::string(value);
    };
    doc.id = field("id");
    if (doc.id.empty()) {
      int64_t numeric_id;
      doc.id = root["id"].get(numeric_id) ? stem_of(jsonl_path_) + ":" + std::to_string(jsonl_line_)
                                          : std::to_string(numeric_id);
    }
    doc.title = field("title");
    doc.url = field("url");
    doc.source = field("source");
    std::string date = field("date");
    if (!date.empty()) {
      doc.date = normalise_date(date);
      if (doc.date.empty())
        return failure(jsonl_path_, jsonl_line_, "bad date \"" + date + "\" (want YYYY-MM-DD)", doc.id);
    }
    std::string_view text, html;
    bool has_text = !root["text"].get(text);
    bool has_html = !root["html"].get(html);
    if (!has_text && !has_html)
      return failure(jsonl_path_, jsonl_line_, "no \"text\" or \"html\" string field", doc.id);
    return has_text ? finish_document(std::move(doc), text, false, true)
                    : finish_document(std::move(doc), html, true, true);
  }

  IngestOptions options_;
  std::deque<PendingPath> pending_paths_;
  simdjson::dom::parser parser_;
  std::istream* jsonl_ = nullptr;  // the JSON Lines input being read, or null
  ingest::InputStream input_;      // the file being read (JSON Lines or whole)
  std::string jsonl_path_;
  int jsonl_line_ = 0;
  size_t jsonl_items_ = 0;  // lines read from this file that were not blank
  int jsonl_first_line_ = 1;  // of a piece of a file (read_jsonl_piece), else 1
  int jsonl_end_line_ = std::numeric_limits<int>::max();  // the last line to read
  std::optional<RawItem> opening_failure_;  // a piece's file that cannot be opened
  std::vector<FileId> skip_ids_;
  ingest::SeenIds seen_ids_;
};

}  // namespace

std::optional<InputItem> DocumentSource::next() {
  std::optional<RawItem> raw = next_raw();
  if (!raw) return std::nullopt;
  if (auto* failed = std::get_if<FailedDocument>(&*raw)) return InputItem(std::move(*failed));
  return prepare_document(std::move(std::get<RawDocument>(*raw)), options());
}

InputItem prepare_document(RawDocument raw, const IngestOptions& options) {
  Document& doc = raw.document;
  auto failure = [&doc](std::string error) {
    return FailedDocument{doc.id, doc.path, doc.line, std::move(error)};
  };
  if (DeclaredCharset charset = declared_charset(doc.text, raw.is_html);
      !raw.from_json && !charset.name.empty()) {
    Result<std::string> utf8 = convert_to_utf8(doc.text, charset);
    if (!utf8.ok()) return failure(utf8.status().message());
    doc.text = std::move(utf8.value());
  }
  Result<std::string> text = clean_utf8(doc.text);
  if (!text.ok()) return failure(text.status().message());
  if (raw.is_html) {
    Result<HtmlArticle> extracted = extract_article(text.value(), options.html_limits);
    if (!extracted.ok()) return failure(extracted.status().message());
    HtmlArticle& article = extracted.value();
    if (doc.date.empty()) doc.date = article.date;
    if (doc.title.empty()) doc.title = article.title;
    Result<std::string> body = clean_utf8(article.text);
    if (!body.ok()) return failure("no article text in the HTML");
    doc.text = std::move(body.value());
  } else {
    doc.text = std::move(text.value());
  }
  if (doc.date.empty()) doc.date = options.default_date;
  if (doc.date.empty() && doc.line == 0) doc.date = date_from_file_name(doc.path);
  return std::move(doc);
}

std::unique_ptr<DocumentSource> open_inputs(const std::vector<std::string>& paths,
                                            const IngestOptions& options) {
  return std::make_unique<InputSource>(paths, options);
}

std::unique_ptr<DocumentSource> open_jsonl_lines(const std::string& path, uint64_t offset,
                                                 int first_line, int lines,
                                                 const IngestOptions& options) {
  auto source = std::make_unique<InputSource>(std::vector<std::string>{}, options);
  source->read_jsonl_piece(path, offset, first_line, lines);
  return source;
}

}  // namespace dyad
