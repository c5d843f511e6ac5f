// Entity display names from the actor dictionaries: the first name of the
// first entry of each state ("RUS  Russia; ...") and organisation ("@NATO  NATO").
#include "dyad/analysis.h"
#include "lexicon/dict_lines.h"

namespace dyad {
namespace {

// "RUS" and "@NATO" name entities; "RUSGOV", "@UN/JUD" (roles) do not.
std::string entity_of_code(const std::string& code) {
  if (code.size() == 3 && code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos)
    return code;
  if (code.size() > 1 && code[0] == '@' && code.find('/') == std::string::npos) return code.substr(1);
  return {};
}

Status read_names(const std::string& path, EntityNames& names, std::map<std::string, bool>& seen) {
  auto lines = lexicon::read_dict_lines(path);
  if (!lines.ok()) return lines.status();
  for (const lexicon::DictLine& line : lines.value()) {
    if (line.indented) continue;
    size_t space = line.text.find_first_of(" \t");
    if (space == std::string::npos) continue;
    std::string entity = entity_of_code(line.text.substr(0, space));
    std::vector<std::string> list = lexicon::split_list(line.text.substr(space + 1), ';');
    if (entity.empty() || list.empty() || seen[entity]) continue;
    seen[entity] = true;
    names.set(entity, list.front());
  }
  return Status::Ok();
}

}  // namespace

const std::string& EntityNames::name(const std::string& entity) const {
  auto found = names_.find(entity);
  return found == names_.end() ? entity : found->second;
}

Result<EntityNames> load_entity_names(const std::string& data_dir) {
  EntityNames names;
  std::map<std::string, bool> seen;
  for (const char* file : {"/actors/countries.txt", "/actors/organisations.txt"}) {
    if (Status st = read_names(data_dir + file, names, seen); !st.ok()) return st;
  }
  return names;
}

}  // namespace dyad
