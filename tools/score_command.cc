// dyad score: codes gold sentences and reports accuracy (EVENTS.md, "Evaluation").
#include <iostream>

#include <fmt/format.h>

#include "commands.h"
#include "dyad/engine.h"
#include "dyad/ingest.h"
#include "dyad/output.h"
#include "dyad/score.h"
#include "lexicon_options.h"

namespace dyad::cli {
namespace {

struct ScoreOptions {
  std::string gold;
  std::vector<std::string> dicts;
  bool errors = false;
  bool json = false;
  std::string docs;   // a file of document ids to score, or empty
  std::string split;  // "tune" or "check": the bundled list for this gold file
};

// The gold sentences to score: all, or those of the listed documents.
Result<std::vector<GoldSentence>> gold_to_score(const ScoreOptions& options) {
  auto gold = read_gold(options.gold);
  if (!gold.ok() || (options.docs.empty() && options.split.empty())) return gold;
  std::string list = options.docs.empty() ? split_list_path(options.gold, options.split) : options.docs;
  auto documents = read_document_list(list);
  if (!documents.ok()) return documents.status();
  auto selected = select_documents(gold.value(), documents.value());
  if (selected.empty()) return Status::Error("no sentence of " + options.gold + " belongs to a document in " + list);
  return selected;
}

// Each gold sentence is coded as a one-sentence document, as `dyad code` would.
std::vector<PredictedEvent> code_sentence(const Engine& engine, const GoldSentence& gold) {
  Document doc;
  doc.id = gold.id;
  doc.date = gold.doc_date;
  auto text = clean_utf8(gold.text);
  if (!text.ok()) return {};
  doc.text = text.value();
  std::vector<PredictedEvent> predicted;
  for (const Event& e : engine.code(doc).events) predicted.push_back(to_predicted(e));
  return predicted;
}

void print_table(const ScoreReport& r) {
  std::cout << fmt::format("sentences {} ({} coded exactly)  gold events {}  predicted {}  matched {}\n",
                           r.sentences, r.exact_sentences, r.gold_events, r.predicted_events, r.matched);
  std::cout << fmt::format("precision {:.3f}  recall {:.3f}  F1 {:.3f}\n", r.precision(), r.recall(), r.f1());
  std::cout << fmt::format("modality accuracy {:.3f} ({}/{})\n", r.modality_accuracy(), r.modality_correct,
                           r.modality_scored);
  std::cout << fmt::format("factual precision {:.3f} ({}/{})\n", r.factual_precision(), r.factual_correct,
                           r.factual_predicted);
  std::cout << fmt::format("date accuracy {:.3f} ({}/{})\n\n", r.date_accuracy(), r.dates_correct, r.dates_scored);
  std::cout << fmt::format("{:<5}{:>6}{:>6}{:>8}{:>7}{:>7}{:>7}\n", "root", "gold", "pred", "matched", "P", "R", "F1");
  for (const auto& [root, s] : r.roots) {
    double p = s.predicted ? double(s.matched) / s.predicted : 0;
    double rc = s.gold ? double(s.matched) / s.gold : 0;
    double f = p + rc > 0 ? 2 * p * rc / (p + rc) : 0;
    std::cout << fmt::format("{:<5}{:>6}{:>6}{:>8}{:>7.2f}{:>7.2f}{:>7.2f}\n", root, s.gold, s.predicted,
                             s.matched, p, rc, f);
  }
}

void print_errors(const ScoreReport& r) {
  std::string last;
  for (const ScoreError& e : r.errors) {
    if (e.sentence_id != last) {
      std::cout << "\n" << e.sentence_id << ": " << e.text << "\n";
      last = e.sentence_id;
    }
    std::cout << "  " << e.kind << ": " << e.detail << "\n";
  }
}

void print_json(const ScoreReport& r, bool with_errors) {
  std::string out = fmt::format(
      "{{\"sentences\":{},\"exact_sentences\":{},\"gold_events\":{},\"predicted_events\":{},\"matched\":{},"
      "\"precision\":{:.4f},\"recall\":{:.4f},\"f1\":{:.4f},\"modality_accuracy\":{:.4f},"
      "\"factual_precision\":{:.4f},\"date_accuracy\":{:.4f},\"roots\":{{",
      r.sentences, r.exact_sentences, r.gold_events, r.predicted_events, r.matched, r.precision(), r.recall(), r.f1(),
      r.modality_accuracy(), r.factual_precision(), r.date_accuracy());
  bool first = true;
  for (const auto& [root, s] : r.roots) {
    out += fmt::format("{}\"{}\":{{\"gold\":{},\"predicted\":{},\"matched\":{}}}", first ? "" : ",", root,
                       s.gold, s.predicted, s.matched);
    first = false;
  }
  out += "}";
  if (with_errors) {
    out += ",\"errors\":[";
    for (size_t i = 0; i < r.errors.size(); ++i) {
      const ScoreError& e = r.errors[i];
      out += i ? "," : "";
      out += "{\"id\":";
      append_json_string(out, e.sentence_id);
      out += ",\"kind\":";
      append_json_string(out, e.kind);
      out += ",\"detail\":";
      append_json_string(out, e.detail);
      out += "}";
    }
    out += "]";
  }
  std::cout << out << "}\n";
}

int run_score(const ScoreOptions& options) {
  auto gold = gold_to_score(options);
  if (!gold.ok()) {
    std::cerr << "dyad score: " << gold.status().message() << "\n";
    return kFatal;
  }
  auto lexicon = load_or_report(options.dicts);
  if (!lexicon) return kFatal;
  Engine engine(lexicon);
  ScoreReport report;
  for (const GoldSentence& sentence : gold.value())
    score_sentence(sentence, code_sentence(engine, sentence), report);
  if (options.json) {
    print_json(report, options.errors);
    return kOk;
  }
  print_table(report);
  if (options.errors) print_errors(report);
  return kOk;
}

}  // namespace

void add_score_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ScoreOptions>();
  CLI::App* cmd = app.add_subcommand("score", "code a gold file and report precision, recall, F1, modality and date accuracy");
  cmd->add_option("gold", options->gold, "gold sentences (JSON Lines, EVENTS.md format)")->required();
  add_dict_option(*cmd, options->dicts);
  cmd->add_flag("--errors", options->errors, "list every miss, false alarm, modality and date error");
  cmd->add_flag("--json", options->json, "print the report as JSON");
  auto* docs = cmd->add_option("--docs", options->docs,
                               "score only the documents (gold field \"doc\") listed in FILE, one id per line");
  cmd->add_option("--split", options->split,
                  "score only one half of a split gold file: tune (read its errors) or check (never read)\n"
                  "(lists in the data folder's splits/, e.g. splits/dev.tune.txt for dev.jsonl)")
      ->check(CLI::IsMember({"tune", "check"}))
      ->excludes(docs);
  cmd->callback([options, &exit_code] { exit_code = run_score(*options); });
}

}  // namespace dyad::cli
