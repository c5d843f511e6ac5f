// Sentence segmentation and tokenisation over a document's cleaned text.
// Everything is an offset into that text; nothing is copied but the
// case-folded form of each token.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad {

// Sentence spans in order, trimmed of surrounding white space. Paragraph
// breaks (blank lines) always end a sentence, so do headlines without a full
// stop and bullet items; abbreviations (U.S., Gen., No. 5), initials and
// decimals do not.
std::vector<Span> split_sentences(std::string_view text);

enum class TokenKind : unsigned char { kWord, kNumber, kPunct };

struct Token {
  Span span;           // bytes in the document text
  std::string folded;  // case-folded (lower-case) form; curly quotes made straight
  TokenKind kind = TokenKind::kWord;
  bool capitalised = false;  // first letter upper-case
  bool all_caps = false;     // every letter upper-case (two letters or more)
};

// Splits one sentence into tokens: words (with internal apostrophes, periods
// of acronyms such as "U.S."), numbers ("155mm", "10,000", "1.5"), possessive
// "'s" as its own token, and punctuation (each hyphen and dash its own token).
std::vector<Token> tokenize(std::string_view text, Span sentence);

// Lower-cases UTF-8 (full Unicode case folding) and maps curly quotes to straight ones.
std::string fold_case(std::string_view text);

}  // namespace dyad
