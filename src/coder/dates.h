// The date of an event: from the text when it fixes one ("on Wednesday",
// "in June 2024", "last month", "two days later"), resolved against the
// document date; else the document date.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "event_finder.h"
#include "sentence.h"

namespace dyad::coder {

// A calendar day as a day count (days since 1970-01-01), for arithmetic.
int days_from_civil(int year, int month, int day);
void civil_from_days(int days, int& year, int& month, int& day);
int weekday_of(int days);  // 0 = Monday ... 6 = Sunday

enum class DatePrecision { kDay, kMonth, kYear };

// A date expression found in a sentence, resolved for past acts and for
// planned ones (a weekday means the last one for the first, the next one for the second).
struct DateExpression {
  int begin = 0, end = 0;  // tokens
  int past_days = 0, future_days = 0;
  DatePrecision precision = DatePrecision::kDay;
  bool usable = true;  // false for starts ("since June") and dates of saying
  bool of_saying = false;  // "said on Friday": the date of a statement, which dates a stated intent
  bool scheduled = false;  // "scheduled for Sunday", "set for June": the date of a planned act
  bool weekday = false;    // "on Monday"
};

std::vector<DateExpression> find_date_expressions(const Sentence& sentence, std::string_view doc_date);

// The date expression nearest the event's verb or noun in its clause, or null.
const DateExpression* nearest_date(const Sentence& sentence, const std::vector<DateExpression>& dates,
                                   const CandidateEvent& event);

// Whether a date lies after the document date however it is read ("next month").
bool lies_ahead(const DateExpression& date, std::string_view doc_date);

void assign_date(const Sentence& sentence, const std::vector<DateExpression>& dates,
                 const CandidateEvent& event, std::string_view doc_date, Event& out);

}  // namespace dyad::coder
