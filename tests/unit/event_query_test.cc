// The SQL of event queries: fragments chosen by the filters set, values bound.
#include "store/event_query.h"

#include <gtest/gtest.h>

namespace dyad::store {
namespace {

TEST(EventQuery, BindsEveryValueAndNeverPutsItInTheSql) {
  EventFilter f{.source = "RUS",
                .target = "PRK'--",
                .root = "07",
                .modality = "asserted",
                .date_from = "2024-06-01",
                .limit = 10};
  EventQuery q = build_event_query(f, Backend::kSqlite);
  EXPECT_EQ(q.params,
            (std::vector<std::string>{"RUS", "PRK'--", "07", "asserted", "2024-06-01", "10"}));
  for (const std::string& value : q.params)
    EXPECT_EQ(q.sql.find(value), std::string::npos) << value;
  EXPECT_NE(q.sql.find("e.source_entity = ?1 AND e.target_entity = ?2 AND e.root = ?3"),
            std::string::npos)
      << q.sql;
  EXPECT_NE(q.sql.find("LIMIT CAST(?6 AS INTEGER)"), std::string::npos) << q.sql;
}

TEST(EventQuery, ACodeNamesItsRootForTheIndex) {
  EventQuery q = build_event_query(EventFilter{.code = "057"}, Backend::kSqlite);
  EXPECT_EQ(q.params, (std::vector<std::string>{"05", "057"}));
  EXPECT_NE(q.sql.find("e.root = ?1 AND e.code = ?2"), std::string::npos) << q.sql;
}

TEST(EventQuery, UsesDollarPlaceholdersForPostgres) {
  EventQuery q =
      build_event_query(EventFilter{.doc_id = "d", .date_to = "2024-12-31"}, Backend::kPostgres);
  EXPECT_NE(q.sql.find("WHERE e.doc_id = $1 AND e.date <= $2 ORDER BY e.id"), std::string::npos)
      << q.sql;
}

TEST(EventQuery, NoFilterReadsEverythingInInsertionOrder) {
  EventQuery q = build_event_query(EventFilter{}, Backend::kSqlite);
  EXPECT_TRUE(q.params.empty());
  EXPECT_EQ(q.sql.find("WHERE"), std::string::npos);
  EXPECT_NE(q.sql.find("ORDER BY e.id"), std::string::npos);
}

}  // namespace
}  // namespace dyad::store
