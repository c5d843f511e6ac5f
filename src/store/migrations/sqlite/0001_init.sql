-- dyad store, SQLite, version 1: documents, their sentences and their events.
-- Dates are ISO-8601 text (YYYY-MM-DD), so they compare and sort as strings.
-- Empty values are NULL (the JSON output's null).
-- Unlike the PostgreSQL schema there are no CHECK constraints: in SQLite they
-- cost a quarter of the insert time, and status, date_source and modality
-- come from dyad's own enums (PostgreSQL checks them). Foreign keys are
-- declared but not enforced (see sqlite_open.cc); `PRAGMA foreign_key_check`
-- verifies a store.

CREATE TABLE documents (
  id             TEXT PRIMARY KEY,
  path           TEXT,
  line           INTEGER,            -- 1-based JSON Lines line, NULL otherwise
  url            TEXT,
  source         TEXT,
  title          TEXT,
  date           TEXT,               -- the document date
  content_hash   TEXT,               -- dyad::content_hash of the document; NULL when failed
  status         TEXT NOT NULL,      -- 'ok' or 'failed'
  error          TEXT,               -- why a failed document could not be read
  sentence_count INTEGER NOT NULL DEFAULT 0,
  event_count    INTEGER NOT NULL DEFAULT 0,
  coded_at       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
) WITHOUT ROWID;

CREATE TABLE sentences (
  doc_id     TEXT NOT NULL REFERENCES documents (id),
  idx        INTEGER NOT NULL,       -- 0-based index in the document
  span_start INTEGER NOT NULL,       -- bytes [span_start, span_end) of the cleaned text
  span_end   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE events (
  id             INTEGER PRIMARY KEY,  -- insertion order; the export's GlobalEventID
  doc_id         TEXT NOT NULL,
  ordinal        INTEGER NOT NULL,     -- the event's place in the document's output
  sentence       INTEGER NOT NULL,
  date           TEXT,
  date_source    TEXT NOT NULL,        -- 'text', 'document' or 'none'
  date_precision TEXT,                 -- 'day', 'month', 'year'
  source_text    TEXT,
  source_code    TEXT,
  source_country TEXT,
  source_org     TEXT,
  source_role    TEXT,
  target_text    TEXT,
  target_code    TEXT,
  target_country TEXT,
  target_org     TEXT,
  target_role    TEXT,
  code           TEXT NOT NULL,
  root           TEXT NOT NULL,
  quad_class     INTEGER NOT NULL,
  goldstein      REAL,
  modality       TEXT NOT NULL,        -- asserted, reported, negated, planned, possible, recommended
  verb           TEXT,
  confidence     REAL,
  -- The scored entity (EVENTS.md): the country, else the organisation.
  source_entity  TEXT GENERATED ALWAYS AS (coalesce(source_country, source_org)) VIRTUAL,
  target_entity  TEXT GENERATED ALWAYS AS (coalesce(target_country, target_org)) VIRTUAL,
  FOREIGN KEY (doc_id, sentence) REFERENCES sentences (doc_id, idx)
);

CREATE UNIQUE INDEX events_by_document ON events (doc_id, ordinal);
CREATE INDEX events_by_dyad ON events (source_entity, target_entity, root, date);
CREATE INDEX events_by_target ON events (target_entity, date);
CREATE INDEX events_by_code ON events (root, code, date);
CREATE INDEX events_by_date ON events (date);
