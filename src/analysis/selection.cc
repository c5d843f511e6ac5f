#include "analysis/selection.h"

#include <sstream>

namespace dyad {

std::optional<ModalitySelection> parse_modality_selection(std::string_view text) {
  const Modality all[] = {Modality::kAsserted, Modality::kReported, Modality::kNegated,
                          Modality::kPlanned,  Modality::kPossible, Modality::kRecommended};
  if (text == "facts") return ModalitySelection{};
  ModalitySelection selection{.facts = false};
  if (text == "all") {
    selection.modalities.assign(std::begin(all), std::end(all));
    return selection;
  }
  std::istringstream in{std::string(text)};
  std::string name;
  while (std::getline(in, name, ',')) {
    bool known = false;
    for (Modality m : all) {
      if (name != modality_name(m)) continue;
      known = true;
      selection.modalities.push_back(m);
    }
    if (!known) return std::nullopt;
  }
  if (selection.modalities.empty()) return std::nullopt;
  return selection;
}

namespace analysis {

void add_modality_selection(SqlWhere& where, const ModalitySelection& selection) {
  if (selection.facts) {
    where.add_constant("e.story_id IS NOT NULL");
    return;
  }
  std::vector<std::string> names;
  for (Modality m : selection.modalities) names.push_back(modality_name(m));
  where.add_in("e.modality", names);
}

std::string root_of_filter(const EventFilter& f) {
  return f.root.empty() ? f.code.substr(0, std::min<size_t>(2, f.code.size())) : f.root;
}

void add_event_filter(SqlWhere& where, const EventFilter& f) {
  where.add("e.source_entity = ", f.source);
  where.add("e.target_entity = ", f.target);
  where.add("e.root = ", root_of_filter(f));
  where.add("e.code = ", f.code);
  where.add("e.doc_id = ", f.doc_id);
  where.add("e.date >= ", f.date_from);
  where.add("e.date <= ", f.date_to);
}

}  // namespace analysis
}  // namespace dyad
