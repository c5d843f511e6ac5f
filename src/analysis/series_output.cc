// Series rows and trends as JSON Lines and CSV (docs/ANALYSIS.md).
#include "analysis/render.h"
#include "dyad/analysis_output.h"

namespace dyad {
namespace {

using analysis::csv_number;
using analysis::json_number;
using analysis::json_string_field;

}  // namespace

void append_series_jsonl(std::string& out, const SeriesRow& r) {
  out += '{';
  json_string_field(out, "period", r.period, true);
  json_string_field(out, "start", r.start);
  json_string_field(out, "end", r.end);
  out += fmt::format(",\"events\":{},\"stories\":{}", r.events, r.stories);
  for (int q = 0; q < 4; ++q) out += fmt::format(",\"{}\":{}", analysis::kQuadClassNames[q], r.quad_class[q]);
  out += fmt::format(",\"goldstein_sum\":{},\"goldstein_mean\":{}", json_number(r.goldstein_sum),
                     json_number(r.goldstein_mean));
  for (int m = 0; m < 6; ++m) {
    out += fmt::format(",\"{}\":{}", modality_name(static_cast<Modality>(m)), r.modality[m]);
  }
  out += "}\n";
}

std::string series_csv_header() {
  return "period,start,end,events,stories,verbal_cooperation,material_cooperation,"
         "verbal_conflict,material_conflict,goldstein_sum,goldstein_mean,asserted,reported,"
         "negated,planned,possible,recommended\n";
}

void append_series_csv(std::string& out, const SeriesRow& r) {
  out += fmt::format("{},{},{},{},{}", r.period, r.start, r.end, r.events, r.stories);
  for (int64_t q : r.quad_class) out += fmt::format(",{}", q);
  out += fmt::format(",{},{}", csv_number(r.goldstein_sum), csv_number(r.goldstein_mean));
  for (int64_t m : r.modality) out += fmt::format(",{}", m);
  out += '\n';
}

void append_trend_jsonl(std::string& out, const Trend& t) {
  out += '{';
  json_string_field(out, "source", t.source, true);
  json_string_field(out, "target", t.target);
  json_string_field(out, "week_start", t.week_start);
  json_string_field(out, "week_end", t.week_end);
  out += fmt::format(",\"last_week\":{},\"mean_4_weeks\":{},\"mean_52_weeks\":{},\"change\":{}",
                     t.last_week, json_number(t.mean_4_weeks), json_number(t.mean_52_weeks),
                     json_number(t.change));
  json_string_field(out, "flag", t.flag);
  out += "}\n";
}

std::string trend_csv_header() {
  return "source,target,week_start,week_end,last_week,mean_4_weeks,mean_52_weeks,change,flag\n";
}

void append_trend_csv(std::string& out, const Trend& t) {
  analysis::append_csv_line(out, {t.source, t.target, t.week_start, t.week_end,
                                  std::to_string(t.last_week), csv_number(t.mean_4_weeks),
                                  csv_number(t.mean_52_weeks), csv_number(t.change), t.flag});
}

}  // namespace dyad
