// An event: who did what to whom, when, and how the text holds it.
// Field names follow the output contract, ../shared/spec/EVENTS.md.
#pragma once

#include <optional>
#include <string>

#include "dyad/document.h"

namespace dyad {

struct Actor {
  std::string text;     // the phrase in the sentence
  std::string code;     // "RUSGOV", "PRK", "NATO"
  std::string country;  // ISO 3166-1 alpha-3, or empty
  std::string org;      // organisation acronym, or empty
  std::string role;     // CAMEO role ("GOV", "MIL"), or empty

  // The scored entity: the country, else the organisation.
  const std::string& entity() const { return country.empty() ? org : country; }
};

enum class Modality { kAsserted, kReported, kNegated, kPlanned, kPossible, kRecommended };
const char* modality_name(Modality modality);

enum class DateSource { kText, kDocument, kNone };
const char* date_source_name(DateSource source);

// What a conditional event depends on: the event of its condition clause, in
// the same sentence ("If Russia transfers missile technology to North Korea,
// Seoul would arm Ukraine": the arming depends on RUS->PRK 072 "transfers").
// Printed as the optional JSON field `condition` (docs/ANALYSIS.md).
struct EventCondition {
  Actor source;
  Actor target;
  std::string code;  // CAMEO event code of the condition event
  std::string root;
  std::string verb;  // the words the condition event was read from
  int sentence = 0;  // 0-based sentence of the condition event
};

struct Event {
  std::string doc_id;
  int sentence = 0;  // 0-based index in the document
  Span span;         // the sentence's bytes in the cleaned document text
  std::string text;  // the sentence
  std::string date;  // YYYY-MM-DD or empty
  DateSource date_source = DateSource::kNone;
  std::string date_precision;  // "day", "month", "year", or empty when no date
  Actor source;
  Actor target;
  std::string code;  // CAMEO event code
  std::string root;  // its first two digits
  int quad_class = 0;
  double goldstein = 0;
  Modality modality = Modality::kAsserted;
  std::string verb;  // the words the event was read from
  double confidence = 0;
  // Set only for the consequence of a conditional (a red line); absent from
  // the output otherwise, so other events print exactly as before.
  std::optional<EventCondition> condition;
};

}  // namespace dyad
