// UTF-8 validation and normalisation of raw document bytes.
#include <utf8proc.h>

#include <cstdlib>
#include <memory>
#include <string>

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

// Byte offset of the first invalid UTF-8 sequence, or npos.
size_t first_invalid_utf8(std::string_view raw) {
  size_t pos = 0;
  while (pos < raw.size()) {
    if (static_cast<unsigned char>(raw[pos]) < 0x80) {
      ++pos;
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

bool is_ascii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

std::string nfc(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> out(
      utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(std::string(text).c_str())),
      &std::free);
  return out ? std::string(reinterpret_cast<const char*>(out.get())) : std::string(text);
}

// CRLF and lone CR become LF; other control characters but tab go.
std::string strip_controls(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') continue;
      out.push_back('\n');
    } else if (c == '\f') {
      out.push_back('\n');
    } else if (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t') {
      continue;
    } else {
      out.push_back(c);
    }
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
  if (raw.size() >= 3 && raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);  // BOM
  if (looks_binary(raw)) return Status::Error("binary data, not text");
  size_t bad = first_invalid_utf8(raw);
  if (bad != std::string_view::npos)
    return Status::Error("invalid UTF-8 at byte " + std::to_string(bad));
  std::string text = strip_controls(nfc(raw));
  if (only_whitespace(text)) return Status::Error("empty document");
  return text;
}

}  // namespace dyad
