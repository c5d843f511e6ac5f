// load_lexicon: reads every dictionary source and compiles the matcher.
#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "compiled_lexicon.h"
#include "dyad/lexicon.h"
#include "dyad_format.h"
#include "lexicon_builder.h"
#include "petrarch_format.h"

#ifndef DYAD_DEFAULT_DATA_DIR
#define DYAD_DEFAULT_DATA_DIR "data"
#endif

namespace dyad {
namespace fs = std::filesystem;

std::string default_data_dir() {
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) return env;
  return DYAD_DEFAULT_DATA_DIR;
}

Lexicon::Lexicon(std::unique_ptr<lexicon::CompiledLexicon> compiled) : compiled_(std::move(compiled)) {}
Lexicon::~Lexicon() = default;

const LexiconStats& Lexicon::stats() const { return compiled_->stats; }
const std::vector<LexiconIssue>& Lexicon::issues() const { return compiled_->issues; }

namespace {

bool starts_with(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

LexiconStats count(const lexicon::CompiledLexicon& lex) {
  LexiconStats stats;
  stats.actor_entries = lex.actors.size();
  stats.agent_nouns = lex.agents.size();
  for (const auto& patterns : lex.patterns_by_lemma) stats.verb_patterns += patterns.size();
  stats.verb_forms = lex.verb_forms.size();
  stats.event_nouns = lex.nouns.size();
  stats.cameo_codes = lex.codebook.size();
  stats.matcher_phrases = lex.trie.phrase_count();
  return stats;
}

// A file every lexicon needs (the codebook, the cue words): from the first
// dyad-format source that has it, else from the bundled data.
std::string bundled_or_own(const std::vector<std::string>& sources, const std::string& file) {
  for (const std::string& source : sources)
    if (!starts_with(source, "petrarch:") && !starts_with(source, "tabari:") && fs::exists(source + "/" + file))
      return source + "/" + file;
  return default_data_dir() + "/" + file;
}

}  // namespace

Result<std::shared_ptr<const Lexicon>> load_lexicon(const LexiconOptions& options) {
  auto started = std::chrono::steady_clock::now();
  lexicon::LexiconBuilder builder;
  std::vector<std::string> sources = options.dict_sources;
  if (sources.empty()) sources.push_back(default_data_dir());

  if (Status s = builder.load_codebook(bundled_or_own(sources, "cameo/codes.tsv")); !s.ok()) return s;
  if (Status s = builder.load_wordnet(options.wordnet_dir); !s.ok())
    builder.issue({options.wordnet_dir, 0}, s.message() + "; only regular verb forms are known");
  builder.load_cues(bundled_or_own(sources, "cues.txt"));

  bool any_dyad_source = false;
  for (const std::string& source : sources) {
    Status s;
    if (starts_with(source, "petrarch:")) s = lexicon::load_petrarch_dictionaries(source.substr(9), builder);
    else if (starts_with(source, "tabari:")) s = lexicon::load_petrarch_dictionaries(source.substr(7), builder);
    else {
      s = lexicon::load_dyad_dictionaries(source, builder);
      any_dyad_source = true;
    }
    if (!s.ok()) return s;
  }
  if (any_dyad_source) {
    if (Status s = lexicon::load_iso_country_names(options.iso_codes_dir, builder); !s.ok())
      builder.issue({options.iso_codes_dir, 0}, s.message() + "; official country names not loaded");
  }
  for (const LexiconIssue& issue : builder.issues())
    if (issue.fatal) return Status::InvalidData(issue.file + ":" + std::to_string(issue.line) + ": " + issue.message);

  std::vector<LexiconIssue> issues = builder.issues();
  std::unique_ptr<lexicon::CompiledLexicon> compiled = builder.finish();
  if (auto model = text::PosModel::load(options.pos_model_dir); model.ok())
    compiled->pos_model = std::move(model).value();
  else
    issues.push_back(LexiconIssue{options.pos_model_dir, 0,
                                  model.status().message() + "; verbs outside the dictionaries give no clause structure",
                                  false});
  compiled->stats = count(*compiled);
  compiled->issues = std::move(issues);
  compiled->stats.load_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return std::shared_ptr<const Lexicon>(new Lexicon(std::move(compiled)));
}

}  // namespace dyad
