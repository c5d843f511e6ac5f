#include "dyad_format.h"

#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <unordered_map>

#include "actor_code.h"
#include "dated_checks.h"
#include "dict_lines.h"
#include "dyad/ingest.h"

namespace dyad::lexicon {
namespace fs = std::filesystem;
namespace {

// "CODE rest of line" -> {"CODE", "rest of line"}.
std::pair<std::string, std::string> split_head(const std::string& text) {
  size_t space = text.find_first_of(" \t");
  if (space == std::string::npos) return {text, ""};
  return {text.substr(0, space), trim_copy(text.substr(space + 1))};
}

// "KORGOV 2022-05-10..2025-04-04"
bool parse_dated_line(const std::string& text, DatedCode& out, std::string& error) {
  auto [code_text, range] = split_head(text);
  auto code = parse_actor_code(code_text);
  if (!code) return error = "bad actor code " + code_text, false;
  size_t dots = range.find("..");
  if (dots == std::string::npos) return error = "want FROM..TO after the code", false;
  out.code = *code;
  out.from = trim_copy(range.substr(0, dots));
  out.to = trim_copy(range.substr(dots + 2));
  for (const std::string* d : {&out.from, &out.to})
    if (!d->empty() && !is_valid_date(*d)) return error = "bad date " + *d, false;
  return true;
}

Status load_actor_file(const std::string& path, LexiconBuilder& builder, SurnameCheck& surnames) {
  auto lines = read_dict_lines(path);
  if (!lines.ok()) return lines.status();
  ActorEntry entry;
  std::vector<std::string> names;
  bool open = false;
  auto flush = [&] {
    if (open) {
      for (const DatedIssue& problem : check_dated_entry(entry))
        builder.issue({path, problem.line}, problem.message);
      std::vector<std::vector<std::string>> tokens;
      uint32_t index = builder.add_actor(std::move(entry), names, &tokens);
      surnames.add(builder.lexicon().actors[index], names, tokens);
    }
    entry = ActorEntry{};
    names.clear();
    open = false;
  };
  for (const DictLine& line : lines.value()) {
    SourceLine where{path, line.number};
    if (line.indented) {
      if (!open) {
        builder.issue(where, "dated code with no entry above it");
        continue;
      }
      DatedCode dated;
      dated.line = line.number;
      std::string error;
      if (parse_dated_line(line.text, dated, error)) {
        entry.dated.push_back(std::move(dated));
        entry.is_person = true;
      } else {
        builder.issue(where, error);
      }
      continue;
    }
    flush();
    auto [code_text, rest] = split_head(line.text);
    auto code = parse_actor_code(code_text);
    if (!code) {
      builder.issue(where, "bad actor code " + code_text);
      continue;
    }
    names = split_list(rest, ';');
    if (names.empty()) {
      builder.issue(where, "entry has no names");
      continue;
    }
    entry.code = *code;
    entry.file = path;
    entry.line = line.number;
    open = true;
  }
  flush();
  return Status::Ok();
}

Status load_agent_file(const std::string& path, LexiconBuilder& builder) {
  auto lines = read_dict_lines(path);
  if (!lines.ok()) return lines.status();
  for (const DictLine& line : lines.value()) {
    auto [role, rest] = split_head(line.text);
    SourceLine where{path, line.number};
    if (!is_cameo_role(role)) {
      builder.issue(where, "unknown role " + role);
      continue;
    }
    for (const std::string& noun : split_list(rest, ';')) builder.add_agent(role, noun, true, where);
  }
  return Status::Ok();
}

// "057/057" -> {"057", "057"}
std::pair<std::string, std::string> split_codes(const std::string& text) {
  size_t slash = text.find('/');
  if (slash == std::string::npos) return {text, ""};
  return {text.substr(0, slash), text.substr(slash + 1)};
}

Status load_verb_file(const std::string& path, LexiconBuilder& builder) {
  auto lines = read_dict_lines(path);
  if (!lines.ok()) return lines.status();
  // Classes first, so patterns may use a class defined further down.
  for (const DictLine& line : lines.value()) {
    if (line.text[0] != '&') continue;
    auto [name, rest] = split_head(line.text);
    builder.add_word_class(name.substr(1), split_list(rest, ';'));
  }
  for (const DictLine& line : lines.value()) {
    if (line.text[0] == '&') continue;
    auto [codes, rest] = split_head(line.text);
    auto [lemma, elements] = split_head(rest);
    SourceLine where{path, line.number};
    if (lemma.empty()) {
      builder.issue(where, "pattern has no verb");
      continue;
    }
    auto [code, rev] = split_codes(codes);
    builder.add_verb_pattern(code, rev, lemma, elements, where);
  }
  return Status::Ok();
}

Status load_noun_file(const std::string& path, LexiconBuilder& builder) {
  auto lines = read_dict_lines(path);
  if (!lines.ok()) return lines.status();
  for (const DictLine& line : lines.value()) {
    auto [codes, rest] = split_head(line.text);
    auto [noun, preps] = split_head(rest);
    SourceLine where{path, line.number};
    if (noun.empty()) {
      builder.issue(where, "event noun line has no noun");
      continue;
    }
    EventNoun entry;
    std::tie(entry.code, entry.rev_code) = split_codes(codes);
    entry.noun = noun;
    std::istringstream words(preps);
    std::string word;
    while (words >> word)
      for (const std::string& prep : split_list(word, '|')) entry.target_preps.push_back(prep);
    builder.add_noun(std::move(entry), where);
  }
  return Status::Ok();
}

}  // namespace

Status load_dyad_dictionaries(const std::string& dir, LexiconBuilder& builder) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound("dictionary folder not found: " + dir);
  std::vector<std::string> actor_files;
  if (fs::is_directory(dir + "/actors", ec))
    for (const auto& entry : fs::directory_iterator(dir + "/actors", ec))
      if (entry.path().extension() == ".txt") actor_files.push_back(entry.path().string());
  std::sort(actor_files.begin(), actor_files.end());
  // people.txt first: a person's name must not be taken by a shorter place name.
  std::stable_partition(actor_files.begin(), actor_files.end(),
                        [](const std::string& f) { return f.ends_with("people.txt"); });
  SurnameCheck surnames;
  for (const std::string& file : actor_files)
    if (Status s = load_actor_file(file, builder, surnames); !s.ok()) return s;
  for (const LexiconIssue& issue : surnames.issues()) builder.issue({issue.file, issue.line}, issue.message);
  struct Loader {
    const char* name;
    Status (*load)(const std::string&, LexiconBuilder&);
  };
  for (const Loader& loader : {Loader{"agents.txt", load_agent_file},
                               Loader{"verbs.txt", load_verb_file},
                               Loader{"nouns.txt", load_noun_file}}) {
    std::string path = dir + "/" + loader.name;
    if (fs::exists(path, ec))
      if (Status s = loader.load(path, builder); !s.ok()) return s;
  }
  return Status::Ok();
}

Status load_iso_country_names(const std::string& iso_codes_dir, LexiconBuilder& builder) {
  std::string path = iso_codes_dir + "/iso_3166-1.json";
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.load(path).get(root)) return Status::Error("cannot read " + path);
  std::unordered_map<std::string, uint32_t> actor_for_country;
  const auto& actors = builder.lexicon().actors;
  for (uint32_t i = 0; i < actors.size(); ++i)
    if (!actors[i].is_person && actors[i].code.role.empty() && !actors[i].code.country.empty())
      actor_for_country.emplace(actors[i].code.country, i);
  simdjson::dom::array countries;
  if (root["3166-1"].get(countries)) return Status::Error(path + ": no \"3166-1\" array");
  for (auto country : countries) {
    std::string_view alpha3;
    if (country["alpha_3"].get(alpha3)) continue;
    std::vector<std::string> names;
    for (const char* key : {"name", "common_name", "official_name"}) {
      std::string_view name;
      if (!country[key].get(name)) names.emplace_back(name);
    }
    auto found = actor_for_country.find(std::string(alpha3));
    if (found == actor_for_country.end()) {
      ActorEntry entry;
      entry.code = *parse_actor_code(alpha3);
      entry.file = path;
      builder.add_actor(std::move(entry), {});
      found = actor_for_country.emplace(std::string(alpha3), builder.lexicon().actors.size() - 1).first;
    }
    builder.add_fallback_names(found->second, names);
  }
  return Status::Ok();
}

}  // namespace dyad::lexicon
