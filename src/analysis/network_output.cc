// Networks as one JSON object, GraphML or CSV (docs/ANALYSIS.md).
#include <map>

#include "analysis/render.h"
#include "dyad/analysis_output.h"

namespace dyad {
namespace {

using analysis::json_number;
using analysis::json_string_field;

std::string xml_escaped(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

std::string network_json(const Network& n) {
  std::string out = "{\"nodes\":[";
  for (size_t i = 0; i < n.nodes.size(); ++i) {
    const NetworkNode& node = n.nodes[i];
    out += i ? ",{" : "{";
    json_string_field(out, "id", node.id, true);
    json_string_field(out, "name", node.name);
    out += fmt::format(",\"events_out\":{},\"events_in\":{}}}", node.events_out, node.events_in);
  }
  out += "],\"edges\":[";
  for (size_t i = 0; i < n.edges.size(); ++i) {
    const NetworkEdge& e = n.edges[i];
    out += i ? ",{" : "{";
    json_string_field(out, "source", e.source, true);
    json_string_field(out, "target", e.target);
    out += fmt::format(",\"events\":{},\"stories\":{},\"goldstein_sum\":{}", e.events, e.stories,
                       json_number(e.goldstein_sum));
    for (int q = 0; q < 4; ++q) out += fmt::format(",\"{}\":{}", analysis::kQuadClassNames[q], e.quad_class[q]);
    out += '}';
  }
  return out + "]}\n";
}

std::string network_graphml(const Network& n) {
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
      "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
      "  <key id=\"events\" for=\"edge\" attr.name=\"events\" attr.type=\"long\"/>\n"
      "  <key id=\"stories\" for=\"edge\" attr.name=\"stories\" attr.type=\"long\"/>\n"
      "  <key id=\"goldstein_sum\" for=\"edge\" attr.name=\"goldstein_sum\" "
      "attr.type=\"double\"/>\n";
  for (const char* q : analysis::kQuadClassNames) {
    out += fmt::format("  <key id=\"{0}\" for=\"edge\" attr.name=\"{0}\" attr.type=\"long\"/>\n", q);
  }
  out += "  <graph id=\"dyad\" edgedefault=\"directed\">\n";
  for (const NetworkNode& node : n.nodes) {
    out += fmt::format("    <node id=\"{}\"><data key=\"name\">{}</data></node>\n",
                       xml_escaped(node.id), xml_escaped(node.name));
  }
  for (const NetworkEdge& e : n.edges) {
    out += fmt::format(
        "    <edge source=\"{}\" target=\"{}\"><data key=\"events\">{}</data>"
        "<data key=\"stories\">{}</data><data key=\"goldstein_sum\">{}</data>",
        xml_escaped(e.source), xml_escaped(e.target), e.events, e.stories,
        analysis::csv_number(e.goldstein_sum));
    for (int q = 0; q < 4; ++q)
      out += fmt::format("<data key=\"{}\">{}</data>", analysis::kQuadClassNames[q], e.quad_class[q]);
    out += "</edge>\n";
  }
  return out + "  </graph>\n</graphml>\n";
}

std::string network_csv(const Network& n) {
  std::string out =
      "source,target,source_name,target_name,events,stories,goldstein_sum,verbal_cooperation,"
      "material_cooperation,verbal_conflict,material_conflict\n";
  std::map<std::string, std::string> names;
  for (const NetworkNode& node : n.nodes) names[node.id] = node.name;
  for (const NetworkEdge& e : n.edges) {
    analysis::append_csv_line(
        out, {e.source, e.target, names[e.source], names[e.target], std::to_string(e.events),
              std::to_string(e.stories), analysis::csv_number(e.goldstein_sum),
              std::to_string(e.quad_class[0]), std::to_string(e.quad_class[1]),
              std::to_string(e.quad_class[2]), std::to_string(e.quad_class[3])});
  }
  return out;
}

}  // namespace dyad
