// The threat table (data/watch/threat_roots.tsv): what carries a threat out.
#include <fmt/format.h>

#include "dyad/analysis.h"
#include "dyad/lexicon.h"
#include "lexicon/dict_lines.h"

namespace dyad {
namespace {

bool is_code(const std::string& text, size_t min_digits) {
  return text.size() >= min_digits && text.size() <= 4 &&
         text.find_first_not_of("0123456789") == std::string::npos;
}

}  // namespace

void ThreatTable::set(const std::string& threat_code, std::vector<std::string> prefixes) {
  entries_[threat_code] = std::move(prefixes);
}

const std::vector<std::string>& ThreatTable::carried_out_by(std::string_view code) const {
  static const std::vector<std::string> kNone;
  for (size_t length = code.size(); length >= 2; --length) {
    auto found = entries_.find(code.substr(0, length));
    if (found != entries_.end()) return found->second;
  }
  return kNone;
}

Result<ThreatTable> load_threat_table(const std::string& path) {
  auto lines = lexicon::read_dict_lines(path);
  if (!lines.ok()) return lines.status();
  ThreatTable table;
  for (const lexicon::DictLine& line : lines.value()) {
    size_t tab = line.text.find('\t');
    std::string threat = lexicon::trim_copy(line.text.substr(0, tab));
    std::vector<std::string> prefixes =
        tab == std::string::npos ? std::vector<std::string>{}
                                 : lexicon::split_list(line.text.substr(tab + 1), ',');
    bool valid = threat.starts_with("13") && is_code(threat, 2) && !prefixes.empty();
    for (const std::string& p : prefixes) valid = valid && is_code(p, 2);
    if (!valid) {
      return Status::Error(fmt::format(
          "{}:{}: want a threat code (13x), a tab and CAMEO codes or roots separated by commas",
          path, line.number));
    }
    table.set(threat, std::move(prefixes));
  }
  return table;
}

std::string default_threat_table_path() { return default_data_dir() + "/watch/threat_roots.tsv"; }

}  // namespace dyad
