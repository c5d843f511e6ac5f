// The hard limit on one sentence's length (text.h: kMaxSentenceTokens,
// kMaxSentenceBytes). Sentence analysis is quadratic in a sentence's length,
// so a stretch of text with no sentence end is analysed in pieces.
//
// Bytes are counted without white space, so a run of spaces never forces a
// cut. Every piece a cut leaves before the rest of its sentence is
// recognisable: it has kMaxSentenceTokens tokens, or kMaxSentenceBytes / 2
// bytes that are not white space at least. So a text none of whose
// sentences is like that had no cut.
#pragma once

#include <cstddef>
#include <string_view>

namespace dyad::text {

// Where the first piece of the trimmed sentence [begin, end) ends: `end`
// when the sentence is within the limits; else the start of the token that
// would pass kMaxSentenceTokens; else, past kMaxSentenceBytes, the start of
// the token that reaches past it when the piece before it holds half the
// limit, or else the character boundary at the limit (inside that token).
size_t end_of_first_piece(std::string_view text, size_t begin, size_t end);

// Tokens in [begin, end), counting no further than kMaxSentenceTokens. A
// token is counted as the tokenizer makes it, close enough: a run of letters
// and digits, or one other character.
size_t count_tokens(std::string_view text, size_t begin, size_t end);

}  // namespace dyad::text
