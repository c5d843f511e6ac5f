// What the store derives for each event of a document before writing it:
// which event it is the condition of (the if-clause of a red line), and its
// story. Facts, for stories, are dated asserted or reported events that are
// neither conditional nor a condition (docs/ANALYSIS.md).
#pragma once

#include <cstdint>
#include <vector>

#include "dyad/store.h"

namespace dyad::store {

struct EventLinks {
  int condition_of = -1;  // ordinal of the event whose condition this is; -1: none
  int64_t story_id = 0;   // 0: none
};

// One per event of `document`, with condition_of set: event i is the
// condition of event j when j's condition names i's sentence, source and
// target entities, code and verb (one event per entity pair and root per
// sentence makes that unique).
std::vector<EventLinks> condition_links(const StoredDocument& document);

// Whether the event belongs in a story: a fact (asserted or reported) that is
// neither conditional nor a condition, with a valid date and both entities.
bool is_story_fact(const Event& event, const EventLinks& links);

// The same test in SQL over events `e` (for rebuilding stories from rows).
inline constexpr const char* kStoryFactSql =
    "e.modality IN ('asserted', 'reported') AND e.condition_code IS NULL "
    "AND e.condition_of IS NULL AND e.date IS NOT NULL "
    "AND e.source_entity IS NOT NULL AND e.target_entity IS NOT NULL";

}  // namespace dyad::store
