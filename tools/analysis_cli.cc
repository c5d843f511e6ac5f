#include "analysis_cli.h"

#include <iostream>

#include "commands.h"
#include "store_options.h"

namespace dyad::cli {

std::unique_ptr<Store> open_for_analysis(const std::string& command, const std::string& db) {
  return open_store_or_report(command, db, StoreOptions{.read_only = true});
}

int write_output(const std::string& command, const std::string& text) {
  std::cout.write(text.data(), static_cast<std::streamsize>(text.size()));
  std::cout.flush();
  if (std::cout) return kOk;
  std::cerr << "dyad " << command << ": cannot write the output\n";
  return kFatal;
}

int fatal(const std::string& command, const Status& status) {
  std::cerr << "dyad " << command << ": " << status.message() << "\n";
  return kFatal;
}

bool as_of_date(const std::string& command, const std::string& text, std::string& date) {
  if (text.empty()) return true;
  auto bound = date_bound(text, true);
  if (!bound) {
    std::cerr << "dyad " << command << ": --as-of takes YYYY, YYYY-MM or YYYY-MM-DD, got \""
              << text << "\"\n";
    return false;
  }
  date = *bound;
  return true;
}

}  // namespace dyad::cli
