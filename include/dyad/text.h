// Sentence segmentation and tokenisation over a document's cleaned text.
// Everything is an offset into that text; nothing is copied but the
// case-folded form of each token.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"

namespace dyad {

// The longest sentence analysed. Analysis is quadratic in a sentence's
// length and no real sentence comes near these (news sentences run to 50
// tokens), so a longer stretch with no sentence end (a hostile document, a
// table flattened into text) is cut into pieces at a token boundary.
inline constexpr size_t kMaxSentenceTokens = 128;
inline constexpr size_t kMaxSentenceBytes = 2048;  // not counting white space

struct Segmentation {
  std::vector<Span> sentences;
  size_t cut = 0;  // sentences that were over a limit, each cut into two pieces or more
};

// Sentence spans in order, trimmed of surrounding white space. Paragraph
// breaks (blank lines) always end a sentence, so do headlines without a full
// stop and bullet items; abbreviations (U.S., Gen., No. 5), initials and
// decimals do not. Linear in the text's length.
Segmentation segment(std::string_view text);
std::vector<Span> split_sentences(std::string_view text);  // segment(text).sentences

// How many sentences segment(text).cut counts, given split_sentences(text):
// segments again only when a sentence is long enough to have been cut.
size_t count_cut_sentences(std::string_view text, const std::vector<Span>& sentences);

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
