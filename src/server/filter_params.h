// The query parameters shared by several routes, read into the library's
// option structs. Each returns a non-ok Status (the message of a 400) for a
// bad value; parameters absent from the request leave their defaults.
#pragma once

#include <cstdint>
#include <string>

#include "dyad/analysis.h"
#include "dyad/store.h"
#include "server/api_request.h"

namespace dyad::server {

// source, target, dyad, root, code, modality, from, to, doc: those present.
Status read_event_filter(const ApiRequest& request, EventFilter& filter);

// limit (or page_size, named by `name`): 1 to `max`, default `fallback`.
Status read_page_size(const ApiRequest& request, const char* name, int max, int64_t fallback,
                      int64_t& size);

// as_of: the last day it covers, or "" when absent.
Status read_as_of(const ApiRequest& request, std::string& as_of);

// The event filters of series and networks, whose `modality` is a selection
// of the events counted (facts, all, a list), not one modality.
Status read_selection(const ApiRequest& request, EventFilter& filter, ModalitySelection& selection);

}  // namespace dyad::server
