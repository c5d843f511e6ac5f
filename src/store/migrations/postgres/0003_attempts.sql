-- dyad store, PostgreSQL, version 3: the crash journal (docs/STORE.md, "A
-- run that dies"). A run notes each document before coding it and deletes
-- the note once it has the document's result; notes left behind name what a
-- run that died (a crash, a kill, the OOM killer) was coding. A note with a
-- crash is a document dyad died on: it is not coded again while its bytes
-- are the same.

CREATE TABLE attempts (
  doc_id   text PRIMARY KEY,
  raw_hash text NOT NULL,
  crash    text
);
