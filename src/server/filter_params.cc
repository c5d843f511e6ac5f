#include "server/filter_params.h"

#include <fmt/format.h>

#include <charconv>
#include <tuple>

#include "dyad/filter_text.h"

namespace dyad::server {
namespace {

Status bad(std::string message) { return Status::Error(std::move(message)); }

Status read_dates(const ApiRequest& request, EventFilter& filter) {
  for (auto [name, last_day, bound] :
       {std::tuple{"from", false, &filter.date_from}, std::tuple{"to", true, &filter.date_to}}) {
    if (!request.has(name)) continue;
    auto date = date_bound(request.param(name), last_day);
    if (!date) {
      return bad(fmt::format("{} takes YYYY, YYYY-MM or YYYY-MM-DD, got \"{}\"", name,
                             request.param(name)));
    }
    *bound = *date;
  }
  return Status::Ok();
}

Status read_entities(const ApiRequest& request, EventFilter& filter) {
  filter.source = request.param("source");
  filter.target = request.param("target");
  if (!request.has("dyad")) return Status::Ok();
  if (request.has("source") || request.has("target")) {
    return bad("dyad cannot be given with source or target");
  }
  if (!split_dyad(request.param("dyad"), filter.source, filter.target)) {
    return bad(fmt::format("dyad must be SOURCE-TARGET (e.g. RUS-PRK), got \"{}\"",
                           request.param("dyad")));
  }
  return Status::Ok();
}

}  // namespace

Status read_event_filter(const ApiRequest& request, EventFilter& filter) {
  if (Status st = read_entities(request, filter); !st.ok()) return st;
  filter.root = request.param("root");
  filter.code = request.param("code");
  if (!filter.root.empty() && !is_cameo_root(filter.root)) {
    return bad(fmt::format("root must be a two-digit CAMEO root (e.g. 07), got \"{}\"", filter.root));
  }
  if (!filter.code.empty() && !is_cameo_code(filter.code)) {
    return bad(fmt::format("code must be a CAMEO code of 2 to 4 digits, got \"{}\"", filter.code));
  }
  filter.modality = request.param("modality");
  filter.doc_id = request.param("doc");
  return read_dates(request, filter);
}

Status read_page_size(const ApiRequest& request, const char* name, int max, int64_t fallback,
                      int64_t& size) {
  size = fallback;
  if (!request.has(name)) return Status::Ok();
  const std::string& text = request.param(name);
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), size);
  if (error != std::errc() || end != text.data() + text.size() || size < 1 || size > max) {
    return bad(fmt::format("{} must be from 1 to {}, got \"{}\"", name, max, text));
  }
  return Status::Ok();
}

Status read_as_of(const ApiRequest& request, std::string& as_of) {
  if (!request.has("as_of")) return Status::Ok();
  auto date = date_bound(request.param("as_of"), true);
  if (!date) {
    return bad(fmt::format("as_of takes YYYY, YYYY-MM or YYYY-MM-DD, got \"{}\"",
                           request.param("as_of")));
  }
  as_of = *date;
  return Status::Ok();
}

Status read_selection(const ApiRequest& request, EventFilter& filter, ModalitySelection& selection) {
  if (Status st = read_event_filter(request, filter); !st.ok()) return st;
  filter.modality.clear();
  if (!request.has("modality")) return Status::Ok();
  auto parsed = parse_modality_selection(request.param("modality"));
  if (!parsed) {
    return bad(fmt::format("modality takes facts, all, or modalities separated by commas, got "
                           "\"{}\"", request.param("modality")));
  }
  selection = *parsed;
  return Status::Ok();
}

}  // namespace dyad::server
