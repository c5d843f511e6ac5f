-- dyad store, SQLite, version 2: red-line conditions on events, and stories
-- (one occurrence reported by many documents; see docs/ANALYSIS.md).

-- The condition of a conditional event (Event::condition), all NULL without one.
ALTER TABLE events ADD COLUMN condition_source_text TEXT;
ALTER TABLE events ADD COLUMN condition_source_code TEXT;
ALTER TABLE events ADD COLUMN condition_source_country TEXT;
ALTER TABLE events ADD COLUMN condition_source_org TEXT;
ALTER TABLE events ADD COLUMN condition_source_role TEXT;
ALTER TABLE events ADD COLUMN condition_target_text TEXT;
ALTER TABLE events ADD COLUMN condition_target_code TEXT;
ALTER TABLE events ADD COLUMN condition_target_country TEXT;
ALTER TABLE events ADD COLUMN condition_target_org TEXT;
ALTER TABLE events ADD COLUMN condition_target_role TEXT;
ALTER TABLE events ADD COLUMN condition_code TEXT;
ALTER TABLE events ADD COLUMN condition_root TEXT;
ALTER TABLE events ADD COLUMN condition_verb TEXT;
ALTER TABLE events ADD COLUMN condition_sentence INTEGER;
-- The ordinal of the event whose condition this event is (the if-clause of
-- a red line is part of that item, not a fact or an item of its own).
ALTER TABLE events ADD COLUMN condition_of INTEGER;
-- The event's story: set for dated facts (asserted or reported, without a
-- condition, not a condition), NULL otherwise.
ALTER TABLE events ADD COLUMN story_id INTEGER;

-- No index on story_id: a triple's stories never overlap in time, so a
-- story's events are its triple's between its first and last date
-- (events_by_dyad), those with its id.
-- The watch list's candidates: plans, possibilities, recommendations,
-- threats and conditional events. The WHERE is repeated word for word by
-- the watch query (src/analysis/watch_items.cc) so that SQLite uses it.
CREATE INDEX events_to_watch ON events (date)
  WHERE modality IN ('planned', 'possible', 'recommended') OR root = '13'
     OR condition_code IS NOT NULL;

-- A story: the fact events of one (source entity, target entity, root) whose
-- dates lie within window_days of each other. The counts are of its events.
CREATE TABLE stories (
  id              INTEGER PRIMARY KEY,
  source_entity   TEXT NOT NULL,
  target_entity   TEXT NOT NULL,
  root            TEXT NOT NULL,
  first_date      TEXT NOT NULL,
  last_date       TEXT NOT NULL,
  events          INTEGER NOT NULL,
  asserted        INTEGER NOT NULL,   -- of them asserted (the others are reported)
  goldstein_sum   REAL NOT NULL,      -- over the events with a Goldstein value
  goldstein_count INTEGER NOT NULL
);
-- Placement and the series of a dyad or source; trends and date ranges.
-- (No index by target alone: every index here is paid by each write that
-- moves a story's dates, and the table is a fraction of events.)
CREATE INDEX stories_by_dyad ON stories (source_entity, target_entity, root, first_date);
CREATE INDEX stories_by_date ON stories (first_date);

-- window_days NULL: the stories are to be (re)built from the events, which
-- the next open for writing does (a store migrated from version 1, or written
-- with stories turned off).
CREATE TABLE story_settings (
  id          INTEGER PRIMARY KEY CHECK (id = 1),
  window_days INTEGER
);
INSERT INTO story_settings (id, window_days) VALUES (1, NULL);
