// Document dates from file names and page metadata.
#include <array>
#include <cctype>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/ingest.h"

namespace dyad {
namespace {

bool digits(std::string_view s) {
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

std::string format_date(int year, int month, int day) {
  char buf[48];  // room for any int, though callers pass 4-digit years
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string lower_ascii(std::string_view word) {
  std::string out;
  for (char c : word) out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  return out;
}

// "June", "Jun", "Jun.", "Sept." -> 6, 6, 6, 9; 0 for anything else.
int month_from_name(std::string_view word) {
  static constexpr std::array<const char*, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string lower = lower_ascii(word);
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  for (size_t i = 0; i < kMonths.size(); ++i) {
    std::string_view name = kMonths[i];
    if (lower == name || (lower.size() == 3 && name.starts_with(lower)) || (i == 8 && lower == "sept"))
      return static_cast<int>(i) + 1;
  }
  return 0;
}

bool is_weekday(std::string_view word) {
  static constexpr std::array<const char*, 7> kDays = {"monday", "tuesday", "wednesday", "thursday",
                                                      "friday", "saturday", "sunday"};
  std::string lower = lower_ascii(word);
  if (!lower.empty() && lower.back() == '.') lower.pop_back();
  for (std::string_view day : kDays)
    if (lower == day || (lower.size() == 3 && day.starts_with(lower))) return true;
  return false;
}

// "19", "19th", "1st" -> 19, 19, 1; -1 if not a day number.
int day_number(std::string_view word) {
  std::string_view digits_part = word;
  for (std::string_view suffix : {"st", "nd", "rd", "th"})
    if (word.size() > 2 && lower_ascii(word.substr(word.size() - 2)) == suffix)
      digits_part = word.substr(0, word.size() - 2);
  if (digits_part.empty() || digits_part.size() > 2 || !digits(digits_part)) return -1;
  return std::stoi(std::string(digits_part));
}

// "June 19, 2024", "19 June 2024", "Wednesday, 19th June 2024", "Dec. 5, 2024".
std::string date_from_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == ',' || c == '\t' || c == '\n') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  size_t i = 0;
  if (i < words.size() && is_weekday(words[i])) ++i;
  if (i + 3 > words.size()) return "";
  const std::string& a = words[i];
  const std::string& b = words[i + 1];
  const std::string& c = words[i + 2];
  if (c.size() != 4 || !digits(c)) return "";
  int year = std::stoi(c), month = 0, day = -1;
  if ((month = month_from_name(a)) > 0) day = day_number(b);
  else if ((month = month_from_name(b)) > 0) day = day_number(a);
  if (month == 0 || day < 1) return "";
  std::string date = format_date(year, month, day);
  return is_valid_date(date) ? date : "";
}

}  // namespace

bool is_valid_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  if (!digits(s.substr(0, 4)) || !digits(s.substr(5, 2)) || !digits(s.substr(8, 2))) return false;
  int year = std::stoi(std::string(s.substr(0, 4)));
  int month = std::stoi(std::string(s.substr(5, 2)));
  int day = std::stoi(std::string(s.substr(8, 2)));
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

std::string normalise_date(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  if (text.size() >= 10) {
    std::string head(text.substr(0, 10));  // "2024-06-19", "2024/06/19", "2024.06.19"
    if ((head[4] == '/' && head[7] == '/') || (head[4] == '.' && head[7] == '.')) head[4] = head[7] = '-';
    bool ends = text.size() == 10 || !std::isdigit(static_cast<unsigned char>(text[10]));
    if (ends && is_valid_date(head)) return head;
  }
  return date_from_words(text);
}

std::string date_from_file_name(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name.size() >= 10 && is_valid_date(name.substr(0, 10))) return std::string(name.substr(0, 10));
  return "";
}

}  // namespace dyad
