// The input files of a folder, walked recursively in sorted order. Entries
// with an input extension that are not regular files (FIFOs, sockets,
// devices, broken symbolic links) are listed too, with the reason they
// cannot be read, so that the caller reports them instead of skipping them
// in silence, and never opens them (a FIFO would block the run).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "dyad/status.h"

namespace dyad::ingest {

struct FolderEntry {
  std::string path;
  std::string unreadable;  // why the entry is not read; empty for a regular file
};

// Whether a file name has an input extension (.txt, .html, .jsonl, ...).
bool has_input_extension(const std::string& path);

// `skip(path)` leaves a file out entirely (the run's own output files).
Result<std::vector<FolderEntry>> walk_folder(const std::string& folder,
                                             const std::function<bool(const std::string&)>& skip);

}  // namespace dyad::ingest
