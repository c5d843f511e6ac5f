// An event of the API: the EVENTS.md object with the optional fields
// "event_id" (its row id, the key of keyset paging) and "story_id" (for a
// fact in a story), as JSON without a trailing newline.
#pragma once

#include <string>

#include "dyad/store.h"

namespace dyad::server {

void append_event_json(std::string& out, const StoredEvent& stored);

// Appends `lines` (JSON Lines, one object per line) as the elements of a JSON array.
void append_lines_as_array(std::string& out, const std::string& lines);

}  // namespace dyad::server
