// Tokenisation of one sentence, with byte offsets into the document text.
#include <utf8proc.h>

#include <cctype>
#include <cstdlib>
#include <memory>

#include "abbreviations.h"
#include "dyad/text.h"

namespace dyad {
namespace {

struct CodePoint {
  int32_t value = -1;
  size_t length = 1;
};

CodePoint decode(std::string_view text, size_t pos) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return {c, 1};
  utf8proc_int32_t cp;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                            static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) return {-1, 1};
  return {cp, static_cast<size_t>(n)};
}

bool is_letter(int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');  // no locale lookup
  auto cat = utf8proc_category(cp);
  // Letters and the combining marks inside words (Mn, Mc, Me: Devanagari vowel signs, ...).
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME;
}
bool is_digit(int32_t cp) { return cp >= '0' && cp <= '9'; }
bool is_space_cp(int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || cp == 0x2009 || cp == 0x202F;
}
bool is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }

bool is_upper(int32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, Span sentence) : text_(text), end_(sentence.end) {
    pos_ = sentence.begin;
    tokens_.reserve(sentence.size() / 4 + 4);  // about one token per 4-6 bytes of news text
  }

  std::vector<Token> run() {
    while (pos_ < end_) {
      CodePoint cp = decode(text_, pos_);
      if (is_space_cp(cp.value)) {
        pos_ += cp.length;
      } else if (is_digit(cp.value)) {
        read_number();
      } else if (is_letter(cp.value)) {
        read_word();
      } else if (is_apostrophe(cp.value) && possessive_at(pos_)) {
        size_t len = cp.length + 1;
        push(pos_, pos_ + len, TokenKind::kWord);
        pos_ += len;
      } else {
        push(pos_, pos_ + cp.length, TokenKind::kPunct);
        pos_ += cp.length;
      }
    }
    return std::move(tokens_);
  }

 private:
  // "'s" followed by a non-letter.
  bool possessive_at(size_t pos) const {
    size_t after = pos + decode(text_, pos).length;
    if (after >= end_ || (text_[after] != 's' && text_[after] != 'S')) return false;
    return after + 1 >= end_ || !is_letter(decode(text_, after + 1).value);
  }

  void read_number() {
    size_t start = pos_;
    while (pos_ < end_) {
      CodePoint cp = decode(text_, pos_);
      bool separator = (cp.value == ',' || cp.value == '.') && pos_ + 1 < end_ &&
                       std::isdigit(static_cast<unsigned char>(text_[pos_ + 1]));
      if (!is_digit(cp.value) && !is_letter(cp.value) && !separator) break;
      pos_ += cp.length;
    }
    push(start, pos_, TokenKind::kNumber);
  }

  void read_word() {
    size_t start = pos_;
    while (pos_ < end_) {
      CodePoint cp = decode(text_, pos_);
      if (is_letter(cp.value) || is_digit(cp.value)) {
        pos_ += cp.length;
      } else if (cp.value == '.' && pos_ + 1 < end_ && is_letter(decode(text_, pos_ + 1).value) &&
                 pos_ + 2 <= end_ && (pos_ + 2 == end_ || text_[pos_ + 2] == '.')) {
        pos_ += 1;  // acronym with periods: "U.S", "a.m"
      } else if (is_apostrophe(cp.value) && pos_ + cp.length < end_ &&
                 is_letter(decode(text_, pos_ + cp.length).value) && !possessive_at(pos_) &&
                 !negation_at(start, pos_)) {
        pos_ += cp.length;  // "O'Brien", "don't" is split below
      } else {
        break;
      }
    }
    std::string_view word = text_.substr(start, pos_ - start);
    bool acronym = word.find('.') != std::string_view::npos;
    // "U.S." and titles ("Gen.") keep their final period, wherever they stand:
    // a dictionary phrase tokenised alone ("Lt. Gen.") must give the tokens
    // it has inside a sentence.
    bool trailing_period = pos_ < end_ && text_[pos_] == '.' &&
                           (acronym || text::is_title_abbreviation(word));
    if (trailing_period) ++pos_;  // "U.S." and "Gen." keep their period
    if (pos_ < end_ && negation_at(start, pos_)) {  // "didn't" -> "did" "n't"
      push(start, pos_ - 1, TokenKind::kWord);
      size_t apostrophe_len = decode(text_, pos_).length;
      push(pos_ - 1, pos_ + apostrophe_len + 1, TokenKind::kWord);
      pos_ += apostrophe_len + 1;
      return;
    }
    push(start, pos_, TokenKind::kWord);
  }

  // Whether an apostrophe at pos, after "...n", starts "n't".
  bool negation_at(size_t word_start, size_t pos) const {
    if (pos <= word_start + 1 || pos >= end_ || !is_apostrophe(decode(text_, pos).value)) return false;
    if (text_[pos - 1] != 'n' && text_[pos - 1] != 'N') return false;
    size_t after = pos + decode(text_, pos).length;
    return after < end_ && (text_[after] == 't' || text_[after] == 'T') &&
           (after + 1 >= end_ || !is_letter(decode(text_, after + 1).value));
  }

  void push(size_t begin, size_t end, TokenKind kind) {
    Token token;
    token.span = Span{static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
    std::string_view surface = text_.substr(begin, end - begin);
    token.folded = fold_case(surface);
    token.kind = kind;
    CodePoint first = decode(surface, 0);
    token.capitalised = is_upper(first.value);
    // all_caps only matters when the first letter is upper-case.
    size_t letters = 0, upper = 0;
    for (size_t i = 0; token.capitalised && i < surface.size();) {
      CodePoint cp = decode(surface, i);
      if (is_letter(cp.value)) ++letters, upper += is_upper(cp.value);
      i += cp.length;
    }
    token.all_caps = letters >= 2 && upper == letters;
    tokens_.push_back(std::move(token));
  }

  std::string_view text_;
  size_t pos_;
  size_t end_;
  std::vector<Token> tokens_;
};

}  // namespace

std::string fold_case(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool ascii = true;
  for (unsigned char c : text) {
    if (c >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    for (char c : text) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
    return out;
  }
  for (size_t i = 0; i < text.size();) {
    CodePoint cp = decode(text, i);
    i += cp.length;
    int32_t v = cp.value;
    if (v == 0x2019 || v == 0x2018) v = '\'';
    else if (v == 0x201C || v == 0x201D) v = '"';
    else if (v == 0x2013 || v == 0x2014) v = '-';
    else if (v >= 0) v = utf8proc_tolower(v);
    if (v < 0) continue;
    utf8proc_uint8_t buf[4];
    auto n = utf8proc_encode_char(v, buf);
    out.append(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
  }
  return out;
}

std::vector<Token> tokenize(std::string_view text, Span sentence) {
  return Tokenizer(text, sentence).run();
}

}  // namespace dyad
