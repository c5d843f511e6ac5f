#include "same_file.h"

#include <sys/stat.h>

#include <filesystem>

#include "dyad/store.h"

namespace dyad::cli {
namespace fs = std::filesystem;
namespace {

fs::path resolved(const std::string& name) {
  std::error_code ec;
  fs::path path = fs::absolute(name, ec);
  for (int hops = 0; hops < 40 && fs::is_symlink(path, ec); ++hops) {
    fs::path target = fs::read_symlink(path, ec);
    if (ec) break;
    path = target.is_absolute() ? target : path.parent_path() / target;
  }
  fs::path canonical = fs::weakly_canonical(path, ec);
  return ec ? path.lexically_normal() : canonical;
}

}  // namespace

bool same_file(const std::string& a, const std::string& b) {
  struct stat sa, sb;
  if (::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0)
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
  return resolved(a) == resolved(b);
}

std::string store_file(const std::string& db) {
  if (db.empty() || is_postgres_location(db)) return "";
  if (!db.starts_with("file:")) return db;
  std::string path = db.substr(5, db.find('?') == std::string::npos ? std::string::npos : db.find('?') - 5);
  if (path.starts_with("//")) path.erase(0, 2);  // file://host/path: the host is empty or localhost
  if (path.starts_with("localhost/")) path.erase(0, 9);
  return path;
}

}  // namespace dyad::cli
