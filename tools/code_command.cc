// dyad code: documents in, events out (JSON Lines or CSV, or a store with
// --db), failures listed.
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

#include <fmt/format.h>

#include "commands.h"
#include "dyad/engine.h"
#include "dyad/ingest.h"
#include "dyad/output.h"
#include "dyad/pipeline.h"
#include "dyad/text.h"
#include "code_store.h"
#include "lexicon_options.h"
#include "same_file.h"
#include "whole_writes.h"
#include "store_options.h"

namespace dyad::cli {
namespace {

struct CodeOptions {
  std::vector<std::string> paths;
  std::string date;
  std::string input_format = "auto";
  std::string format = "jsonl";
  std::string out;
  std::string failed;
  int threads = 1;
  std::vector<std::string> dicts;
  bool quiet = false;
  bool summary = false;
  size_t max_document_mb = 16;
  std::string db;  // --db: events go to this store (and to --out only if given)
  bool resume = false;
  int window_days = 0;  // --window-days: the store's story window (0: keep the store's)
};

struct Totals {
  size_t documents = 0, failed = 0, sentences = 0, events = 0, skipped = 0, cut_sentences = 0;
  std::map<std::string, std::map<Modality, size_t>> by_root;
};

// Adds one coded document to the totals shown in the summary and progress line.
void count_document(const CodedDocument& coded, Totals& totals) {
  ++totals.documents;
  totals.sentences += coded.sentences.size();
  totals.events += coded.events.size();
  for (const Event& e : coded.events) ++totals.by_root[e.root][e.modality];
}

// Sentences over the length limit are coded in pieces (text.h); say so.
void report_cut_sentences(const Document& doc, const CodedDocument& coded, bool quiet, Totals& totals) {
  size_t cut = count_cut_sentences(doc.text, coded.sentences);
  totals.cut_sentences += cut;
  if (cut == 0 || quiet) return;
  std::cerr << fmt::format(
      "dyad: {}{}: {} sentence{} longer than {} tokens or {} bytes cut into pieces for analysis "
      "(document {})\n",
      doc.path, doc.line ? ":" + std::to_string(doc.line) : "", cut, cut == 1 ? "" : "s",
      kMaxSentenceTokens, kMaxSentenceBytes, doc.id);
}

std::string failure_message(const FailedDocument& failure) {
  return fmt::format("dyad: {}{}: {} (document {})", failure.path,
                     failure.line ? ":" + std::to_string(failure.line) : "", failure.error, failure.doc_id);
}

class Progress {
 public:
  explicit Progress(bool enabled) : enabled_(enabled && isatty(STDERR_FILENO)) {}

  void update(const Totals& t, bool final = false) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    double elapsed = std::chrono::duration<double>(now - start_).count();
    if (elapsed < 1.0 || (!final && now - last_ < std::chrono::milliseconds(250))) return;
    last_ = now;
    shown_ = true;
    std::cerr << fmt::format("\r{} documents, {} sentences, {} events, {} failed, {:.0f} docs/s   ",
                             t.documents, t.sentences, t.events, t.failed, t.documents / elapsed);
    if (final) std::cerr << "\n";
  }

 private:
  bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_ = start_;
};

void print_summary(const Totals& t, const CodeOptions& options) {
  static const Modality kModalities[] = {Modality::kAsserted, Modality::kReported, Modality::kNegated,
                                         Modality::kPlanned, Modality::kPossible, Modality::kRecommended};
  std::cerr << fmt::format("\nCoded {} documents ({} failed), {} sentences, {} events.\n\n",
                           t.documents, t.failed, t.sentences, t.events);
  std::cerr << fmt::format("{:<6}", "root");
  for (Modality m : kModalities) std::cerr << fmt::format("{:>12}", modality_name(m));
  std::cerr << fmt::format("{:>8}\n", "total");
  for (const auto& [root, counts] : t.by_root) {
    size_t total = 0;
    std::cerr << fmt::format("{:<6}", root);
    for (Modality m : kModalities) {
      auto it = counts.find(m);
      size_t n = it == counts.end() ? 0 : it->second;
      total += n;
      std::cerr << fmt::format("{:>12}", n);
    }
    std::cerr << fmt::format("{:>8}\n", total);
  }
  if (!options.out.empty()) std::cerr << "\nEvents written to " << options.out << "\n";
  if (!options.db.empty()) {
    std::cerr << (options.out.empty() ? "\n" : "") << "Events stored in " << store_display_name(options.db)
              << "\n";
  }
  if (t.cut_sentences)
    std::cerr << "Sentences over the length limit, coded in pieces: " << t.cut_sentences << "\n";
  if (t.skipped) std::cerr << "Skipped " << t.skipped << " documents already stored (--resume).\n";
  if (!options.failed.empty() && t.failed) std::cerr << "Failed documents listed in " << options.failed << "\n";
}

// --out, --failed and the SQLite file of --db must be three files: one
// writer would truncate what another wrote.
int check_outputs_differ(const CodeOptions& options) {
  const std::pair<const char*, std::string> outputs[] = {
      {"--out", options.out}, {"--failed", options.failed}, {"--db", store_file(options.db)}};
  for (size_t i = 0; i < std::size(outputs); ++i)
    for (size_t j = i + 1; j < std::size(outputs); ++j) {
      const auto& [flag_a, a] = outputs[i];
      const auto& [flag_b, b] = outputs[j];
      if (a.empty() || b.empty() || !same_file(a, b)) continue;
      std::cerr << fmt::format("dyad code: {} {} and {} {} name the same file\n", flag_a, a, flag_b, b);
      return kUsage;
    }
  return kOk;
}

// A run that died left documents unfinished in the store's crash journal:
// each is coded alone in a child process before the pipeline starts its
// threads. Standard input cannot be read twice and is left out.
bool try_unfinished_alone(CodeStore& db, const std::vector<std::string>& paths, const IngestOptions& ingest,
                          const Engine& engine, bool quiet) {
  std::vector<std::string> files;
  for (const std::string& path : paths)
    if (path != "-") files.push_back(path);
  auto code_alone = [&](const RawDocument& raw) {
    InputItem item = prepare_document(raw, ingest);
    if (const auto* doc = std::get_if<Document>(&item)) engine.code(*doc);
  };
  Status tried = db.try_unfinished_alone(open_inputs(files, ingest), code_alone, quiet);
  if (!tried.ok()) std::cerr << "dyad code: " << tried.message() << "\n";
  return tried.ok();
}

int run_code(CodeOptions options) {
  IngestOptions ingest;
  if (!options.date.empty() && !is_valid_date(options.date)) {
    std::cerr << "dyad code: --date must be YYYY-MM-DD, got \"" << options.date << "\"\n";
    return kUsage;
  }
  ingest.default_date = options.date;
  ingest.format = *parse_input_format(options.input_format);
  ingest.max_document_bytes = options.max_document_mb << 20;
  OutputFormat format = options.format == "csv" ? OutputFormat::kCsv : OutputFormat::kJsonl;
  if (options.paths.empty()) {
    if (isatty(STDIN_FILENO)) {
      std::cerr << "dyad code: no input; give files, folders or - for standard input (see --help)\n";
      return kUsage;
    }
    options.paths.push_back("-");
  }

  // Never truncate an input, nor read back our own output: an explicit input
  // that is an output file is a usage error, and output files inside a folder
  // being walked are skipped.
  for (const std::string& output : {options.out, options.failed}) {
    if (output.empty()) continue;
    for (const std::string& path : options.paths) {
      std::error_code ec;
      if (path != "-" && std::filesystem::is_regular_file(path, ec) &&
          std::filesystem::equivalent(path, output, ec)) {
        std::cerr << "dyad code: " << output << " is both an input and an output file\n";
        return kUsage;
      }
    }
    ingest.skip_files.push_back(output);
  }
  if (int status = check_outputs_differ(options); status != kOk) return status;

  if ((options.resume || options.window_days) && options.db.empty()) {
    std::cerr << "dyad code: " << (options.resume ? "--resume" : "--window-days") << " needs --db\n";
    return kUsage;
  }
  std::unique_ptr<CodeStore> db;  // opened first: a bad --db fails before the long dictionary load
  if (!options.db.empty()) {
    auto store = open_store_or_report("code", options.db,
                                      StoreOptions{.story_window_days = options.window_days});
    if (!store) return kFatal;
    db = std::make_unique<CodeStore>(std::move(store), options.resume);
  }

  auto lexicon = load_or_report(options.dicts);
  if (!lexicon) return kFatal;
  Engine engine(lexicon);

  std::ofstream out_file, failed_file;
  std::ostream* out = db ? nullptr : &std::cout;  // with --db, text output only with --out
  if (!options.out.empty()) {
    out_file.open(options.out, std::ios::binary);
    if (!out_file) {
      std::cerr << "dyad code: cannot write " << options.out << ": " << std::strerror(errno) << "\n";
      return kFatal;
    }
    out = &out_file;
  }
  if (!options.failed.empty()) {
    failed_file.open(options.failed, std::ios::binary);
    if (!failed_file) {
      std::cerr << "dyad code: cannot write " << options.failed << ": " << std::strerror(errno) << "\n";
      return kFatal;
    }
  }
  if (out && format == OutputFormat::kCsv) *out << csv_header();

  if (db && !try_unfinished_alone(*db, options.paths, ingest, engine, options.quiet)) return kFatal;
  auto source = open_inputs(options.paths, ingest);
  if (db) source = db->wrap(std::move(source));
  WholeWrites events_out(out), failed_out(failed_file.is_open() ? &failed_file : nullptr);
  Totals totals;
  Progress progress(!options.quiet);
  PipelineOptions pipeline;
  pipeline.threads = options.threads;
  // Rendering runs on the worker threads; writing keeps the input order.
  ItemRenderer render;
  if (out) render = [format](const Document&, const CodedDocument& coded, std::string& text) {
    for (const Event& e : coded.events) {
      if (format == OutputFormat::kCsv) append_event_csv(text, e);
      else append_event_jsonl(text, e);
    }
  };
  auto sink = [&](InputItem& item, CodedDocument* coded, std::string& text) {
    if (db) db->add(item, coded);
    if (const auto* failure = std::get_if<FailedDocument>(&item)) {
      ++totals.failed;
      if (!options.quiet) std::cerr << failure_message(*failure) << "\n";
      std::string line;
      append_failure_jsonl(line, *failure);
      failed_out.add(line);
    } else {
      count_document(*coded, totals);
      report_cut_sentences(std::get<Document>(item), *coded, options.quiet, totals);
      events_out.add(text);
    }
    progress.update(totals);
  };
  code_stream(*source, engine, pipeline, render, sink);
  progress.update(totals, true);
  if (db) {
    if (Status stored = db->finish(); !stored.ok()) {
      std::cerr << "dyad code: " << stored.message() << "\n";
      return kFatal;
    }
    totals.skipped = db->skipped();
  }
  if (!events_out.flush()) {
    std::cerr << "dyad code: error writing the output\n";
    return kFatal;
  }
  if (!failed_out.flush()) {
    std::cerr << "dyad code: error writing " << options.failed << "\n";
    return kFatal;
  }
  if (options.summary) print_summary(totals, options);
  return totals.failed ? kSomeFailed : kOk;
}

}  // namespace

void add_code_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<CodeOptions>();
  CLI::App* cmd = app.add_subcommand("code", "code documents into events (JSON Lines or CSV)");
  cmd->add_option("paths", options->paths, "files, folders (walked recursively) or - for stdin");
  cmd->add_option("--date", options->date, "document date YYYY-MM-DD for inputs that carry none");
  cmd->add_option("--input-format", options->input_format, "auto (by extension), text, html or jsonl")
      ->check(CLI::IsMember({"auto", "text", "txt", "html", "jsonl"}));
  cmd->add_option("--format", options->format, "output format: jsonl (default) or csv")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  cmd->add_option("-o,--out", options->out, "write events to FILE instead of standard output");
  cmd->add_option("--failed", options->failed, "list failed documents in FILE (JSON Lines)");
  cmd->add_option("--db", options->db, std::string(kDbHelp) + "; events go there instead of standard output");
  cmd->add_flag("--resume", options->resume,
                "with --db: skip documents already stored (same id and content hash, status ok)");
  cmd->add_option("--window-days", options->window_days,
                  "with --db: facts of one source, target and root within N days are one story "
                  "(default 3, or the store's; a new value rebuilds the stories)")
      ->check(CLI::Range(1, 366));
  cmd->add_option("-j,--threads", options->threads, "documents coded in parallel (output order is kept)")
      ->check(CLI::Range(1, 256));
  add_dict_option(*cmd, options->dicts);
  cmd->add_option("--max-doc-mb", options->max_document_mb, "documents larger than this fail (MiB)")
      ->check(CLI::Range(1, 4096));
  cmd->add_flag("-q,--quiet", options->quiet, "no progress line and no per-document error messages");
  cmd->add_flag("--summary", options->summary, "print a table of events by CAMEO root and modality");
  cmd->callback([options, &exit_code] { exit_code = run_code(*options); });
}

}  // namespace dyad::cli
