#include "dates.h"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <unordered_map>

#include "cue_words.h"

namespace dyad::coder {
namespace {

int month_of(std::string_view w) {
  static const std::unordered_map<std::string_view, int> kMonths = {
      {"january", 1}, {"jan", 1}, {"jan.", 1}, {"february", 2}, {"feb", 2}, {"feb.", 2},
      {"march", 3}, {"mar.", 3}, {"april", 4}, {"apr", 4}, {"apr.", 4}, {"may", 5},
      {"june", 6}, {"jun.", 6}, {"july", 7}, {"jul.", 7}, {"august", 8}, {"aug", 8},
      {"aug.", 8}, {"september", 9}, {"sept", 9}, {"sept.", 9}, {"sep.", 9}, {"october", 10},
      {"oct", 10}, {"oct.", 10}, {"november", 11}, {"nov", 11}, {"nov.", 11},
      {"december", 12}, {"dec", 12}, {"dec.", 12}};
  auto it = kMonths.find(w);
  return it == kMonths.end() ? 0 : it->second;
}

int weekday_named(std::string_view w) {
  static const std::array<std::string_view, 7> kDays = {"monday", "tuesday", "wednesday", "thursday",
                                                        "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i)
    if (w == kDays[i]) return i;
  return -1;
}

int number_of(std::string_view w) {
  if (w.empty() || w.size() > 4) return -1;
  for (char c : w)
    if (c < '0' || c > '9') return -1;
  return std::atoi(std::string(w).c_str());
}

int small_number(std::string_view w) {
  static const std::unordered_map<std::string_view, int> kWords = {
      {"one", 1}, {"two", 2}, {"three", 3}, {"four", 4}, {"five", 5}, {"six", 6},
      {"seven", 7}, {"eight", 8}, {"nine", 9}, {"ten", 10}, {"a", 1}};
  auto it = kWords.find(w);
  return it != kWords.end() ? it->second : number_of(w);
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

class DateFinder {
 public:
  DateFinder(const Sentence& s, int doc) : s_(s), doc_(doc) { civil_from_days(doc, year_, month_, day_); }

  std::vector<DateExpression> run() {
    for (int i = 0; i < s_.size(); ++i) {
      size_t before = out_.size();
      int consumed = read_at(i);
      if (consumed > 0 && out_.size() > before) {
        mark_unusable(out_.back());
        mark_scheduled(out_.back());
        i += consumed - 1;
      }
    }
    resolve_relative();
    return std::move(out_);
  }

 private:
  void add(int begin, int end, int past, int future, DatePrecision precision) {
    out_.push_back(DateExpression{begin, end, past, future, precision, true});
  }

  // A day of `month` with no year: the latest on or before the document date
  // for past acts, the next on or after it for planned ones.
  void add_month_day(int begin, int end, int month, int day) {
    if (day < 1 || day > 31) return;
    int this_year = days_from_civil(year_, month, std::min(day, days_in_month(year_, month)));
    int past = this_year <= doc_ ? this_year : days_from_civil(year_ - 1, month, std::min(day, days_in_month(year_ - 1, month)));
    int future = this_year >= doc_ ? this_year : days_from_civil(year_ + 1, month, std::min(day, days_in_month(year_ + 1, month)));
    add(begin, end, past, future, DatePrecision::kDay);
  }

  void add_month(int begin, int end, int month) {
    int this_year = days_from_civil(year_, month, 1);
    int doc_month = days_from_civil(year_, month_, 1);
    int past = this_year <= doc_month ? this_year : days_from_civil(year_ - 1, month, 1);
    int future = this_year >= doc_month ? this_year : days_from_civil(year_ + 1, month, 1);
    add(begin, end, past, future, DatePrecision::kMonth);
  }

  int month_offset(int offset) const {
    int m = month_ - 1 + offset;
    int y = year_ + (m < 0 ? -1 : m / 12);
    m = ((m % 12) + 12) % 12;
    return days_from_civil(y, m + 1, 1);
  }

  // Reads a date expression starting at token i; returns tokens consumed.
  int read_at(int i) {
    std::string_view w = s_.folded(i);
    std::string_view next = s_.folded(i + 1);
    if (int wd = weekday_named(w); wd >= 0) {
      std::string_view before = s_.folded(i - 1);
      int back = (weekday_of(doc_) - wd + 7) % 7;
      int ahead = (wd - weekday_of(doc_) + 7) % 7;
      if (before == "last") back = back == 0 ? 7 : back;
      // A plan for the document's own weekday is next week's, unless "later on Monday".
      bool same_day = before == "this" || (before == "on" && (s_.folded(i - 2) == "later" || s_.folded(i - 2) == "earlier"));
      if (ahead == 0 && !same_day) ahead = 7;
      add(i, i + 1, doc_ - back, doc_ + ahead, DatePrecision::kDay);
      out_.back().weekday = true;
      return 1;
    }
    if (w == "yesterday") return add(i, i + 1, doc_ - 1, doc_ - 1, DatePrecision::kDay), 1;
    if (w == "today" || w == "tonight") return add(i, i + 1, doc_, doc_, DatePrecision::kDay), 1;
    if (w == "tomorrow") return add(i, i + 1, doc_ + 1, doc_ + 1, DatePrecision::kDay), 1;
    if (int month = month_of(w); month > 0 && s_.words[i].token->capitalised) {
      std::string_view before = s_.folded(i - 1);
      bool month_context = before == "in" || before == "since" || before == "until" || before == "of" ||
                           before == "early" || before == "late" || before == "mid" || before == "by";
      if (w == "may" && number_of(next) < 0 && !month_context) return 0;  // the modal, not the month
      int day = number_of(next);
      if (day >= 1 && day <= 31) {  // "June 19", "June 19, 2024"
        int j = i + 2;
        if (s_.folded(j) == ",") ++j;
        int year = number_of(s_.folded(j));
        if (year >= 1900) {
          add(i, j + 1, days_from_civil(year, month, day), days_from_civil(year, month, day), DatePrecision::kDay);
          return j + 1 - i;
        }
        add_month_day(i, i + 2, month, day);
        return 2;
      }
      if (day >= 1900) {  // "June 2024"
        int d = days_from_civil(day, month, 1);
        add(i, i + 2, d, d, DatePrecision::kMonth);
        return 2;
      }
      add_month(i, i + 1, month);
      return 1;
    }
    if (int day = number_of(w); day >= 1 && day <= 31 && month_of(next) > 0) {  // "19 June (2024)"
      int month = month_of(next);
      int year = number_of(s_.folded(i + 2));
      if (year >= 1900) {
        int d = days_from_civil(year, month, day);
        add(i, i + 3, d, d, DatePrecision::kDay);
        return 3;
      }
      add_month_day(i, i + 2, month, day);
      return 2;
    }
    if ((w == "last" || w == "this" || w == "next" || w == "earlier" || w == "later") &&
        (next == "week" || next == "month" || next == "year" || next == "this")) {
      return read_relative_period(i);
    }
    if (int year = number_of(w); year >= 1900 && year <= 2100 && (s_.folded(i - 1) == "in")) {
      int d = days_from_civil(year, 1, 1);
      add(i, i + 1, d, d, DatePrecision::kYear);
      return 1;
    }
    return 0;
  }

  // "last month", "this week", "earlier this year", "later this month", "next year".
  int read_relative_period(int i) {
    std::string_view w = s_.folded(i);
    int j = i + 1;
    if ((w == "earlier" || w == "later") && s_.folded(j) == "this") ++j;
    std::string_view period = s_.folded(j);
    int offset = w == "last" ? -1 : w == "next" ? 1 : 0;
    if (period == "month") {
      int d = month_offset(offset);
      add(i, j + 1, d, d, DatePrecision::kMonth);
    } else if (period == "year") {
      int d = days_from_civil(year_ + offset, 1, 1);
      add(i, j + 1, d, d, DatePrecision::kYear);
    } else if (period == "week") {
      // A week fixes a month only when it lies inside one.
      int monday = doc_ - weekday_of(doc_) + 7 * offset;
      int y1, m1, d1, y2, m2, d2;
      civil_from_days(monday, y1, m1, d1);
      civil_from_days(monday + 6, y2, m2, d2);
      if (m1 != m2) return 0;  // a week across two months fixes no month
      int d = days_from_civil(y1, m1, 1);
      add(i, j + 1, d, d, DatePrecision::kMonth);
    } else {
      return 0;
    }
    return j + 1 - i;
  }

  // "since June" marks a start; "said on Friday" dates the saying.
  // "talks scheduled for Sunday", "a summit set for June 12".
  void mark_scheduled(DateExpression& e) {
    int k = e.begin - 1;
    if (k > 0 && (s_.folded(k) == "for" || s_.folded(k) == "on"))
      e.scheduled = is_cue(s_.words[k - 1], Cue::kControlPlanned);
  }

  void mark_unusable(DateExpression& e) {
    int k = e.begin - 1;
    while (k >= 0 && (s_.folded(k) == "on" || s_.folded(k) == "in" || s_.folded(k) == "early" ||
                      s_.folded(k) == "late" || s_.folded(k) == "last" || s_.folded(k) == "next"))
      --k;
    std::string_view before = s_.folded(k);
    if (before == "since" || before == "until" || before == "till" || before == "by" || before == "from" ||
        before == "before" || before == "through")
      e.usable = false;
    if ((k >= 0 && is_attribution_word(s_.words[k])) || before == "announced" || before == "reporters") {
      e.usable = false;
      e.of_saying = true;
    }
    // "since the Soviet Union broke up in 1991": a date inside a "since" clause.
    for (int j = e.begin - 1; j >= 0 && j >= e.begin - 8 && s_.folded(j) != ","; --j)
      if (s_.folded(j) == "since") e.usable = false;
  }

  // The last day-precise date that ends before token `limit`, or null.
  const DateExpression* anchor_before(int limit) const {
    const DateExpression* anchor = nullptr;
    for (const DateExpression& e : out_)
      if (e.precision == DatePrecision::kDay && e.end <= limit) anchor = &e;
    return anchor;
  }

  // "two days later" / "a week earlier" / "the next day", anchored on a date
  // in the same sentence.
  void resolve_relative() {
    for (int i = 1; i + 1 < s_.size(); ++i) {
      std::string_view first = s_.folded(i);
      if ((first == "next" || first == "following") && s_.folded(i + 1) == "day" && s_.folded(i - 1) == "the")
        if (const DateExpression* anchor = anchor_before(i - 1))
          add(i - 1, i + 2, anchor->past_days + 1, anchor->past_days + 1, DatePrecision::kDay);
    }
    for (int i = 1; i + 1 < s_.size(); ++i) {
      std::string_view unit = s_.folded(i);
      std::string_view dir = s_.folded(i + 1);
      if (dir != "later" && dir != "earlier" && dir != "after" && dir != "before") continue;
      int per = unit.starts_with("day") ? 1 : unit.starts_with("week") ? 7 : 0;
      int count = small_number(s_.folded(i - 1));
      if (per == 0 || count <= 0) continue;
      const DateExpression* anchor = anchor_before(i - 1);
      if (!anchor) continue;
      int shift = count * per * (dir == "later" || dir == "after" ? 1 : -1);
      add(i - 1, i + 2, anchor->past_days + shift, anchor->past_days + shift, DatePrecision::kDay);
    }
  }

  const Sentence& s_;
  int doc_;
  int year_ = 0, month_ = 0, day_ = 0;
  std::vector<DateExpression> out_;
};

std::string format_days(int days) {
  int y, m, d;
  civil_from_days(days, y, m, d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

bool parse_date(std::string_view text, int& days) {
  if (text.size() != 10) return false;
  int y = std::atoi(std::string(text.substr(0, 4)).c_str());
  int m = std::atoi(std::string(text.substr(5, 2)).c_str());
  int d = std::atoi(std::string(text.substr(8, 2)).c_str());
  if (y < 1000 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  days = days_from_civil(y, m, d);
  return true;
}

}  // namespace

// Howard Hinnant's civil-calendar algorithms (public domain).
int days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

void civil_from_days(int z, int& y, int& m, int& d) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe) + era * 400 + (m <= 2);
}

int weekday_of(int days) { return ((days % 7) + 7 + 3) % 7; }  // 1970-01-01 was a Thursday

std::vector<DateExpression> find_date_expressions(const Sentence& s, std::string_view doc_date) {
  int doc;
  if (!parse_date(doc_date, doc)) return {};
  return DateFinder(s, doc).run();
}

const DateExpression* nearest_date(const Sentence& s, const std::vector<DateExpression>& dates,
                                   const CandidateEvent& event) {
  const DateExpression* best = nullptr;
  int best_distance = 1 << 30;
  for (const DateExpression& e : dates) {
    if (!e.usable && !(event.intent && e.of_saying)) continue;  // "said on Wednesday it was ready to talk"
    bool after = e.begin >= event.anchor_end;
    int distance = after ? e.begin - event.anchor_end : event.anchor - e.end + 1;
    // A date in the verb's own clause beats one across a comma:
    // "arrived on June 18, and signed a treaty a day later".
    int from = after ? event.anchor_end : e.end, to = after ? e.begin : event.anchor;
    for (int k = from; k < to; ++k)
      if (s.folded(k) == ",") distance += 10;
    // What is cancelled or lies ahead takes the date it was scheduled for:
    // "called off on Saturday talks scheduled for Sunday".
    if (event.future && e.scheduled) distance -= 100;
    if (distance < best_distance) best = &e, best_distance = distance;
  }
  return best;
}

bool lies_ahead(const DateExpression& date, std::string_view doc_date) {
  int doc;
  return parse_date(doc_date, doc) && date.past_days > doc;
}

void assign_date(const Sentence& s, const std::vector<DateExpression>& dates, const CandidateEvent& event,
                 std::string_view doc_date, Event& out) {
  const DateExpression* best = nearest_date(s, dates, event);
  if (best) {
    // Acts that lie ahead look forward: "could send them in July", "will not visit in June".
    // "urged Kyiv to hold talks on Monday", "threatened on Monday to strike":
    // a weekday next to an urging or a threat dates the speech act, and the
    // act it urges takes the same day.
    bool forward = event.future && !(best->weekday && event.urged);
    out.date = format_days(forward ? best->future_days : best->past_days);
    out.date_source = DateSource::kText;
    out.date_precision = best->precision == DatePrecision::kDay ? "day"
                         : best->precision == DatePrecision::kMonth ? "month" : "year";
    return;
  }
  if (doc_date.empty()) {
    out.date_source = DateSource::kNone;
    return;
  }
  out.date = std::string(doc_date);
  out.date_source = DateSource::kDocument;
  out.date_precision = "day";
}

}  // namespace dyad::coder
