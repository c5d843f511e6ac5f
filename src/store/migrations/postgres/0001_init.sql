-- dyad store, PostgreSQL, version 1: documents, their sentences and their events.
-- Dates are ISO-8601 text (YYYY-MM-DD), so they compare and sort as strings
-- (cast with ::date for date arithmetic). Empty values are NULL.

CREATE TABLE documents (
  id             text PRIMARY KEY,
  path           text,
  line           integer,
  url            text,
  source         text,
  title          text,
  date           text,
  content_hash   text,
  status         text NOT NULL CHECK (status IN ('ok', 'failed')),
  error          text,
  sentence_count integer NOT NULL DEFAULT 0,
  event_count    integer NOT NULL DEFAULT 0,
  coded_at       timestamptz NOT NULL DEFAULT now(),
  CHECK (status = 'ok' OR error IS NOT NULL)
);

CREATE TABLE sentences (
  doc_id     text NOT NULL REFERENCES documents (id),
  idx        integer NOT NULL,
  span_start integer NOT NULL,
  span_end   integer NOT NULL,
  text       text NOT NULL,
  PRIMARY KEY (doc_id, idx)
);

CREATE TABLE events (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  doc_id         text NOT NULL,
  ordinal        integer NOT NULL,
  sentence       integer NOT NULL,
  date           text,
  date_source    text NOT NULL CHECK (date_source IN ('text', 'document', 'none')),
  date_precision text,
  source_text    text,
  source_code    text,
  source_country text,
  source_org     text,
  source_role    text,
  target_text    text,
  target_code    text,
  target_country text,
  target_org     text,
  target_role    text,
  code           text NOT NULL,
  root           text NOT NULL,
  quad_class     integer NOT NULL,
  goldstein      double precision,
  modality       text NOT NULL CHECK (modality IN
                   ('asserted', 'reported', 'negated', 'planned', 'possible', 'recommended')),
  verb           text,
  confidence     double precision,
  source_entity  text GENERATED ALWAYS AS (coalesce(source_country, source_org)) STORED,
  target_entity  text GENERATED ALWAYS AS (coalesce(target_country, target_org)) STORED,
  FOREIGN KEY (doc_id, sentence) REFERENCES sentences (doc_id, idx)
);

CREATE UNIQUE INDEX events_by_document ON events (doc_id, ordinal);
CREATE INDEX events_by_dyad ON events (source_entity, target_entity, root, date);
CREATE INDEX events_by_target ON events (target_entity, date);
CREATE INDEX events_by_code ON events (root, code, date);
CREATE INDEX events_by_date ON events (date);
