#include "pos_tagger.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cctype>
#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>

namespace dyad::text {
namespace {

constexpr std::array<std::string_view, static_cast<size_t>(PosTag::kCount)> kTagNames = {
    "cc", "cd", "det", "ex", "fw", "in", "jj", "jjr", "jjs", "lrb", "ls", "md", "nn", "nnp", "nnps",
    "nns", "pdt", "pos", "pp", "ppc", "ppd", "ppl", "ppr", "pps", "prp", "prps", "rb", "rbr", "rbs",
    "rp", "rrb", "sym", "to", "uh", "vb", "vbd", "vbg", "vbn", "vbp", "vbz", "wdt", "wp", "wps", "wrb"};

constexpr float kUnseenTransition = -14.0f;  // log of a transition the treebank never shows

int tag_index(std::string_view name) {
  for (size_t t = 0; t < kTagNames.size(); ++t)
    if (name == kTagNames[t]) return static_cast<int>(t);
  return -1;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// One line of the model's YAML: `key: { tag: value, tag: value }`; the key may be quoted.
struct YamlRow {
  std::string_view key;
  int size = 0;
  std::array<std::pair<int, double>, 48> values;  // tag index, number
};

bool parse_row(std::string_view line, YamlRow& row) {
  line = trim(line);
  size_t open = line.rfind(": {");
  if (open == std::string_view::npos || line.back() != '}') return false;
  std::string_view key = line.substr(0, open);
  if (key.size() >= 2 && key.front() == '"' && key.back() == '"') key = key.substr(1, key.size() - 2);
  row.key = key;
  row.size = 0;
  std::string_view body = line.substr(open + 3, line.size() - open - 4);
  while (!body.empty() && row.size < static_cast<int>(row.values.size())) {
    size_t comma = body.find(',');
    std::string_view item = trim(body.substr(0, comma));
    size_t colon = item.find(':');
    if (colon != std::string_view::npos) {
      int tag = tag_index(trim(item.substr(0, colon)));
      std::string_view number = trim(item.substr(colon + 1));
      double value = 0;
      std::from_chars(number.data(), number.data() + number.size(), value);
      if (tag >= 0) row.values[row.size++] = {tag, value};
    }
    if (comma == std::string_view::npos) break;
    body.remove_prefix(comma + 1);
  }
  return true;
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return Status::Error("cannot read part-of-speech model " + path);
  std::string text(static_cast<size_t>(in.tellg()), '\0');
  in.seekg(0);
  if (!in.read(text.data(), static_cast<std::streamsize>(text.size())))
    return Status::Error("cannot read part-of-speech model " + path);
  return text;
}

// Calls `visit(row)` for every entry of a model file; returns how many there were.
template <typename Visit>
size_t for_each_row(std::string_view text, Visit visit) {
  size_t rows = 0;
  YamlRow row;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (!line.starts_with("---") && parse_row(line, row)) visit(row), ++rows;
  }
  return rows;
}

bool has_word_char(std::string_view w) {
  for (char c : w)
    if (std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80) return true;
  return false;
}

// The model's class for a word it has never seen (after Lingua::EN::Tagger's classes).
std::string_view unknown_class_name(std::string_view w) {
  if (w.find_first_of("({[") != std::string_view::npos) return "*LRB*";
  if (w.find_first_of(")}]") != std::string_view::npos) return "*RRB*";
  std::string_view digits = w;
  if (!digits.empty() && digits.front() == '-') digits.remove_prefix(1);
  bool number = !digits.empty() && std::isdigit(static_cast<unsigned char>(digits.front()));
  if (number) {
    bool plain = true, ordinal = false;
    for (char c : digits) {
      if (std::isalpha(static_cast<unsigned char>(c))) ordinal = true;
      else if (!std::isdigit(static_cast<unsigned char>(c)) && c != '.' && c != ',' && c != '/' && c != ':' && c != '-')
        plain = false;
    }
    if (ordinal) return "*ORD*";
    if (plain) return "*NUM*";
  }
  if (!has_word_char(w)) return "-sym-";
  bool upper = std::isupper(static_cast<unsigned char>(w.front()));
  bool all_upper = upper;
  for (char c : w)
    if (std::islower(static_cast<unsigned char>(c))) all_upper = false;
  if (all_upper) return "-abr-";
  if (w.find('-') != std::string_view::npos && w.front() != '-' && w.back() != '-') return "-hyp-";
  if (upper) return "-cap-";
  if (w.ends_with("ing")) return "-ing-";
  if (w.ends_with("s")) return "-s-";
  if (w.ends_with("tion")) return "-tion-";
  if (w.ends_with("ly")) return "-ly-";
  if (w.ends_with("ed")) return "-ed-";
  return "-unknown-";
}

}  // namespace

const char* pos_tag_name(PosTag tag) { return kTagNames[static_cast<size_t>(tag)].data(); }

Result<std::unique_ptr<PosModel>> PosModel::load(const std::string& dir) {
  auto model = std::make_unique<PosModel>();
  for (auto [text, file] : {std::pair{&model->words_text_, "words.yml"}, std::pair{&model->unknown_text_, "unknown.yml"}}) {
    auto read = read_file(dir + "/" + file);
    if (!read.ok()) return read.status();
    *text = std::move(read).value();
  }
  auto transitions = read_file(dir + "/tags.yml");
  if (!transitions.ok()) return transitions.status();

  // P(tag) from the word counts, so that log P(tag|word) - log P(tag) is
  // P(word|tag) up to a constant of the word.
  std::array<double, kTags> tag_count{};
  double total = 0;
  size_t rows = for_each_row(model->words_text_, [&](const YamlRow& row) {
    for (int v = 0; v < row.size; ++v) tag_count[row.values[v].first] += row.values[v].second, total += row.values[v].second;
  });
  if (rows == 0 || total <= 0) return Status::Error("no entries in part-of-speech model " + dir + "/words.yml");
  model->lexicon_.reserve(rows + 32);
  model->emissions_.reserve(rows * 2);
  auto add = [&](const YamlRow& row) {
    double word_total = 0;
    for (int v = 0; v < row.size; ++v) word_total += row.values[v].second;
    Range range{static_cast<uint32_t>(model->emissions_.size()), 0};
    for (int v = 0; v < row.size; ++v) {
      auto [tag, count] = row.values[v];
      if (count <= 0 || tag_count[tag] <= 0 || range.count >= kMaxStates) continue;
      double weight = std::log(count / word_total) - std::log(tag_count[tag] / total);
      model->emissions_.push_back(Emission{static_cast<PosTag>(tag), static_cast<float>(weight)});
      ++range.count;
    }
    if (range.count) model->lexicon_.emplace(row.key, range);
  };
  for_each_row(model->words_text_, add);
  for_each_row(model->unknown_text_, add);

  for (auto& from : model->log_transition_)
    for (float& p : from) p = kUnseenTransition;
  for_each_row(transitions.value(), [&](const YamlRow& row) {
    int from = tag_index(row.key);
    if (from < 0) return;
    for (int v = 0; v < row.size; ++v)
      if (row.values[v].second > 0)
        model->log_transition_[from][row.values[v].first] = static_cast<float>(std::log(row.values[v].second));
  });
  model->emissions_.push_back(Emission{PosTag::kNN, 0.0f});  // the fallback, last
  for (int t = 0; t < kTags; ++t) model->fixed_emissions_[t] = Emission{static_cast<PosTag>(t), 0.0f};
  return model;
}

PosModel::Span PosModel::span_of(Range range) const {
  return Span{emissions_.data() + range.begin, range.count};
}

PosModel::Span PosModel::unknown_class(std::string_view word) const {
  std::string_view name = unknown_class_name(word);
  if (name == "-hyp-") {  // "-hyp-adj-" when the last part is an adjective ("long-range")
    auto it = lexicon_.find(word.substr(word.rfind('-') + 1));
    if (it != lexicon_.end()) {
      Span last = span_of(it->second);
      for (size_t e = 0; e < last.size; ++e)
        if (last.data[e].tag == PosTag::kJJ) name = "-hyp-adj-";
    }
  }
  auto it = lexicon_.find(name);
  return it == lexicon_.end() ? Span{&emissions_.back(), 1} : span_of(it->second);
}

PosModel::Span PosModel::emissions_of(std::string_view word, std::string& scratch) const {
  if (auto it = lexicon_.find(word); it != lexicon_.end()) return span_of(it->second);
  if (!word.empty() && std::isupper(static_cast<unsigned char>(word[0]))) {  // "Sanctions" at a sentence start
    scratch.assign(word);
    scratch[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(scratch[0])));
    if (auto it = lexicon_.find(std::string_view(scratch)); it != lexicon_.end()) return span_of(it->second);
  }
  return unknown_class(word);
}

bool PosModel::may_be(std::string_view word, PosTag tag) const {
  auto it = lexicon_.find(word);
  if (it == lexicon_.end()) return false;
  Span span = span_of(it->second);
  for (size_t i = 0; i < span.size; ++i)
    if (span.data[i].tag == tag) return true;
  return false;
}

PosModel::Span PosModel::fixed_tag(PosTag tag) const {
  return Span{&fixed_emissions_[static_cast<size_t>(tag)], 1};
}

// A sentence's first word is capitalised whatever it is ("Expand sanctions",
// "Press Beijing"): its lower-case reading comes first.
PosModel::Span PosModel::first_word_emissions(std::string_view word, std::string& scratch) const {
  if (!word.empty() && std::isupper(static_cast<unsigned char>(word[0])) && word.size() > 1 &&
      std::islower(static_cast<unsigned char>(word[1]))) {
    scratch.assign(word);
    scratch[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(scratch[0])));
    if (auto it = lexicon_.find(std::string_view(scratch)); it != lexicon_.end()) return span_of(it->second);
  }
  return emissions_of(word, scratch);
}

std::vector<PosTag> PosModel::tag(const std::vector<std::string_view>& words, const std::vector<PosTag>& fixed) const {
  // Viterbi over the few tags each word can take (at most kMaxStates each).
  struct Column {
    Span states;
    std::array<float, kMaxStates> score;
    std::array<uint8_t, kMaxStates> back;
  };
  const size_t n = words.size();
  std::vector<PosTag> tags(n, PosTag::kNN);
  if (n == 0) return tags;
  std::vector<Column> columns(n);
  std::string scratch;
  for (size_t i = 0; i < n; ++i) {
    Column& c = columns[i];
    c.states = i == 0 ? first_word_emissions(words[0], scratch) : emissions_of(words[i], scratch);
    if (i < fixed.size() && fixed[i] != PosTag::kCount) c.states = fixed_tag(fixed[i]);
    size_t states = c.states.size;
    for (size_t s = 0; s < states; ++s) {
      const Emission& e = c.states.data[s];
      if (i == 0) {  // the model starts after a sentence end
        c.score[s] = log_transition_[static_cast<int>(PosTag::kPP)][static_cast<int>(e.tag)] + e.log_weight;
        continue;
      }
      const Column& p = columns[i - 1];
      const int to = static_cast<int>(e.tag);
      float best = -std::numeric_limits<float>::infinity();
      uint8_t from_best = 0;
      for (size_t q = 0; q < p.states.size; ++q) {
        float candidate = p.score[q] + log_transition_[static_cast<int>(p.states.data[q].tag)][to];
        if (candidate > best) best = candidate, from_best = static_cast<uint8_t>(q);
      }
      c.score[s] = best + e.log_weight;
      c.back[s] = from_best;
    }
  }
  const Column& last = columns[n - 1];
  size_t best = 0;
  for (size_t s = 1; s < last.states.size; ++s)
    if (last.score[s] > last.score[best]) best = s;
  for (size_t i = n; i-- > 0;) {
    tags[i] = columns[i].states.data[best].tag;
    best = columns[i].back[best];
  }
  prefer_past_after_subject(tags, fixed);
  return tags;
}

// The model often reads "New Delhi revoked the status" as a participle: a
// past form between a noun or pronoun and the start of a noun phrase is the
// finite past of a clause ("troops stationed in Kursk" keeps its participle).
void PosModel::prefer_past_after_subject(std::vector<PosTag>& tags, const std::vector<PosTag>& fixed) {
  auto subject_like = [](PosTag t) { return is_noun(t) || t == PosTag::kPRP; };
  auto opens_noun_phrase = [](PosTag t) {
    return t == PosTag::kDET || t == PosTag::kPRPS || t == PosTag::kNNP || t == PosTag::kNNPS || t == PosTag::kCD;
  };
  for (size_t i = 1; i + 1 < tags.size(); ++i) {
    if (i < fixed.size() && fixed[i] != PosTag::kCount) continue;
    if (tags[i] == PosTag::kVBN && subject_like(tags[i - 1]) && opens_noun_phrase(tags[i + 1])) tags[i] = PosTag::kVBD;
  }
}

}  // namespace dyad::text
