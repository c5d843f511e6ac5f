#include "dates.h"

namespace dyad::coder {

void assign_date(const Sentence&, const CandidateEvent&, std::string_view doc_date, Event& out) {
  if (doc_date.empty()) {
    out.date_source = DateSource::kNone;
    return;
  }
  out.date = std::string(doc_date);
  out.date_source = DateSource::kDocument;
  out.date_precision = "day";
}

}  // namespace dyad::coder
