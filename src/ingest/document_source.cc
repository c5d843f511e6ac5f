// Walks the input paths and yields documents in a deterministic order.
#include <simdjson.h>
#include <sys/stat.h>

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <cstring>
#include <system_error>

#include "dyad/ingest.h"

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

InputFormat format_for(const std::string& path, InputFormat requested) {
  if (requested != InputFormat::kAuto) return requested;
  std::string ext = lower_extension(path);
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return InputFormat::kHtml;
  if (ext == ".jsonl" || ext == ".ndjson") return InputFormat::kJsonl;
  return InputFormat::kText;
}

// Files we walk into when given a folder; anything else there is skipped.
bool is_input_file(const fs::path& path) {
  std::string ext = lower_extension(path.string());
  return ext == ".txt" || ext == ".text" || ext == ".html" || ext == ".htm" ||
         ext == ".xhtml" || ext == ".jsonl" || ext == ".ndjson";
}

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

class InputSource final : public DocumentSource {
 public:
  InputSource(std::vector<std::string> paths, IngestOptions options)
      : options_(std::move(options)) {
    for (auto& p : paths) pending_paths_.push_back(std::move(p));
    for (const std::string& skip : options_.skip_files)
      if (auto id = file_id(skip)) skip_ids_.push_back(*id);
  }

  const IngestOptions& options() const override { return options_; }

  std::optional<RawItem> next_raw() override {
    while (true) {
      if (jsonl_) {
        if (auto item = next_jsonl_line()) return item;
        close_jsonl();
        continue;
      }
      if (pending_paths_.empty()) return std::nullopt;
      std::string path = std::move(pending_paths_.front());
      pending_paths_.pop_front();
      if (auto item = open_path(path)) return item;
    }
  }

 private:
  FailedDocument failure(const std::string& path, int line, std::string error,
                         std::string doc_id = "") {
    if (doc_id.empty()) doc_id = stem_of(path) + (line ? ":" + std::to_string(line) : "");
    return FailedDocument{std::move(doc_id), path, line, std::move(error)};
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
      std::vector<std::string> files;
      for (fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && is_input_file(it->path()) && !skipped(it->path().string()))
          files.push_back(it->path().string());
      if (ec) return failure(path, 0, "cannot read folder: " + ec.message());
      std::sort(files.begin(), files.end());
      pending_paths_.insert(pending_paths_.begin(), files.begin(), files.end());
      return std::nullopt;
    }
    if (skipped(path)) return std::nullopt;
    InputFormat format = format_for(path, options_.format);
    if (format == InputFormat::kJsonl) return open_jsonl(path);
    return read_whole_document(path, format);
  }

  std::optional<RawItem> open_jsonl(const std::string& path) {
    jsonl_path_ = path;
    jsonl_line_ = 0;
    jsonl_items_ = 0;
    if (path == "-") {
      jsonl_ = &std::cin;
      return std::nullopt;
    }
    jsonl_file_.open(path, std::ios::binary);
    if (!jsonl_file_) return failure(path, 0, "cannot open: " + std::string(std::strerror(errno)));
    jsonl_ = &jsonl_file_;
    return std::nullopt;
  }

  void close_jsonl() {
    if (jsonl_file_.is_open()) jsonl_file_.close();
    jsonl_file_.clear();
    jsonl_ = nullptr;
  }

  std::optional<RawItem> read_whole_document(const std::string& path, InputFormat format) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
      std::error_code ec;
      if (!fs::exists(path, ec)) return failure(path, 0, "no such file");
      file.open(path, std::ios::binary);
      if (!file) return failure(path, 0, "cannot open: " + std::string(std::strerror(errno)));
      in = &file;
    }
    Result<std::string> raw = read_all(*in, options_.max_document_bytes);
    if (!raw.ok()) return failure(path, 0, raw.status().message());
    Document doc;
    doc.id = stem_of(path);
    doc.path = path;
    return finish_document(std::move(doc), raw.value(), format == InputFormat::kHtml);
  }

  // The raw body is cleaned later, by prepare_document, on any thread.
  static RawItem finish_document(Document doc, std::string_view raw, bool is_html) {
    doc.text = std::string(raw);
    return RawDocument{std::move(doc), is_html};
  }

  std::optional<RawItem> next_jsonl_line() {
    std::string line;
    bool too_long = false;
    while (read_line(*jsonl_, options_.max_document_bytes, line, too_long)) {
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
    if (jsonl_items_ == 0) {  // like an empty text file, an input with no document fails
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
    return has_text ? finish_document(std::move(doc), text, false)
                    : finish_document(std::move(doc), html, true);
  }

  IngestOptions options_;
  std::deque<std::string> pending_paths_;
  simdjson::dom::parser parser_;
  std::istream* jsonl_ = nullptr;
  std::ifstream jsonl_file_;
  std::string jsonl_path_;
  int jsonl_line_ = 0;
  size_t jsonl_items_ = 0;  // lines read from this file that were not blank
  std::vector<FileId> skip_ids_;
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

}  // namespace dyad
