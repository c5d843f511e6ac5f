// event_network: edges from one GROUP BY over the selected events; nodes are
// the entities the edges touch, with names.
#include <map>

#include "analysis/selection.h"

namespace dyad {
namespace {

constexpr const char* kEdges =
    "SELECT e.source_entity, e.target_entity, count(*), count(DISTINCT e.story_id), "
    "coalesce(sum(e.goldstein), 0), "
    "sum(CASE WHEN e.quad_class = 1 THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.quad_class = 2 THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.quad_class = 3 THEN 1 ELSE 0 END), "
    "sum(CASE WHEN e.quad_class = 4 THEN 1 ELSE 0 END) ";

}  // namespace

Result<Network> event_network(Store& store, const NetworkOptions& options,
                              const EntityNames& names) {
  analysis::SqlWhere where;
  analysis::add_event_filter(where, options.filter);
  auto from = analysis::events_source(store.sql_session(), options.filter);
  if (!from.ok()) return from.status();
  analysis::add_modality_selection(where, options.modalities);
  where.add_constant("e.source_entity IS NOT NULL");
  where.add_constant("e.target_entity IS NOT NULL");
  Network network;
  std::map<std::string, NetworkNode> nodes;
  const std::string sql = kEdges + from.value() + where.sql() +
                          " GROUP BY e.source_entity, e.target_entity"
                          " ORDER BY e.source_entity, e.target_entity";
  Status st = store.sql_session().run(sql, where.params(), [&](const store::SqlRow& row) {
    NetworkEdge edge{row.text(0), row.text(1), row.integer(2), row.integer(3), row.real(4),
                     {row.integer(5), row.integer(6), row.integer(7), row.integer(8)}};
    nodes[edge.source].events_out += edge.events;
    nodes[edge.target].events_in += edge.events;
    network.edges.push_back(std::move(edge));
    return Status::Ok();
  });
  if (!st.ok()) return st;
  for (auto& [id, node] : nodes) {
    node.id = id;
    node.name = names.name(id);
    network.nodes.push_back(std::move(node));
  }
  return network;
}

}  // namespace dyad
