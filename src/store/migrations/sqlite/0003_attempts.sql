-- dyad store, SQLite, version 3: the crash journal (docs/STORE.md, "A run
-- that dies"). A run notes each document before coding it and deletes the
-- note once it has the document's result; notes left behind name what a run
-- that died (a crash, a kill, the OOM killer) was coding. A note with a
-- crash is a document dyad died on: it is not coded again while its bytes
-- are the same.

CREATE TABLE attempts (
  doc_id   TEXT PRIMARY KEY,
  raw_hash TEXT NOT NULL,  -- dyad::raw_hash of the document as read
  crash    TEXT            -- NULL: unfinished; else how dyad died coding it
) WITHOUT ROWID;
