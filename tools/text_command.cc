// dyad text: the cleaned text of documents with their sentence boundaries,
// so a user can see what the coder sees.
#include <iostream>

#include <fmt/format.h>

#include "commands.h"
#include "lexicon_options.h"
#include "dyad/engine.h"
#include "dyad/ingest.h"
#include "dyad/text.h"

namespace dyad::cli {
namespace {

struct TextOptions {
  std::vector<std::string> paths;
  std::string input_format = "auto";
  std::string date;
  bool tokens = false;
  bool explain = false;
  std::vector<std::string> dicts;
};

void print_document(const Document& doc, bool show_tokens) {
  std::cout << fmt::format("# {}  date={}  {}\n", doc.id, doc.date.empty() ? "none" : doc.date, doc.title);
  auto sentences = split_sentences(doc.text);
  for (size_t i = 0; i < sentences.size(); ++i) {
    Span s = sentences[i];
    std::cout << fmt::format("[{}] {}-{}  {}\n", i, s.begin, s.end, std::string_view(doc.text).substr(s.begin, s.size()));
    if (show_tokens) {
      std::cout << "     ";
      for (const Token& t : tokenize(doc.text, s)) std::cout << " |" << t.folded;
      std::cout << "|\n";
    }
  }
  std::cout << "\n";
}

int run_text(const TextOptions& options) {
  if (!options.date.empty() && !is_valid_date(options.date)) {
    std::cerr << "dyad text: --date must be YYYY-MM-DD, got \"" << options.date << "\"\n";
    return kUsage;
  }
  IngestOptions ingest;
  ingest.format = *parse_input_format(options.input_format);
  ingest.default_date = options.date;
  auto source = open_inputs(options.paths, ingest);
  std::shared_ptr<const Lexicon> lexicon;
  if (options.explain && !(lexicon = load_or_report(options.dicts))) return kFatal;
  bool failed = false;
  while (auto item = source->next()) {
    if (const auto* f = std::get_if<FailedDocument>(&*item)) {
      std::cerr << fmt::format("dyad: {}{}: {}\n", f->path, f->line ? ":" + std::to_string(f->line) : "", f->error);
      failed = true;
      continue;
    }
    if (options.explain) std::cout << Engine(lexicon).explain(std::get<Document>(*item)) << "\n";
    else print_document(std::get<Document>(*item), options.tokens);
  }
  return failed ? kSomeFailed : kOk;
}

}  // namespace

void add_text_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<TextOptions>();
  CLI::App* cmd = app.add_subcommand("text", "print the cleaned text of documents, one sentence a line");
  cmd->add_option("paths", options->paths, "files, folders or - for stdin")->required();
  cmd->add_option("--input-format", options->input_format, "auto (by extension), text, html or jsonl")
      ->check(CLI::IsMember({"auto", "text", "txt", "html", "jsonl"}));
  cmd->add_option("--date", options->date, "document date YYYY-MM-DD for inputs that carry none");
  cmd->add_flag("--tokens", options->tokens, "also print each sentence's tokens");
  cmd->add_flag("--explain", options->explain,
                "print the coder's analysis: actor phrases, verb groups and events per sentence");
  add_dict_option(*cmd, options->dicts);
  cmd->callback([options, &exit_code] { exit_code = run_text(*options); });
}

}  // namespace dyad::cli
