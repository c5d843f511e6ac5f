// Accuracy against gold sentences (the "Evaluation" section of EVENTS.md):
// (source, target, root) precision / recall / F1, modality accuracy, factual
// precision, date accuracy, per root, with the misses and false alarms.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct GoldEvent {
  std::string source, target, root, code, modality, date;
};

struct GoldSentence {
  std::string id, doc, doc_date, text;  // doc: the document the sentence belongs to, or empty
  std::vector<GoldEvent> events;
};

// Reads a gold file (JSON Lines). Fails on the first malformed line, naming it.
Result<std::vector<GoldSentence>> read_gold(const std::string& path);

// Document ids listed in a file, one per line ('#' starts a comment), for
// scoring a fixed part of a gold file (a tune or a check half).
Result<std::vector<std::string>> read_document_list(const std::string& path);

// The sentences of `gold` whose document is in `documents`.
std::vector<GoldSentence> select_documents(const std::vector<GoldSentence>& gold,
                                           const std::vector<std::string>& documents);

// The bundled split list for a gold file and a split name: for
// ".../dev.jsonl" and "tune", "<data dir>/splits/dev.tune.txt".
std::string split_list_path(const std::string& gold_path, const std::string& split);

// A predicted event reduced to what scoring compares.
struct PredictedEvent {
  std::string source, target, root, code, modality, date;
};
PredictedEvent to_predicted(const Event& event);

struct ScoreError {
  std::string sentence_id, text;
  std::string kind;  // "miss", "false alarm", "modality", "date"
  std::string detail;
};

struct RootScore {
  int gold = 0, predicted = 0, matched = 0;
};

struct ScoreReport {
  int sentences = 0, gold_events = 0, predicted_events = 0, matched = 0;
  int exact_sentences = 0;  // sentences with no miss and no false alarm
  int modality_scored = 0, modality_correct = 0;
  int factual_predicted = 0, factual_correct = 0;
  int dates_scored = 0, dates_correct = 0;
  std::map<std::string, RootScore> roots;
  std::vector<ScoreError> errors;

  double precision() const { return predicted_events ? double(matched) / predicted_events : 0; }
  double recall() const { return gold_events ? double(matched) / gold_events : 0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
  double modality_accuracy() const { return modality_scored ? double(modality_correct) / modality_scored : 0; }
  double factual_precision() const { return factual_predicted ? double(factual_correct) / factual_predicted : 0; }
  double date_accuracy() const { return dates_scored ? double(dates_correct) / dates_scored : 0; }
};

// Scores predictions[i] against gold[i] and adds the result to `report`.
void score_sentence(const GoldSentence& gold, const std::vector<PredictedEvent>& predicted,
                    ScoreReport& report);

}  // namespace dyad
