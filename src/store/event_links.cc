#include "store/event_links.h"

#include "store/iso_days.h"

namespace dyad::store {
namespace {

bool is_condition_of(const Event& candidate, const Event& consequence) {
  const auto& c = consequence.condition;
  return c && c->sentence == candidate.sentence && c->code == candidate.code &&
         c->verb == candidate.verb && c->source.entity() == candidate.source.entity() &&
         c->target.entity() == candidate.target.entity();
}

}  // namespace

std::vector<EventLinks> condition_links(const StoredDocument& d) {
  std::vector<EventLinks> links(d.events.size());
  for (size_t j = 0; j < d.events.size(); ++j) {
    if (!d.events[j].condition) continue;
    for (size_t i = 0; i < d.events.size(); ++i) {
      if (i != j && links[i].condition_of < 0 && is_condition_of(d.events[i], d.events[j])) {
        links[i].condition_of = static_cast<int>(j);
        break;
      }
    }
  }
  return links;
}

bool is_story_fact(const Event& e, const EventLinks& links) {
  return (e.modality == Modality::kAsserted || e.modality == Modality::kReported) &&
         !e.condition && links.condition_of < 0 && iso_day_number(e.date).has_value() &&
         !e.source.entity().empty() && !e.target.entity().empty();
}

}  // namespace dyad::store
