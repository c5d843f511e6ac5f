// Reading the watch list's stated items: the candidates of the partial index
// events_to_watch, grouped by sentence so that the act a threat names joins
// its threat instead of standing alone.
#include "analysis/watch_items.h"

#include <algorithm>
#include <map>

#include "analysis/sql_where.h"
#include "store/event_columns.h"

namespace dyad::analysis {
namespace {

// The WHERE of events_to_watch (migration 0002), word for word.
constexpr const char* kToWatch =
    "(e.modality IN ('planned', 'possible', 'recommended') OR e.root = '13' "
    "OR e.condition_code IS NOT NULL)";

constexpr const char* kCandidates =
    "SELECT e.id, e.doc_id, e.sentence, e.date, d.date, s.text, e.source_entity, "
    "e.target_entity, e.root, e.code, e.modality, "
    "coalesce(e.condition_source_country, e.condition_source_org), "
    "coalesce(e.condition_target_country, e.condition_target_org), e.condition_root, "
    "e.condition_code FROM events e JOIN documents d ON d.id = e.doc_id "
    "JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence";

WatchKind kind_of(const WatchItem& item) {
  if (item.condition) return WatchKind::kRedLine;
  if (item.root == "13") return WatchKind::kThreat;
  if (item.modality == Modality::kRecommended) return WatchKind::kRecommendation;
  if (item.modality == Modality::kPlanned) return WatchKind::kPlan;
  return WatchKind::kPossibility;
}

WatchItem item_from(const store::SqlRow& row) {
  WatchItem item;
  item.id = row.integer(0);
  std::string event_date = row.text(3), doc_date = row.text(4);
  item.stated = WatchStatement{row.text(1), static_cast<int>(row.integer(2)),
                               doc_date.empty() ? event_date : doc_date, row.text(5)};
  item.source = row.text(6);
  item.target = row.text(7);
  item.root = row.text(8);
  item.code = row.text(9);
  item.modality = store::parse_modality(row.text(10));
  if (std::string code = row.text(14); !code.empty()) {
    item.condition = WatchCondition{row.text(11), row.text(12), row.text(13), code};
  }
  return item;
}

bool starts_with_any(const std::string& code, const std::vector<std::string>& prefixes) {
  for (const std::string& p : prefixes)
    if (code.starts_with(p)) return true;
  return false;
}

// Within one sentence: a threat takes in the acts it names (same source and
// target, a code that would carry it out), and their condition if any.
std::vector<PendingItem> merge_sentence(std::vector<WatchItem> items, const ThreatTable& threats) {
  std::vector<bool> absorbed(items.size(), false);
  for (WatchItem& threat : items) {
    if (threat.root != "13") continue;
    const auto& prefixes = threats.carried_out_by(threat.code);
    for (size_t i = 0; i < items.size(); ++i) {
      WatchItem& act = items[i];
      if (&act == &threat || act.root == "13" || act.source != threat.source ||
          act.target != threat.target || !starts_with_any(act.code, prefixes)) {
        continue;
      }
      absorbed[i] = true;
      if (act.condition && !threat.condition) threat.condition = act.condition;
    }
  }
  std::vector<PendingItem> kept;
  for (size_t i = 0; i < items.size(); ++i) {
    if (absorbed[i] || items[i].modality == Modality::kNegated) continue;
    PendingItem p{std::move(items[i]), {}};
    p.item.kind = kind_of(p.item);
    p.carried_out_by = p.item.root == "13" ? threats.carried_out_by(p.item.code)
                                           : std::vector<std::string>{p.item.root};
    kept.push_back(std::move(p));
  }
  return kept;
}

bool stated_in_range(const WatchItem& item, const WatchOptions& o) {
  const std::string& d = item.stated.date;
  if (!o.as_of.empty() && (d.empty() || d > o.as_of)) return false;
  if (!o.filter.date_from.empty() && (d.empty() || d < o.filter.date_from)) return false;
  return o.filter.date_to.empty() || (!d.empty() && d <= o.filter.date_to);
}

}  // namespace

Result<std::vector<PendingItem>> read_watch_items(store::SqlSession& sql, const WatchOptions& o) {
  SqlWhere where;
  where.add_constant(kToWatch);
  where.add_constant("e.condition_of IS NULL");
  where.add("e.source_entity = ", o.filter.source);
  where.add("e.target_entity = ", o.filter.target);
  where.add("e.doc_id = ", o.filter.doc_id);
  std::map<std::pair<std::string, int>, std::vector<WatchItem>> by_sentence;
  Status st = sql.run(std::string(kCandidates) + where.sql(), where.params(),
                      [&](const store::SqlRow& row) {
                        WatchItem item = item_from(row);
                        by_sentence[{item.stated.doc_id, item.stated.sentence}].push_back(
                            std::move(item));
                        return Status::Ok();
                      });
  if (!st.ok()) return st;
  std::vector<PendingItem> items;
  for (auto& [where_stated, sentence_items] : by_sentence) {
    for (PendingItem& p : merge_sentence(std::move(sentence_items), o.threats)) {
      bool wanted = stated_in_range(p.item, o) && (o.filter.root.empty() || p.item.root == o.filter.root);
      if (wanted) items.push_back(std::move(p));
    }
  }
  std::stable_sort(items.begin(), items.end(), [](const PendingItem& a, const PendingItem& b) {
    return std::tie(a.item.stated.date, a.item.id) < std::tie(b.item.stated.date, b.item.id);
  });
  return items;
}

}  // namespace dyad::analysis
