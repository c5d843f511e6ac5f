// Document dates from file names and page metadata.
#include <array>
#include <cctype>
#include <cstdio>
#include <string>

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
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

int month_from_name(std::string_view word) {
  static constexpr std::array<const char*, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (word.size() < 3) return 0;
  std::string lower;
  for (char c : word.substr(0, 3)) lower.push_back(static_cast<char>(std::tolower(c)));
  for (size_t i = 0; i < kMonths.size(); ++i)
    if (lower == kMonths[i]) return static_cast<int>(i) + 1;
  return 0;
}

// "June 19, 2024" or "19 June 2024".
std::string date_from_words(std::string_view text) {
  std::string cleaned;
  for (char c : text) cleaned.push_back(c == ',' ? ' ' : c);
  char a[32] = {0}, b[32] = {0}, c[32] = {0};
  if (std::sscanf(cleaned.c_str(), "%31s %31s %31s", a, b, c) != 3) return "";
  int month = month_from_name(a);
  if (month && digits(b) && digits(c)) {
    std::string date = format_date(std::stoi(c), month, std::stoi(b));
    return is_valid_date(date) ? date : "";
  }
  month = month_from_name(b);
  if (month && digits(a) && digits(c)) {
    std::string date = format_date(std::stoi(c), month, std::stoi(a));
    return is_valid_date(date) ? date : "";
  }
  return "";
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
  if (text.size() >= 10 && is_valid_date(text.substr(0, 10))) return std::string(text.substr(0, 10));
  return date_from_words(text);
}

std::string date_from_file_name(std::string_view path) {
  size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  if (name.size() >= 10 && is_valid_date(name.substr(0, 10))) return std::string(name.substr(0, 10));
  return "";
}

}  // namespace dyad
