// Sentence segmentation. Works on bytes: every break it looks for is ASCII or
// a known UTF-8 quote, so offsets stay exact.
#include <cctype>
#include <string>
#include <utility>

#include "abbreviations.h"
#include "dyad/text.h"
#include "sentence_limit.h"

namespace dyad {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

bool starts_with(std::string_view text, size_t pos, std::string_view what) {
  return text.substr(pos, what.size()) == what;
}

// Length of a closing quote or bracket at pos, 0 if none.
size_t closing_mark_at(std::string_view text, size_t pos) {
  char c = text[pos];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (starts_with(text, pos, "\u201d") || starts_with(text, pos, "\u2019")) return 3;
  return 0;
}

// Length of a bullet marker ("- ", "* ", "• ", "1. ", "2) ") at the start
// of a line, with the indentation before it; 0 if the line is no bullet item.
size_t bullet_at(std::string_view text, size_t pos) {
  size_t indent = 0;
  while (pos + indent < text.size() && (text[pos + indent] == ' ' || text[pos + indent] == '\t')) ++indent;
  pos += indent;
  if (pos >= text.size()) return 0;
  auto space_after = [&](size_t n) { return pos + n < text.size() && text[pos + n] == ' '; };
  if ((text[pos] == '-' || text[pos] == '*') && space_after(1)) return indent + 2;
  for (std::string_view mark : {"\u2022", "\u2013", "\u00b7", "\u25e6", "\u25aa", "\u2023"})
    if (starts_with(text, pos, mark) && space_after(mark.size())) return indent + mark.size() + 1;
  size_t n = 0;
  while (pos + n < text.size() && std::isdigit(static_cast<unsigned char>(text[pos + n]))) ++n;
  if (n > 0 && n < 3 && pos + n < text.size() && (text[pos + n] == '.' || text[pos + n] == ')') &&
      space_after(n + 1))
    return indent + n + 2;
  return 0;
}

// An indented line that is no bullet item continues the item above it.
bool continues_item(std::string_view text, size_t line) {
  return line < text.size() && (text[line] == ' ' || text[line] == '\t') && bullet_at(text, line) == 0;
}

// Whether what follows position pos (after white space) can open a sentence.
bool opens_sentence(std::string_view text, size_t pos) {
  while (pos < text.size() && is_space(text[pos])) ++pos;
  if (pos >= text.size()) return true;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (std::isupper(c) || std::isdigit(c) || c == '"' || c == '\'' || c == '(' || c == '[') return true;
  if (starts_with(text, pos, "\u201c") || starts_with(text, pos, "\u2018")) return true;
  return c >= 0x80;  // a non-ASCII letter: accept (case unknown here)
}

std::string_view word_before(std::string_view text, size_t period) {
  size_t start = period;
  while (start > 0 && !is_space(text[start - 1]) && text[start - 1] != '(' && text[start - 1] != '"')
    --start;
  return text.substr(start, period - start);
}

std::string_view word_after(std::string_view text, size_t pos) {
  while (pos < text.size() && (is_space(text[pos]) || text[pos] == '"' || text[pos] == '(')) ++pos;
  size_t end = pos;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  return text.substr(pos, end - pos);
}

bool is_acronym_with_periods(std::string_view word) {  // "U.S", "a.m"
  return word.size() >= 3 && word.find('.') != std::string_view::npos &&
         std::isalpha(static_cast<unsigned char>(word[0]));
}

// Whether the period at `period` ends a sentence, given the next word.
bool period_ends_sentence(std::string_view text, size_t period, size_t next) {
  std::string_view word = word_before(text, period);
  std::string_view following = word_after(text, next);
  if (word.size() == 1 && std::isupper(static_cast<unsigned char>(word[0]))) return false;  // initial
  if (text::is_title_abbreviation(word)) {
    size_t first = next;  // "No. 5": the number comes after the space
    while (first < text.size() && is_space(text[first])) ++first;
    bool number_follows = first < text.size() && std::isdigit(static_cast<unsigned char>(text[first]));
    if (word == "No" || word == "no" || word == "Nos" || word == "nos") return !number_follows;
    return false;
  }
  if (is_acronym_with_periods(word) || text::is_terminal_abbreviation(word))
    return text::is_sentence_opener(following);
  return true;
}

class Segmenter {
 public:
  explicit Segmenter(std::string_view text) : text_(text) {}

  Segmentation run() {
    size_t pos = 0;
    while (pos < text_.size()) {
      auto [end, next] = paragraph_break(pos);
      split_paragraph(pos, end);
      pos = next;
    }
    return std::move(result_);
  }

 private:
  // The next blank line (empty or only spaces and tabs) at or after pos: where
  // the paragraph ends and where the next one starts; (size, size) if none.
  std::pair<size_t, size_t> paragraph_break(size_t pos) const {
    for (size_t nl = text_.find('\n', pos); nl != std::string_view::npos; nl = text_.find('\n', nl + 1)) {
      size_t i = nl + 1;
      while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t')) ++i;
      if (i < text_.size() && text_[i] == '\n') return {nl, i + 1};
    }
    return {text_.size(), text_.size()};
  }

  // Adds the sentence [begin, end), trimmed, in pieces if it is over the
  // length limit.
  void emit(size_t begin, size_t end) {
    while (end > begin && is_space(text_[end - 1])) --end;
    for (bool cut = false;;) {
      while (begin < end && is_space(text_[begin])) ++begin;
      if (begin >= end) return;
      size_t piece_end = text::end_of_first_piece(text_, begin, end);
      if (piece_end < end && !cut) cut = true, ++result_.cut;
      size_t trimmed = piece_end;
      while (trimmed > begin && is_space(text_[trimmed - 1])) --trimmed;
      result_.sentences.push_back(Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(trimmed)});
      begin = piece_end;
    }
  }

  // Lines within a paragraph: a bullet item (with its indented continuation
  // lines), or a short line with no end punctuation before a capitalised line
  // (a headline), stands alone.
  void split_paragraph(size_t begin, size_t end) {
    size_t start = begin;
    size_t line = begin;
    while (line < end) {
      size_t line_end = text_.find('\n', line);
      if (line_end == std::string_view::npos || line_end > end) line_end = end;
      size_t next_line = line_end + 1;
      bool last = next_line >= end;
      bool in_item = bullet_at(text_, start) > 0;
      if (!last && (bullet_at(text_, next_line) > 0 || (in_item && !continues_item(text_, next_line)) ||
                    (!in_item && is_headline(line, line_end, next_line)))) {
        split_run(start, line_end);
        start = next_line;
      }
      line = next_line;
    }
    split_run(start, end);
  }

  bool is_headline(size_t line, size_t line_end, size_t next_line) const {
    size_t len = line_end - line;
    if (len == 0 || len > 80) return false;
    char last = text_[line_end - 1];
    if (std::string_view(".,;:!?").find(last) != std::string_view::npos) return false;
    size_t words = 1;
    for (size_t i = line; i < line_end; ++i) words += text_[i] == ' ';
    if (words > 12 || !opens_sentence(text_, next_line)) return false;
    // A line that stops on "of", "the", "and" ... is cut, not a headline.
    size_t last_word = line_end;
    while (last_word > line && text_[last_word - 1] != ' ') --last_word;
    static constexpr std::string_view kDangling[] = {
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "her", "his", "in", "into", "its",
        "of", "on", "or", "than", "that", "the", "their", "to", "with"};
    std::string_view tail = text_.substr(last_word, line_end - last_word);
    for (std::string_view word : kDangling)
      if (tail == word) return false;
    // Hard-wrapped text: a long line followed by one no much longer is a
    // wrapped line, not a headline (a headline is followed by a paragraph,
    // or by a noticeably longer wrapped line).
    size_t next_end = text_.find('\n', next_line);
    if (next_end == std::string_view::npos) next_end = text_.size();
    size_t next_len = next_end - next_line;
    return !(len >= 50 && next_len <= len + 20);
  }

  // Splits a run of text at sentence-final punctuation.
  void split_run(size_t begin, size_t end) {
    size_t start = begin + bullet_at(text_, begin);
    for (size_t i = start; i < end; ++i) {
      char c = text_[i];
      bool ellipsis = static_cast<unsigned char>(c) == 0xE2 && starts_with(text_, i, "\u2026");
      if (c != '.' && c != '!' && c != '?' && !ellipsis) continue;
      size_t after = i + (ellipsis ? 3 : 1);
      while (after < end && (text_[after] == '.' || text_[after] == '!' || text_[after] == '?')) ++after;
      while (after < end && closing_mark_at(text_, after)) after += closing_mark_at(text_, after);
      if (after < end && !is_space(text_[after])) continue;
      if (!opens_sentence(text_, after)) continue;
      if (c == '.' && after == i + 1 && !period_ends_sentence(text_, i, after)) continue;
      emit(start, after);
      start = after;
      i = after;
    }
    emit(start, end);
  }

  std::string_view text_;
  Segmentation result_;
};

}  // namespace

Segmentation segment(std::string_view text) { return Segmenter(text).run(); }

std::vector<Span> split_sentences(std::string_view text) { return segment(text).sentences; }

// See sentence_limit.h: a cut leaves a piece that is recognisable by its
// length, so the text is segmented again only when a sentence is like that.
size_t count_cut_sentences(std::string_view text, const std::vector<Span>& sentences) {
  for (Span span : sentences) {
    bool long_enough = span.size() >= kMaxSentenceBytes / 2 ||
                       (span.size() >= kMaxSentenceTokens &&
                        text::count_tokens(text, span.begin, span.end) >= kMaxSentenceTokens);
    if (long_enough) return segment(text).cut;
  }
  return 0;
}

}  // namespace dyad
