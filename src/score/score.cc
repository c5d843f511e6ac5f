#include "dyad/score.h"

#include <simdjson.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unordered_set>

#include "dyad/lexicon.h"

namespace dyad {
namespace {

std::string string_field(simdjson::dom::element object, const char* key) {
  std::string_view value;
  if (object[key].get(value)) return "";
  return std::string(value);
}

bool is_factual(const std::string& modality) {
  return modality == "asserted" || modality == "reported";
}

std::string describe(const std::string& source, const std::string& target, const std::string& code,
                     const std::string& root, const std::string& modality) {
  return source + "->" + target + " " + (code.empty() ? root : code) +
         (modality.empty() ? "" : " " + modality);
}

// Dates agree to the day, or to the month when gold gives only a month.
bool dates_agree(const std::string& gold, const std::string& predicted) {
  if (gold.size() == 7) return predicted.substr(0, 7) == gold;
  return predicted == gold;
}

}  // namespace

Result<std::vector<GoldSentence>> read_gold(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error("cannot read gold file " + path);
  std::vector<GoldSentence> gold;
  simdjson::dom::parser parser;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::element root;
    if (parser.parse(line).get(root) || !root.is_object())
      return Status::Error(path + ":" + std::to_string(number) + ": broken JSON");
    GoldSentence sentence;
    sentence.id = string_field(root, "id");
    sentence.doc = string_field(root, "doc");
    sentence.doc_date = string_field(root, "doc_date");
    sentence.text = string_field(root, "text");
    if (sentence.id.empty()) sentence.id = "line-" + std::to_string(number);
    simdjson::dom::array events;
    if (!root["events"].get(events)) {
      for (auto e : events) {
        GoldEvent event{string_field(e, "source"), string_field(e, "target"), string_field(e, "root"),
                        string_field(e, "code"), string_field(e, "modality"), string_field(e, "date")};
        if (event.root.empty() && event.code.size() >= 2) event.root = event.code.substr(0, 2);
        sentence.events.push_back(std::move(event));
      }
    }
    gold.push_back(std::move(sentence));
  }
  return gold;
}

Result<std::vector<std::string>> read_document_list(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error("cannot read document list " + path);
  std::vector<std::string> documents;
  std::string line;
  while (std::getline(in, line)) {
    line = line.substr(0, line.find('#'));
    size_t begin = line.find_first_not_of(" \t\r");
    if (begin == std::string::npos) continue;
    size_t end = line.find_last_not_of(" \t\r");
    documents.push_back(line.substr(begin, end - begin + 1));
  }
  if (documents.empty()) return Status::Error("document list " + path + " names no document");
  return documents;
}

std::vector<GoldSentence> select_documents(const std::vector<GoldSentence>& gold,
                                           const std::vector<std::string>& documents) {
  std::unordered_set<std::string> wanted(documents.begin(), documents.end());
  std::vector<GoldSentence> selected;
  std::copy_if(gold.begin(), gold.end(), std::back_inserter(selected),
               [&](const GoldSentence& s) { return wanted.count(s.doc) > 0; });
  return selected;
}

std::string split_list_path(const std::string& gold_path, const std::string& split) {
  std::string stem = std::filesystem::path(gold_path).stem().string();
  return default_data_dir() + "/splits/" + stem + "." + split + ".txt";
}

PredictedEvent to_predicted(const Event& e) {
  return PredictedEvent{e.source.entity(), e.target.entity(), e.root, e.code, modality_name(e.modality),
                        e.date};
}

void score_sentence(const GoldSentence& gold, const std::vector<PredictedEvent>& predicted,
                    ScoreReport& report) {
  ++report.sentences;
  report.gold_events += static_cast<int>(gold.events.size());
  report.predicted_events += static_cast<int>(predicted.size());
  for (const GoldEvent& g : gold.events) ++report.roots[g.root].gold;
  for (const PredictedEvent& p : predicted) ++report.roots[p.root].predicted;

  std::vector<int> gold_match(gold.events.size(), -1);
  std::vector<int> pred_match(predicted.size(), -1);
  // Two passes: same modality first, so a correct pairing is never stolen.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < predicted.size(); ++i) {
      if (pred_match[i] >= 0) continue;
      const PredictedEvent& p = predicted[i];
      for (size_t j = 0; j < gold.events.size(); ++j) {
        const GoldEvent& g = gold.events[j];
        if (gold_match[j] >= 0 || g.source != p.source || g.target != p.target || g.root != p.root) continue;
        if (pass == 0 && !g.modality.empty() && g.modality != p.modality) continue;
        gold_match[j] = static_cast<int>(i);
        pred_match[i] = static_cast<int>(j);
        break;
      }
    }
  }
  bool exact = true;
  for (int m : pred_match) exact &= m >= 0;
  for (int m : gold_match) exact &= m >= 0;
  if (exact) ++report.exact_sentences;
  auto error = [&](std::string kind, std::string detail) {
    report.errors.push_back(ScoreError{gold.id, gold.text, std::move(kind), std::move(detail)});
  };
  for (size_t i = 0; i < predicted.size(); ++i) {
    const PredictedEvent& p = predicted[i];
    if (is_factual(p.modality)) ++report.factual_predicted;
    if (pred_match[i] < 0) {
      error("false alarm", describe(p.source, p.target, p.code, p.root, p.modality));
      continue;
    }
    const GoldEvent& g = gold.events[pred_match[i]];
    ++report.matched;
    ++report.roots[p.root].matched;
    if (is_factual(p.modality) && is_factual(g.modality)) ++report.factual_correct;
    if (!g.modality.empty()) {
      ++report.modality_scored;
      if (g.modality == p.modality) ++report.modality_correct;
      else error("modality", describe(p.source, p.target, p.code, p.root, "") + " gold " + g.modality +
                                 ", predicted " + p.modality);
    }
    if (!g.date.empty()) {
      ++report.dates_scored;
      if (dates_agree(g.date, p.date)) ++report.dates_correct;
      else error("date", describe(p.source, p.target, p.code, p.root, "") + " gold " + g.date +
                             ", predicted " + (p.date.empty() ? "none" : p.date));
    }
  }
  for (size_t j = 0; j < gold.events.size(); ++j)
    if (gold_match[j] < 0) {
      const GoldEvent& g = gold.events[j];
      error("miss", describe(g.source, g.target, g.code, g.root, g.modality));
    }
}

}  // namespace dyad
