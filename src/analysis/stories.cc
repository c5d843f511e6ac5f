// list_stories: the stories table joined with its events (events_by_dyad:
// a story's events are its triple's between its first and last date), one
// row per mention, folded into Story values in C++.
#include <map>
#include <set>

#include "analysis/selection.h"
#include "dyad/analysis.h"
#include "store/event_columns.h"

namespace dyad {
namespace {

constexpr const char* kStoryMentions =
    "SELECT s.id, s.source_entity, s.target_entity, s.root, s.first_date, s.last_date, "
    "e.doc_id, e.sentence, e.modality, e.date, d.source, e.code "
    "FROM stories s JOIN events e ON e.source_entity = s.source_entity "
    "AND e.target_entity = s.target_entity AND e.root = s.root "
    "AND e.date BETWEEN s.first_date AND s.last_date AND e.story_id = s.id "
    "JOIN documents d ON d.id = e.doc_id";

// Folds the rows of one story at a time; `take` decides which stories to keep.
class StoryFolder {
 public:
  explicit StoryFolder(const EventFilter& filter) : filter_(filter) {}

  // False once the limit is reached.
  bool add(const store::SqlRow& row) {
    if (row.integer(0) != current_.id) {
      flush();
      if (full()) return false;
      start(row);
    }
    StoryMention m{row.text(6), static_cast<int>(row.integer(7)),
                   store::parse_modality(row.text(8)), row.text(9), row.text(10)};
    if (m.modality == Modality::kAsserted) current_.modality = Modality::kAsserted;
    ++codes_[row.text(11)];
    current_.mentions.push_back(std::move(m));
    return true;
  }

  std::vector<Story> finish() {
    flush();
    return std::move(kept_);
  }

 private:
  bool full() const { return filter_.limit >= 0 && static_cast<int64_t>(kept_.size()) >= filter_.limit; }

  void start(const store::SqlRow& row) {
    current_ = Story{};
    current_.id = row.integer(0);
    current_.source = row.text(1);
    current_.target = row.text(2);
    current_.root = row.text(3);
    current_.first_date = row.text(4);
    current_.last_date = row.text(5);
    codes_.clear();
  }

  void flush() {
    if (current_.id == 0) return;
    int64_t best = 0;
    for (const auto& [code, n] : codes_) {  // in code order: the lowest wins a tie
      if (n > best) {
        best = n;
        current_.code = code;
      }
    }
    std::set<std::string> documents, outlets;
    for (const StoryMention& m : current_.mentions) {
      documents.insert(m.doc_id);
      if (!m.outlet.empty()) outlets.insert(m.outlet);
    }
    current_.documents = static_cast<int64_t>(documents.size());
    current_.outlets = static_cast<int64_t>(outlets.size());
    bool wanted = (filter_.code.empty() || current_.code == filter_.code) &&
                  (filter_.modality.empty() || modality_name(current_.modality) == filter_.modality);
    if (wanted && !full()) kept_.push_back(std::move(current_));
    current_ = Story{};
  }

  const EventFilter& filter_;
  Story current_;
  std::map<std::string, int64_t> codes_;
  std::vector<Story> kept_;
};

}  // namespace

Result<std::vector<Story>> list_stories(Store& store, const EventFilter& f) {
  analysis::SqlWhere where;
  where.add("s.source_entity = ", f.source);
  where.add("s.target_entity = ", f.target);
  where.add("s.root = ", analysis::root_of_filter(f));
  where.add("s.last_date >= ", f.date_from);
  where.add("s.first_date <= ", f.date_to);
  where.add("s.id IN (SELECT story_id FROM events WHERE doc_id = ", f.doc_id,
            " AND story_id IS NOT NULL)");
  const std::string sql =
      std::string(kStoryMentions) + where.sql() + " ORDER BY s.first_date, s.source_entity, s.target_entity, s.root, e.date, e.id";
  StoryFolder folder(f);
  bool stopped = false;
  Status st = store.sql_session().run(sql, where.params(), [&](const store::SqlRow& row) {
    if (folder.add(row)) return Status::Ok();
    stopped = true;
    return Status::Error("limit reached");
  });
  if (!st.ok() && !stopped) return st;
  return folder.finish();
}

}  // namespace dyad
