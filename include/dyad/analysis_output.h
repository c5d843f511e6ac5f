// Renderings of analysis results (dyad/analysis.h), shared by the CLI and the
// HTTP server: one JSON object per line (JSON Lines) or one CSV row per
// result, and whole networks as JSON, GraphML or CSV. Field names are
// documented in docs/ANALYSIS.md. Every append_* adds one line, newline included.
#pragma once

#include <string>

#include "dyad/analysis.h"

namespace dyad {

void append_story_jsonl(std::string& out, const Story& story);
std::string story_csv_header();
void append_story_csv(std::string& out, const Story& story);

void append_watch_jsonl(std::string& out, const WatchItem& item);
std::string watch_csv_header();
void append_watch_csv(std::string& out, const WatchItem& item);

void append_series_jsonl(std::string& out, const SeriesRow& row);
std::string series_csv_header();
void append_series_csv(std::string& out, const SeriesRow& row);

void append_trend_jsonl(std::string& out, const Trend& trend);
std::string trend_csv_header();
void append_trend_csv(std::string& out, const Trend& trend);

// {"nodes":[...],"edges":[...]} on one line.
std::string network_json(const Network& network);
// GraphML (directed), node attribute "name", edge attributes as in the JSON.
std::string network_graphml(const Network& network);
// One row per edge, with the names of both ends.
std::string network_csv(const Network& network);

}  // namespace dyad
