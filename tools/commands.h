// The dyad sub-commands. Each adds itself to the CLI and, when chosen, sets
// the process exit code: 0 ok, 1 fatal error, 2 usage, 3 some documents failed.
#pragma once

#include <CLI/CLI.hpp>

namespace dyad::cli {

enum ExitCode { kOk = 0, kFatal = 1, kUsage = 2, kSomeFailed = 3 };

void add_code_command(CLI::App& app, int& exit_code);
void add_text_command(CLI::App& app, int& exit_code);
void add_score_command(CLI::App& app, int& exit_code);
void add_lexicon_command(CLI::App& app, int& exit_code);
void add_query_command(CLI::App& app, int& exit_code);
void add_export_command(CLI::App& app, int& exit_code);
void add_stories_command(CLI::App& app, int& exit_code);
void add_watch_command(CLI::App& app, int& exit_code);
void add_series_command(CLI::App& app, int& exit_code);
void add_trends_command(CLI::App& app, int& exit_code);
void add_network_command(CLI::App& app, int& exit_code);
void add_serve_command(CLI::App& app, int& exit_code);

}  // namespace dyad::cli
