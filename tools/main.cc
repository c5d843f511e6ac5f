// dyad: who did what to whom, from news text.
#include <csignal>
#include <iostream>

#include "commands.h"
#include "dyad/version.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);  // dyad writes through iostreams only
  // Past the file size limit (ulimit -f) a write then fails with EFBIG and is
  // reported like a full disk, instead of SIGXFSZ killing dyad mid-write.
  std::signal(SIGXFSZ, SIG_IGN);
  CLI::App app{"dyad: codes news and policy text into CAMEO events with modality and dates"};
  app.set_version_flag("--version", std::string("dyad ") + DYAD_VERSION);
  app.require_subcommand(1);
  int exit_code = dyad::cli::kOk;
  dyad::cli::add_code_command(app, exit_code);
  dyad::cli::add_text_command(app, exit_code);
  dyad::cli::add_score_command(app, exit_code);
  dyad::cli::add_lexicon_command(app, exit_code);
  dyad::cli::add_query_command(app, exit_code);
  dyad::cli::add_export_command(app, exit_code);
  dyad::cli::add_stories_command(app, exit_code);
  dyad::cli::add_watch_command(app, exit_code);
  dyad::cli::add_series_command(app, exit_code);
  dyad::cli::add_trends_command(app, exit_code);
  dyad::cli::add_network_command(app, exit_code);
  dyad::cli::add_serve_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? dyad::cli::kOk : dyad::cli::kUsage;
  } catch (const std::exception& e) {
    std::cerr << "dyad: internal error: " << e.what() << "\n";
    return dyad::cli::kFatal;
  }
  return exit_code;
}
