// What the fuzz targets share: a scratch folder of the process's own, inputs
// written to files there (the readers under test read files), and a check
// that stops the run with a message (libFuzzer keeps the input).
#pragma once

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace dyad::fuzz {

// A folder under the system temp directory, made once per process and
// removed at exit.
inline const std::filesystem::path& scratch_dir() {
  static const std::filesystem::path dir = [] {
    std::filesystem::path path =
        std::filesystem::temp_directory_path() / ("dyad-fuzz-" + std::to_string(getpid()));
    std::filesystem::create_directories(path);
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(scratch_dir(), ec);
    });
    return path;
  }();
  return dir;
}

// Writes `data` to `name` in the scratch folder and returns its path.
inline std::string write_scratch_file(const std::string& name, std::string_view data) {
  std::filesystem::path path = scratch_dir() / name;
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
  return path.string();
}

// A broken contract: the message, then abort() so libFuzzer saves the input.
#define DYAD_FUZZ_CHECK(condition, message)                                      \
  do {                                                                           \
    if (!(condition)) {                                                          \
      std::fprintf(stderr, "contract broken: %s (%s)\n", (message), #condition); \
      std::abort();                                                              \
    }                                                                            \
  } while (0)

}  // namespace dyad::fuzz
