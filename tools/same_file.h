// Whether two paths name one file, by identity rather than by spelling:
// "./x.jsonl" and "x.jsonl", a symbolic link and its target, two hard links.
#pragma once

#include <string>

namespace dyad::cli {

// The same inode when both exist; else the same absolute path once symbolic
// links are resolved (those of the folders, and a chain of links at the end,
// dangling or not: a link to a file not yet written names that file).
bool same_file(const std::string& a, const std::string& b);

// The file a --db location writes: the path of a SQLite file or "file:" URI;
// empty for PostgreSQL.
std::string store_file(const std::string& db);

}  // namespace dyad::cli
