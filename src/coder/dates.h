// The date of an event: from the text when it fixes one ("on Wednesday",
// "in June 2024"), resolved against the document date; else the document date.
#pragma once

#include <string_view>

#include "dyad/event.h"
#include "event_finder.h"
#include "sentence.h"

namespace dyad::coder {

void assign_date(const Sentence& sentence, const CandidateEvent& event, std::string_view doc_date,
                 Event& out);

}  // namespace dyad::coder
