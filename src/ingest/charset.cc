// Declared character sets, as browsers find them (the WHATWG encoding
// sniffing rules, simplified): a byte order mark first; for HTML, then, a
// <meta charset>, a Content-Type <meta> or an XML declaration in the first
// 1024 bytes. Conversion to UTF-8 is ICU's.
#include <unicode/ucnv.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <memory>
#include <string>

#include "dyad/ingest.h"

namespace dyad {
namespace {

constexpr size_t kPrescanBytes = 1024;

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_label_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == ':';
}

// The label after "charset" or "encoding" at `pos` in `tag`: spaces, '=',
// spaces, an optional quote, then the label.
std::string label_after(std::string_view tag, size_t pos) {
  while (pos < tag.size() && tag[pos] == ' ') ++pos;
  if (pos >= tag.size() || tag[pos] != '=') return "";
  ++pos;
  while (pos < tag.size() && (tag[pos] == ' ' || tag[pos] == '"' || tag[pos] == '\'')) ++pos;
  size_t end = pos;
  while (end < tag.size() && is_label_char(tag[end])) ++end;
  return lower_ascii(tag.substr(pos, end - pos));
}

// The charset a <meta> tag or an XML declaration names, from the first
// 1024 bytes of a page.
std::string html_declared_label(std::string_view raw) {
  std::string head = lower_ascii(raw.substr(0, kPrescanBytes));
  if (head.starts_with("<?xml")) {
    size_t end = head.find("?>");
    size_t at = head.find("encoding");
    if (at != std::string::npos && at < end) return label_after(head, at + 8);
  }
  for (size_t meta = head.find("<meta"); meta != std::string::npos; meta = head.find("<meta", meta + 5)) {
    size_t end = head.find('>', meta);
    std::string_view tag = std::string_view(head).substr(meta, end == std::string::npos ? std::string::npos : end - meta);
    size_t at = tag.find("charset");
    if (at == std::string::npos) continue;
    std::string label = label_after(tag, at + 7);
    if (!label.empty()) return label;
  }
  return "";
}

// WHATWG: ASCII and Latin-1 labels mean windows-1252 (pages so labelled use
// its curly quotes and dashes at 0x80-0x9F), and a UTF-16 label in a page
// read as bytes means UTF-8. Empty: UTF-8, nothing to convert.
std::string charset_for_label(const std::string& label) {
  static const char* kUtf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be"};
  static const char* kWindows1252[] = {"us-ascii", "ascii", "iso-8859-1", "iso8859-1", "latin1",
                                       "l1", "iso_8859-1", "cp819", "ibm819", "x-cp1252"};
  if (std::find(std::begin(kUtf8), std::end(kUtf8), label) != std::end(kUtf8)) return "";
  if (std::find(std::begin(kWindows1252), std::end(kWindows1252), label) != std::end(kWindows1252))
    return "windows-1252";
  return label;
}

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

// A label no converter answers to is ignored, as browsers do.
bool icu_knows(const std::string& charset) {
  UErrorCode error = U_ZERO_ERROR;
  Converter converter(ucnv_open(charset.c_str(), &error));
  return U_SUCCESS(error);
}

}  // namespace

DeclaredCharset declared_charset(std::string_view raw, bool is_html) {
  auto starts = [raw](std::string_view bom) { return raw.substr(0, bom.size()) == bom; };
  if (starts(std::string_view("\xFF\xFE\x00\x00", 4))) return {"UTF-32LE", 4};
  if (starts(std::string_view("\x00\x00\xFE\xFF", 4))) return {"UTF-32BE", 4};
  if (starts("\xFF\xFE")) return {"UTF-16LE", 2};
  if (starts("\xFE\xFF")) return {"UTF-16BE", 2};
  if (starts("\xEF\xBB\xBF") || !is_html) return {};  // UTF-8 (clean_utf8 drops its BOM)
  std::string charset = charset_for_label(html_declared_label(raw));
  if (charset.empty() || !icu_knows(charset)) return {};
  return {charset, 0};
}

Result<std::string> convert_to_utf8(std::string_view raw, const DeclaredCharset& charset) {
  raw.remove_prefix(std::min(charset.bom_length, raw.size()));
  if (raw.size() > (INT_MAX - 16) / 3)
    return Status::Error("document too large to convert from " + charset.name);
  UErrorCode error = U_ZERO_ERROR;
  Converter converter(ucnv_open(charset.name.c_str(), &error));
  if (U_FAILURE(error)) return Status::Error("unknown character set \"" + charset.name + "\"");
  error = U_ZERO_ERROR;
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &error);
  // Any charset ICU knows takes at most 3 UTF-8 bytes per input byte.
  std::string out(raw.size() * 3 + 16, '\0');
  error = U_ZERO_ERROR;
  int32_t length = ucnv_toAlgorithmic(UCNV_UTF8, converter.get(), out.data(), static_cast<int32_t>(out.size()),
                                      raw.data(), static_cast<int32_t>(raw.size()), &error);
  if (U_FAILURE(error)) return Status::Error("not valid " + charset.name + " (declared by the document)");
  out.resize(static_cast<size_t>(length));
  return out;
}

}  // namespace dyad
