// bench/make-event-store: writes a SQLite store of N synthetic events
// (reproducible: a fixed seed) for timing `dyad series` and the other
// analyses: documents of 10 events over 4 years (2022-2025) in random date
// order, 40 dyads of which RUS->UKR carries 40% of the events, codes across
// the CAMEO roots, mostly facts. Stories are kept as it writes.
#include <fmt/format.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "dyad/store.h"

namespace {

const char* kCountries[] = {"RUS", "UKR", "PRK", "KOR", "USA", "CHN", "JPN", "DEU"};
struct Code {
  const char* code;
  int quad;
  double goldstein;
};
const Code kCodes[] = {{"010", 1, 0.0},  {"020", 1, 3.0},  {"036", 1, 4.0},  {"042", 1, 1.9},
                       {"057", 1, 8.0},  {"072", 2, 7.4},  {"111", 3, -2.0}, {"120", 3, -4.0},
                       {"130", 3, -4.4}, {"138", 3, -7.0}, {"163", 4, -8.0}, {"173", 4, -5.0},
                       {"190", 4, -10.0}, {"193", 4, -10.0}, {"195", 4, -10.0}};

dyad::Modality pick_modality(std::mt19937& rng) {
  int r = static_cast<int>(rng() % 100);
  if (r < 70) return dyad::Modality::kAsserted;
  if (r < 82) return dyad::Modality::kReported;
  if (r < 87) return dyad::Modality::kNegated;
  if (r < 92) return dyad::Modality::kPlanned;
  if (r < 97) return dyad::Modality::kPossible;
  return dyad::Modality::kRecommended;
}

dyad::Actor actor(const std::string& country) {
  return dyad::Actor{country, country, country, "", ""};
}

// 2022-01-01 plus `day` days, as YYYY-MM-DD.
std::string date_of(int day) {
  static const int kMonthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int year = 2022;
  for (;;) {
    int length = year % 4 == 0 ? 366 : 365;
    if (day < length) break;
    day -= length;
    ++year;
  }
  int month = 0;
  for (;; ++month) {
    int length = kMonthDays[month] + (month == 1 && year % 4 == 0 ? 1 : 0);
    if (day < length) break;
    day -= length;
  }
  return fmt::format("{:04}-{:02}-{:02}", year, month + 1, day + 1);
}

dyad::StoredDocument make_document(size_t n, std::mt19937& rng) {
  dyad::StoredDocument d;
  d.id = "synthetic-" + std::to_string(n);
  d.date = date_of(static_cast<int>(rng() % 1461));
  d.source = "Outlet " + std::to_string(rng() % 50);
  d.content_hash = "fnv1a64:" + d.id;
  std::string text = "A synthetic sentence.";
  d.sentences.push_back({dyad::Span{0, static_cast<uint32_t>(text.size())}, text});
  for (int i = 0; i < 10; ++i) {
    dyad::Event e;
    e.doc_id = d.id;
    e.text = text;
    e.span = d.sentences[0].span;
    e.date = d.date;
    e.date_source = dyad::DateSource::kDocument;
    e.date_precision = "day";
    bool busiest = rng() % 100 < 40;
    std::string source = busiest ? "RUS" : kCountries[rng() % 8];
    std::string target = busiest ? "UKR" : kCountries[rng() % 8];
    if (target == source) target = source == "USA" ? "CHN" : "USA";
    e.source = actor(source);
    e.target = actor(target);
    const Code& c = kCodes[rng() % (sizeof kCodes / sizeof kCodes[0])];
    e.code = c.code;
    e.root = e.code.substr(0, 2);
    e.quad_class = c.quad;
    e.goldstein = c.goldstein;
    e.modality = pick_modality(rng);
    e.verb = "acted";
    e.confidence = 0.9;
    d.events.push_back(std::move(e));
  }
  return d;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: make-event-store OUT.sqlite [EVENTS]\n";
    return 2;
  }
  const std::string path = argv[1];
  const size_t events = argc > 2 ? std::stoul(argv[2]) : 1000000;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  auto store = dyad::open_store(path);
  if (!store.ok()) {
    std::cerr << "make-event-store: " << store.status().message() << "\n";
    return 1;
  }
  std::mt19937 rng(7);
  auto start = std::chrono::steady_clock::now();
  std::vector<dyad::StoredDocument> batch;
  for (size_t n = 0; n < events / 10; ++n) {
    batch.push_back(make_document(n, rng));
    if (batch.size() < 1024 && n + 1 < events / 10) continue;
    if (dyad::Status st = store.value()->write(batch); !st.ok()) {
      std::cerr << "make-event-store: " << st.message() << "\n";
      return 1;
    }
    batch.clear();
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("{\"store\":\"%s\",\"events\":%zu,\"seconds\":%.3f}\n", path.c_str(), events, seconds);
  return 0;
}
