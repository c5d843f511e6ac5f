// UTF-8 validation and normalisation of raw document bytes.
#include <utf8proc.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <utility>

#include "dyad/ingest.h"

namespace dyad {
namespace {

// Share of control bytes above which input is taken for binary data.
constexpr double kMaxControlShare = 0.01;

bool looks_binary(std::string_view raw) {
  size_t control = 0;
  for (unsigned char c : raw) {
    if (c == 0) return true;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
  }
  return control > 8 && control > raw.size() * kMaxControlShare;
}

// Whether any of the 8 bytes at p has its high bit set.
bool has_high_byte(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  return (word & 0x8080808080808080ULL) != 0;
}

// Byte offset of the first invalid UTF-8 sequence, or npos.
size_t first_invalid_utf8(std::string_view raw) {
  size_t pos = 0;
  while (pos < raw.size()) {
    if (static_cast<unsigned char>(raw[pos]) < 0x80) {
      ++pos;
      while (pos + 8 <= raw.size() && !has_high_byte(raw.data() + pos)) pos += 8;  // ASCII runs
      continue;
    }
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(raw.data() + pos),
                              static_cast<utf8proc_ssize_t>(raw.size() - pos), &cp);
    if (n <= 0) return pos;
    pos += static_cast<size_t>(n);
  }
  return std::string_view::npos;
}


// Whether a code point leaves NFC text unchanged wherever it stands: it has
// no combining class, no canonical decomposition that NFC would change, and
// is not something that composes with its neighbours. Checked against
// utf8proc's own tables; anything unsure goes through utf8proc_NFC.
bool nfc_stable(int32_t cp) {
  const utf8proc_property_t* p = utf8proc_get_property(cp);
  if (p->combining_class != 0 || p->comp_exclusion) return false;
  if (p->comb_index != UINT16_MAX) return false;  // may compose with a neighbour
  // Any canonical decomposition (precomposed letters, singletons such as
  // U+212B ANGSTROM SIGN) takes the full path: only NFC itself knows whether
  // it recomposes to the same code point.
  if (p->decomp_seqindex != UINT16_MAX && p->decomp_type == 0) return false;
  return !(cp >= 0x1100 && cp <= 0x11FF) && !(cp >= 0xAC00 && cp <= 0xD7A3);
}

// Text that NFC would leave as it is: ASCII, or code points that are stable.
bool already_nfc(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                              static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0 || !nfc_stable(cp)) return false;
    i += static_cast<size_t>(n);
  }
  return true;
}

std::string nfc(std::string_view text) {
  if (already_nfc(text)) return std::string(text);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> out(
      utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(std::string(text).c_str())),
      &std::free);
  return out ? std::string(reinterpret_cast<const char*>(out.get())) : std::string(text);
}

// Code point and length of the (valid) UTF-8 sequence at pos.
std::pair<int32_t, size_t> decode_valid(std::string_view text, size_t pos) {
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return {c, 1};
  utf8proc_int32_t cp = -1;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
                            static_cast<utf8proc_ssize_t>(text.size() - pos), &cp);
  return {cp, n > 0 ? static_cast<size_t>(n) : 1};
}

bool is_unicode_space(int32_t cp) {
  return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
         cp == 0x205F || cp == 0x3000;
}

// Invisible characters that only get in the way of words: soft hyphen,
// zero-width space, word joiner, a BOM inside the text.
bool is_invisible(int32_t cp) { return cp == 0xAD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF; }

// CRLF, lone CR, form feed and the Unicode line separators become LF (the
// paragraph separator a blank line); Unicode spaces (no-break, thin, ...)
// become a plain space; other control characters but tab, and invisible
// format characters, go. The segmenter and tokenizer then only ever see
// ' ', '\t' and '\n' as white space.
// Whether any of the 8 bytes at p is a control byte (< 0x20) or DEL.
bool has_control_byte(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof word);
  const uint64_t below_space = (word - 0x2020202020202020ULL) & ~word & 0x8080808080808080ULL;
  const uint64_t del = ((word ^ 0x7F7F7F7F7F7F7F7FULL) - 0x0101010101010101ULL) & ~(word ^ 0x7F7F7F7F7F7F7F7FULL) &
                       0x8080808080808080ULL;
  return below_space != 0 || del != 0;
}

std::string strip_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    // Plain printable ASCII passes through 8 bytes at a time.
    size_t run = i;
    while (run + 8 <= text.size() && !has_high_byte(text.data() + run) && !has_control_byte(text.data() + run))
      run += 8;
    if (run > i) {
      out.append(text.data() + i, run - i);
      i = run;
      if (i >= text.size()) break;
    }
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      if (c == '\r') {
        if (i < text.size() && text[i] == '\n') continue;
        out.push_back('\n');
      } else if (c == '\f') {
        out.push_back('\n');
      } else if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F) {
        continue;
      } else {
        out.push_back(static_cast<char>(c));
      }
      continue;
    }
    auto [cp, length] = decode_valid(text, i);
    if (cp == 0x85 || cp == 0x2028) out.push_back('\n');
    else if (cp == 0x2029) out += "\n\n";
    else if (is_unicode_space(cp)) out.push_back(' ');
    else if ((cp >= 0x80 && cp < 0xA0) || is_invisible(cp)) {}  // C1 controls, invisibles
    else out.append(text.substr(i, length));
    i += length;
  }
  return out;
}

bool only_whitespace(std::string_view s) {
  for (char c : s)
    if (c != ' ' && c != '\n' && c != '\t') return false;
  return true;
}

}  // namespace

Result<std::string> clean_utf8(std::string_view raw) {
  size_t bom = raw.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  raw.remove_prefix(bom);
  if (looks_binary(raw)) return Status::InvalidData("binary data, not text");
  size_t bad = first_invalid_utf8(raw);
  if (bad != std::string_view::npos)  // offsets count from the start of the input, BOM included
    return Status::InvalidData("invalid UTF-8 at byte " + std::to_string(bad + bom));
  std::string text = nfc(strip_controls(raw));
  if (only_whitespace(text)) return Status::InvalidData("empty document");
  return text;
}

}  // namespace dyad
