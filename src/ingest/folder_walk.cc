#include "folder_walk.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "input_file.h"

namespace dyad::ingest {
namespace fs = std::filesystem;

bool has_input_extension(const std::string& path) {
  std::string ext = fs::path(path).extension().string();
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".txt" || ext == ".text" || ext == ".html" || ext == ".htm" || ext == ".xhtml" ||
         ext == ".jsonl" || ext == ".ndjson";
}

Result<std::vector<FolderEntry>> walk_folder(const std::string& folder,
                                             const std::function<bool(const std::string&)>& skip) {
  std::vector<FolderEntry> entries;
  std::error_code ec;
  for (fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    std::string path = it->path().string();
    std::error_code kind_error;
    if (it->is_directory(kind_error) || !has_input_extension(path) || skip(path)) continue;
    Result<std::string> kind = special_file_kind(path);
    if (!kind.ok()) entries.push_back({path, "cannot read: " + kind.status().message()});
    else if (!kind.value().empty()) entries.push_back({path, "not a regular file: " + kind.value()});
    else entries.push_back({path, ""});
  }
  if (ec) return Status::Error("cannot read folder: " + ec.message());
  std::sort(entries.begin(), entries.end(),
            [](const FolderEntry& a, const FolderEntry& b) { return a.path < b.path; });
  return entries;
}

}  // namespace dyad::ingest
