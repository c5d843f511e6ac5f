#include "petrarch_format.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <regex>
#include <sstream>
#include <unordered_map>

#include "actor_code.h"
#include "dict_lines.h"
#include "dyad/ingest.h"

namespace dyad::lexicon {
namespace fs = std::filesystem;
namespace {


std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// PETRARCH phrases join words with '_'; a trailing '_' (no plural) is dropped.
// Its dictionaries are written in capitals and match without regard to case,
// so names are lower-cased (dyad then matches them in any case).
std::string phrase_words(std::string text) {
  while (!text.empty() && text.back() == '_') text.pop_back();
  std::replace(text.begin(), text.end(), '_', ' ');
  return lower(text);
}

// Lines without XML comments ("<!-- ... -->", possibly spanning lines).
std::vector<DictLine> strip_xml_comments(std::vector<DictLine> lines) {
  std::vector<DictLine> out;
  bool in_comment = false;
  for (DictLine& line : lines) {
    std::string text = line.text;
    std::string kept;
    size_t pos = 0;
    while (pos < text.size()) {
      if (in_comment) {
        size_t end = text.find("-->", pos);
        if (end == std::string::npos) { pos = text.size(); break; }
        in_comment = false;
        pos = end + 3;
      } else {
        size_t start = text.find("<!--", pos);
        if (start == std::string::npos) { kept += text.substr(pos); break; }
        kept += text.substr(pos, start - pos);
        in_comment = true;
        pos = start + 4;
      }
    }
    kept = trim_copy(kept);
    if (!kept.empty()) out.push_back(DictLine{line.number, line.indented, kept});
  }
  return out;
}

// PETRARCH comments start with '#', TABARI's with ';'.
Result<std::vector<DictLine>> read_petrarch_lines(const std::string& path) {
  auto lines = read_dict_lines(path, '#');
  if (!lines.ok()) return lines;
  std::vector<DictLine> kept;
  for (DictLine& line : strip_xml_comments(std::move(lines.value()))) {
    line.text = trim_copy(line.text.substr(0, line.text.find(';')));
    if (!line.text.empty()) kept.push_back(std::move(line));
  }
  return kept;
}

// "[USAGOV 930120-010120]", "[USAGOV >090120]", "[HOB < 950601]", "[PRK]".
struct BracketCode {
  std::string code, from, to;
  bool dated = false;
};

std::vector<BracketCode> bracket_codes(const std::string& text) {
  static const std::regex kBracket(R"(\[([^\]]*)\])");
  std::vector<BracketCode> codes;
  for (std::sregex_iterator it(text.begin(), text.end(), kBracket), end; it != end; ++it) {
    std::string body = trim_copy((*it)[1].str());
    BracketCode code;
    std::istringstream in(body);
    in >> code.code;
    std::string range;
    std::getline(in, range);
    range.erase(std::remove(range.begin(), range.end(), ' '), range.end());
    if (!range.empty()) {
      code.dated = true;
      if (range[0] == '>') code.from = petrarch_date(range.substr(1));
      else if (range[0] == '<') code.to = petrarch_date(range.substr(1));
      else if (size_t dash = range.find('-'); dash != std::string::npos) {
        code.from = petrarch_date(range.substr(0, dash));
        code.to = petrarch_date(range.substr(dash + 1));
      }
    }
    codes.push_back(code);
  }
  return codes;
}

std::string before_bracket(const std::string& text) {
  return trim_copy(text.substr(0, text.find('[')));
}

}  // namespace

std::string petrarch_date(const std::string& text) {
  std::string digits;
  for (char c : text)
    if (std::isdigit(static_cast<unsigned char>(c))) digits.push_back(c);
  if (digits.size() == 6) {
    int yy = std::stoi(digits.substr(0, 2));
    digits = (yy <= 40 ? "20" : "19") + digits;
  }
  if (digits.size() != 8) return "";
  std::string date = digits.substr(0, 4) + "-" + digits.substr(4, 2) + "-" + digits.substr(6, 2);
  return is_valid_date(date) ? date : "";
}

Status load_petrarch_actors(const std::string& path, LexiconBuilder& builder) {
  auto lines = read_petrarch_lines(path);
  if (!lines.ok()) return lines.status();
  ActorEntry entry;
  std::vector<std::string> names;
  bool open = false;
  auto flush = [&] {
    if (open && !names.empty()) builder.add_actor(std::move(entry), names);
    entry = ActorEntry{};
    names.clear();
    open = false;
  };
  auto add_codes = [&](const std::string& text) {
    for (const BracketCode& bc : bracket_codes(text)) {
      auto code = parse_actor_code(bc.code);
      if (!code) continue;  // non-state actors dyad does not report
      if (bc.dated) {
        entry.dated.push_back(DatedCode{*code, bc.from, bc.to});
        entry.is_person = true;
      } else if (entry.code.code.empty()) {
        entry.code = *code;
      }
    }
  };
  for (const DictLine& line : lines.value()) {
    if (line.text[0] == '[' || (line.indented && line.text[0] != '+')) {
      if (open) add_codes(line.text);
      continue;
    }
    if (line.text[0] == '+') {
      if (open) names.push_back(phrase_words(before_bracket(line.text.substr(1))));
      if (open) add_codes(line.text);
      continue;
    }
    flush();
    open = true;
    entry.file = path;
    entry.line = line.number;
    names.push_back(phrase_words(before_bracket(line.text)));
    add_codes(line.text);
  }
  flush();
  return Status::Ok();
}

Status load_petrarch_agents(const std::string& path, LexiconBuilder& builder) {
  auto lines = read_petrarch_lines(path);
  if (!lines.ok()) return lines.status();
  std::unordered_map<std::string, std::vector<std::string>> substitutions;  // !PERSON! -> words
  static const std::regex kSubstitution(R"(^(![A-Z]+!)\s*=\s*(.*)$)");
  for (const DictLine& line : lines.value()) {
    std::smatch m;
    SourceLine where{path, line.number};
    if (std::regex_match(line.text, m, kSubstitution)) {
      substitutions[m[1].str()] = split_list(m[2].str(), ',');
      continue;
    }
    auto codes = bracket_codes(line.text);
    if (codes.empty()) continue;
    std::string role = codes.front().code;
    role.erase(std::remove(role.begin(), role.end(), '~'), role.end());
    role = role.substr(0, 3);
    if (!is_cameo_role(role)) continue;
    std::string noun = trim_copy(line.text.substr(0, line.text.find_first_of("{[")));
    std::vector<std::string> nouns = {noun};
    for (auto& [marker, words] : substitutions)
      if (noun.find(marker) != std::string::npos) {
        nouns.clear();
        for (const std::string& word : words) {
          std::string expanded = noun;
          expanded.replace(expanded.find(marker), marker.size(), "_" + word + "_");
          nouns.push_back(expanded);
        }
      }
    for (const std::string& n : nouns) builder.add_agent(role, phrase_words(n), true, where);
  }
  return Status::Ok();
}

namespace {

// "- * {ARMS SHIPMENT} (TO +) [072:073]" -> elements after the verb: "shipment to +".
std::string pattern_elements(const std::string& pattern_line) {
  std::string pattern = before_bracket(pattern_line);  // drop the "[072]" code
  size_t star = pattern.find('*');
  std::string after = star == std::string::npos ? "" : pattern.substr(star + 1);
  std::string out;
  std::istringstream in(after);
  std::string word;
  bool in_braces = false;
  std::string brace_head;
  while (in >> word) {
    bool opens = word[0] == '{', closes = word.back() == '}';
    word.erase(std::remove_if(word.begin(), word.end(),
                              [](char c) { return c == '(' || c == ')' || c == '{' || c == '}'; }),
               word.end());
    if (opens) in_braces = true;
    if (in_braces) {  // a {ADJ NOUN} phrase: its head is the last word
      brace_head = word;
      if (closes) in_braces = false;
      else continue;
      word = brace_head;
    }
    if (word.empty() || word == "$" || word == "%" || word == "^") continue;
    if (word.back() == '_' && word.size() > 1) word.pop_back();
    for (const std::string& part : split_list(word, '_')) {
      if (part == "*") continue;
      out += (out.empty() ? "" : " ") + (part[0] == '&' || part == "+" ? part : lower(part));
    }
  }
  return out;
}

std::string active_code(const std::string& text) {
  auto codes = bracket_codes(text);
  if (codes.empty()) return "";
  std::string code = codes.front().code;
  return code.substr(0, code.find(':'));
}

}  // namespace

Status load_petrarch_verbs(const std::string& path, LexiconBuilder& builder) {
  auto read = read_petrarch_lines(path);
  if (!read.ok()) return read.status();
  const auto& lines = read.value();
  // Synsets: "&NAME" followed by "+WORD" lines; nested synsets expanded after.
  std::unordered_map<std::string, std::vector<std::string>> synsets;
  std::string current;
  for (const DictLine& line : lines) {
    if (line.text[0] == '&') {
      current = split_list(line.text, ' ').front().substr(1);
      while (!current.empty() && current.back() == '_') current.pop_back();  // "&PREPOSIT1_"
    }
    else if (line.text[0] == '+' && !current.empty())
      synsets[current].push_back(phrase_words(before_bracket(line.text.substr(1))));
    else current.clear();
  }
  for (auto& [name, words] : synsets) {
    std::vector<std::string> flat;
    for (const std::string& w : words) {
      if (w[0] == '&' && synsets.count(w.substr(1)) && w.substr(1) != name)
        for (const std::string& inner : synsets[w.substr(1)]) flat.push_back(inner);
      else flat.push_back(w);
    }
    builder.add_word_class(name, flat);
  }
  // Verb blocks: PETRARCH groups synonyms under "--- LABEL [code] ---";
  // TABARI starts a block at each verb line ("ABANDON [---]").
  bool tabari_style = std::none_of(lines.begin(), lines.end(),
                                   [](const DictLine& l) { return l.text.rfind("---", 0) == 0; });
  std::string block_code;
  std::vector<std::pair<std::string, std::string>> verbs;  // lemma, own code
  bool in_block = tabari_style;
  for (const DictLine& line : lines) {
    SourceLine where{path, line.number};
    const std::string& text = line.text;
    if (text.rfind("---", 0) == 0) {
      in_block = true;
      block_code = active_code(text);
      verbs.clear();
      continue;
    }
    if (!in_block || text[0] == '&' || text[0] == '~') {
      if (text[0] == '&') in_block = false;
      continue;
    }
    if (text[0] == '-') {
      std::string code = active_code(text);
      if (code.empty()) continue;
      for (auto& [lemma, own] : verbs)
        builder.add_verb_pattern(code, "", lemma, pattern_elements(text), where);
      continue;
    }
    std::string verb = before_bracket(text.substr(text[0] == '+' ? 1 : 0));
    verb = trim_copy(verb.substr(0, verb.find('{')));
    if (verb.empty() || verb.find('+') != std::string::npos) continue;  // verb not first: skipped
    std::string lemma = lower(phrase_words(verb));
    std::string own = active_code(text);
    if (tabari_style) {
      verbs.clear();
      block_code = own;
    }
    std::string code = own.empty() ? block_code : own;
    verbs.emplace_back(lemma, code);
    if (!code.empty()) builder.add_verb_pattern(code, "", lemma, "", where);
    else builder.add_verb_lemma(lemma);
  }
  return Status::Ok();
}

namespace {

bool is_verb_file(const std::string& name) {
  return name.find("verbs") != std::string::npos || name == "cameo.2.0.txt";
}

}  // namespace

Status load_petrarch_dictionaries(const std::string& dir, LexiconBuilder& builder) {
  std::vector<std::string> files;
  std::error_code ec;
  if (fs::is_regular_file(dir, ec)) {
    files.push_back(dir);
  } else if (fs::is_directory(dir, ec)) {
    for (const auto& entry : fs::directory_iterator(dir, ec))
      if (entry.is_regular_file()) files.push_back(entry.path().string());
  } else {  // "DIR/PREFIX": the files of DIR whose names start with PREFIX
    fs::path prefix(dir);
    std::string start = prefix.filename().string();
    for (const auto& entry : fs::directory_iterator(prefix.parent_path(), ec))
      if (entry.is_regular_file() && entry.path().filename().string().rfind(start, 0) == 0)
        files.push_back(entry.path().string());
  }
  builder.set_allow_unknown_codes(true);
  if (files.empty()) return Status::NotFound("no PETRARCH/TABARI dictionaries in " + dir);
  std::sort(files.begin(), files.end());
  // Agents and synsets before verbs; actors in any order.
  for (const std::string& file : files) {
    std::string name = lower(fs::path(file).filename().string());
    Status s;
    if (name.find("actors") != std::string::npos) s = load_petrarch_actors(file, builder);
    else if (name.find("agents") != std::string::npos) s = load_petrarch_agents(file, builder);
    if (!s.ok()) return s;
  }
  for (const std::string& file : files) {
    std::string name = lower(fs::path(file).filename().string());
    if (is_verb_file(name))
      if (Status s = load_petrarch_verbs(file, builder); !s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace dyad::lexicon
