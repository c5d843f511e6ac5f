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

Result<std::string> events_source(store::SqlSession& sql, const EventFilter& f) {
  const std::string indexed = "FROM events e";
  if (sql.backend() != store::Backend::kSqlite || !f.doc_id.empty()) return indexed;
  // Equalities only where there are some: a date range next to them can lead
  // SQLite to count through the wrong index, row by row.
  SqlWhere filters;
  filters.add("e.source_entity = ", f.source);
  filters.add("e.target_entity = ", f.target);
  filters.add("e.root = ", root_of_filter(f));
  filters.add("e.code = ", f.code);
  if (filters.empty()) {
    filters.add("e.date >= ", f.date_from);
    filters.add("e.date <= ", f.date_to);
  }
  int64_t total = 0, kept = 0;
  auto read = [](int64_t& into) {
    return [&into](const store::SqlRow& row) {
      into = row.integer(0);
      return Status::Ok();
    };
  };
  Status st = sql.run("SELECT coalesce(max(id), 0) FROM events", store::SqlParams{}, read(total));
  if (st.ok()) st = sql.run("SELECT count(*) FROM events e" + filters.sql(), filters.params(), read(kept));
  if (!st.ok()) return st;
  return kept > total / 8 ? indexed + " NOT INDEXED" : indexed;
}

}  // namespace analysis
}  // namespace dyad
