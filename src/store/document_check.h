// What the store checks of a document before writing it, so that a row never
// points at a missing one (SQLite does not enforce the schema's foreign keys
// at insert time; see docs/STORE.md).
#pragma once

#include <vector>

#include "dyad/status.h"
#include "dyad/store.h"

namespace dyad::store {

// Ok, or why the document cannot be stored: no id, a failed document with
// sentences or events, an event whose sentence index is out of range.
Status check_document(const StoredDocument& document);

// The documents a write stores: of several with the same id, the last one
// (a later document replaces an earlier one), in their original order.
std::vector<const StoredDocument*> last_of_each_id(const std::vector<StoredDocument>& documents);

}  // namespace dyad::store
