#include "sentence_limit.h"

#include <utf8proc.h>

#include "dyad/text.h"

namespace dyad::text {
namespace {

enum class CharClass { kSpace, kWord, kPunct };

// The class of the character at pos and its length in bytes.
CharClass classify(std::string_view text, size_t pos, size_t& length) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  length = 1;
  if (c < 0x80) {
    if (c == ' ' || c == '\t' || c == '\n') return CharClass::kSpace;
    bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return alnum ? CharClass::kWord : CharClass::kPunct;
  }
  utf8proc_int32_t cp = -1;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                            static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  if (n <= 0) return CharClass::kPunct;
  length = static_cast<size_t>(n);
  auto category = utf8proc_category(cp);
  bool letter = category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_ME;
  return letter ? CharClass::kWord : CharClass::kPunct;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

// Steps through text one character at a time, noting where tokens start.
class TokenScan {
 public:
  TokenScan(std::string_view text, size_t begin) : text_(text), pos_(begin) {}

  size_t pos() const { return pos_; }
  size_t length() const { return length_; }

  // Classifies the character at pos(); true when a token starts there.
  bool starts_token() {
    CharClass now = classify(text_, pos_, length_);
    bool starts = now == CharClass::kPunct || (now == CharClass::kWord && previous_ != CharClass::kWord);
    previous_ = now;
    return starts;
  }
  void advance() { pos_ += length_; }

 private:
  std::string_view text_;
  size_t pos_;
  size_t length_ = 1;
  CharClass previous_ = CharClass::kSpace;
};

}  // namespace

size_t end_of_first_piece(std::string_view text, size_t begin, size_t end) {
  if (end - begin <= kMaxSentenceTokens) return end;  // a token has a byte at least
  size_t tokens = 0, content = 0;  // content: bytes that are not white space
  size_t last_token_start = begin, content_before_last_token = 0;
  for (TokenScan scan(text, begin); scan.pos() < end; scan.advance()) {
    if (scan.starts_token()) {
      if (tokens == kMaxSentenceTokens) return scan.pos();
      ++tokens;
      last_token_start = scan.pos();
      content_before_last_token = content;
    }
    if (is_space(text[scan.pos()])) continue;
    content += scan.length();
    if (content > kMaxSentenceBytes)
      return content_before_last_token >= kMaxSentenceBytes / 2 ? last_token_start : scan.pos();
  }
  return end;
}

size_t count_tokens(std::string_view text, size_t begin, size_t end) {
  size_t tokens = 0;
  for (TokenScan scan(text, begin); scan.pos() < end && tokens < kMaxSentenceTokens; scan.advance())
    tokens += scan.starts_token();
  return tokens;
}

}  // namespace dyad::text
