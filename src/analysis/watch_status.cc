// The status of watch items: the later fact and negated events of the
// triples that decide them, read once per triple (events_by_dyad), then
// matched to each item in C++.
#include <algorithm>
#include <map>
#include <tuple>

#include "analysis/watch_items.h"
#include "store/event_columns.h"

namespace dyad::analysis {
namespace {

// Facts (the events of stories) and negated events of one triple after a date.
constexpr const char* kLaterEvents =
    "SELECT e.doc_id, e.sentence, e.date, e.modality, e.code FROM events e "
    "WHERE e.source_entity = ?1 AND e.target_entity = ?2 AND e.root = ?3 "
    "AND e.date > ?4 AND e.date <= ?5 AND (e.story_id IS NOT NULL OR e.modality = 'negated') "
    "ORDER BY e.date, e.id";

using Triple = std::tuple<std::string, std::string, std::string>;

// An item lists the earliest events that made its status, no more: a plan
// of a busy dyad may be followed by thousands.
constexpr size_t kEvidenceShown = 5;

// The events of the triples, each triple read from the earliest statement
// that needs it.
class EvidenceIndex {
 public:
  void need(const std::string& source, const std::string& target, const std::string& prefix,
            const std::string& after) {
    Triple t{source, target, prefix.substr(0, 2)};
    auto [it, inserted] = after_.emplace(t, after);
    if (!inserted && after < it->second) it->second = after;
  }

  Status read(store::SqlSession& sql, const std::string& as_of) {
    std::vector<Triple> triples;
    std::vector<store::SqlParams> sets;
    for (const auto& [t, after] : after_) {
      triples.push_back(t);
      store::SqlParams p;
      p.text(std::get<0>(t)).text(std::get<1>(t)).text(std::get<2>(t)).text(after);
      p.text(as_of.empty() ? "9999-12-31" : as_of);
      sets.push_back(std::move(p));
    }
    return sql.run_each(kLaterEvents, sets, [&](size_t set, const store::SqlRow& row) {
      events_[triples[set]].push_back(WatchEvidence{row.text(0), static_cast<int>(row.integer(1)),
                                                    row.text(2), store::parse_modality(row.text(3)),
                                                    row.text(4)});
      return Status::Ok();
    });
  }

  // The earliest events (at most kEvidenceShown) of (source, target) whose
  // code starts with a prefix, negated or facts, dated after `after` (and on
  // or after `from`), not in the stated sentence. Each triple's events are in
  // date order: the search starts at the first date that can match.
  std::vector<WatchEvidence> find(const std::string& source, const std::string& target,
                                  const std::vector<std::string>& prefixes, bool negated,
                                  const std::string& after, const std::string& from,
                                  const WatchStatement& stated) const {
    std::vector<WatchEvidence> found;
    for (const std::string& prefix : prefixes) {
      auto events = events_.find(Triple{source, target, prefix.substr(0, 2)});
      if (events == events_.end()) continue;
      const std::vector<WatchEvidence>& all = events->second;
      auto it = std::partition_point(all.begin(), all.end(), [&](const WatchEvidence& e) {
        return e.date <= after || e.date < from;
      });
      size_t taken = 0;
      for (; it != all.end() && taken < kEvidenceShown; ++it) {
        const WatchEvidence& e = *it;
        bool same_sentence = e.doc_id == stated.doc_id && e.sentence == stated.sentence;
        if ((e.modality == Modality::kNegated) != negated || !e.code.starts_with(prefix) ||
            same_sentence) {
          continue;
        }
        found.push_back(e);
        ++taken;
      }
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    if (found.size() > kEvidenceShown) found.resize(kEvidenceShown);
    return found;
  }

 private:
  std::map<Triple, std::string> after_;
  std::map<Triple, std::vector<WatchEvidence>> events_;
};

// Happened, else contradicted, else open; with the evidence that tells.
WatchStatus settle(std::vector<WatchEvidence> facts, std::vector<WatchEvidence> negations,
                   std::vector<WatchEvidence>& evidence) {
  if (!facts.empty()) {
    evidence = std::move(facts);
    return WatchStatus::kHappened;
  }
  if (!negations.empty()) {
    evidence = std::move(negations);
    return WatchStatus::kContradicted;
  }
  return WatchStatus::kOpen;
}

void decide_item(const EvidenceIndex& index, PendingItem& p) {
  WatchItem& item = p.item;
  const std::string& stated = item.stated.date;
  auto consequence = [&](bool negated, const std::string& from) {
    return index.find(item.source, item.target, p.carried_out_by, negated, stated, from,
                      item.stated);
  };
  if (!item.condition) {
    item.status = settle(consequence(false, ""), consequence(true, ""), item.evidence);
    return;
  }
  WatchCondition& c = *item.condition;
  const std::vector<std::string> root{c.root};
  c.status = settle(index.find(c.source, c.target, root, false, stated, "", item.stated),
                    index.find(c.source, c.target, root, true, stated, "", item.stated),
                    c.evidence);
  if (c.status != WatchStatus::kHappened) {
    item.status = WatchStatus::kOpen;
    return;
  }
  const std::string& triggered_on = c.evidence.front().date;
  item.status = settle(consequence(false, triggered_on), consequence(true, triggered_on),
                       item.evidence);
  if (item.status == WatchStatus::kOpen) item.status = WatchStatus::kTriggered;
}

}  // namespace

Status decide_watch_status(store::SqlSession& sql, const WatchOptions& options,
                           std::vector<PendingItem>& items) {
  EvidenceIndex index;
  for (const PendingItem& p : items) {
    for (const std::string& prefix : p.carried_out_by)
      index.need(p.item.source, p.item.target, prefix, p.item.stated.date);
    if (const auto& c = p.item.condition) index.need(c->source, c->target, c->root, p.item.stated.date);
  }
  if (Status st = index.read(sql, options.as_of); !st.ok()) return st;
  for (PendingItem& p : items) decide_item(index, p);
  return Status::Ok();
}

}  // namespace dyad::analysis
