-- Wijkkaart schema, version 1: every table the design names.
-- SPDX-License-Identifier: EUPL-1.2
--
-- Applied by WkStore inside one transaction together with PRAGMA user_version.
-- Every record carries an integer id, a UUID (v4, lower case) and created/modified
-- timestamps (UTC, ISO-8601) so that files can later be merged between team members.
-- The defaults below fill them; triggers keep "modified" current.

CREATE TABLE wijk (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  modified      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
  municipality  TEXT NOT NULL DEFAULT '',
  description   TEXT NOT NULL DEFAULT '',
  -- set while a delete can still be undone; purged later
  deleted       INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
  -- base map: none, an image stored here, or web tiles
  map_kind      TEXT NOT NULL DEFAULT 'none' CHECK (map_kind IN ('none', 'image', 'tiles')),
  map_image     BLOB,
  map_image_type TEXT,
  map_tile_url  TEXT,
  map_latitude  REAL,
  map_longitude REAL,
  map_zoom      REAL
);

-- Actor types: the built-in ones are seeded here; users may add more.
CREATE TABLE actor_type (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  modified  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  key       TEXT NOT NULL UNIQUE,
  label     TEXT NOT NULL,
  builtin   INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  position  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE actor (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  modified      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  wijk_id       INTEGER NOT NULL REFERENCES wijk (id) ON DELETE CASCADE,
  name          TEXT NOT NULL,
  kind          TEXT NOT NULL DEFAULT 'person'
                CHECK (kind IN ('person', 'organisation', 'group', 'place')),
  type_id       INTEGER REFERENCES actor_type (id) ON DELETE SET NULL,
  role          TEXT NOT NULL DEFAULT '',
  description   TEXT NOT NULL DEFAULT '',
  -- 1: systeemwereld (formal), 0: leefwereld (informal)
  formal        INTEGER NOT NULL DEFAULT 0 CHECK (formal IN (0, 1)),
  influence     INTEGER NOT NULL DEFAULT 0 CHECK (influence BETWEEN 0 AND 5),
  engagement    TEXT NOT NULL DEFAULT 'unknown'
                CHECK (engagement IN ('unknown', 'contacted', 'involved', 'ambassador')),
  phone         TEXT NOT NULL DEFAULT '',
  email         TEXT NOT NULL DEFAULT '',
  address       TEXT NOT NULL DEFAULT '',
  website       TEXT NOT NULL DEFAULT '',
  last_verified TEXT,          -- date, YYYY-MM-DD
  next_action   TEXT NOT NULL DEFAULT '',
  -- AVG (GDPR) block, for kind = 'person'
  lawful_basis  TEXT NOT NULL DEFAULT ''
                CHECK (lawful_basis IN ('', 'consent', 'legitimate-interest', 'public-task')),
  consent_date  TEXT,          -- date
  consent_how   TEXT NOT NULL DEFAULT '',
  source        TEXT NOT NULL DEFAULT '',
  retention_date TEXT          -- date
);
CREATE INDEX actor_wijk ON actor (wijk_id);

CREATE TABLE initiative (
  id               INTEGER PRIMARY KEY,
  uuid             TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created          TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  modified         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  wijk_id          INTEGER NOT NULL REFERENCES wijk (id) ON DELETE CASCADE,
  title            TEXT NOT NULL,
  description      TEXT NOT NULL DEFAULT '',
  status           TEXT NOT NULL DEFAULT 'idea'
                   CHECK (status IN ('idea', 'running', 'finished', 'stopped')),
  track            TEXT NOT NULL DEFAULT '',   -- spoor
  start_date       TEXT,
  end_date         TEXT,
  budget_requested INTEGER,                    -- euro cents
  budget_granted   INTEGER,                    -- euro cents
  contact_actor_id INTEGER REFERENCES actor (id) ON DELETE SET NULL,
  results          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX initiative_wijk ON initiative (wijk_id);

CREATE TABLE relation_type (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  modified  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  key       TEXT NOT NULL UNIQUE,
  label     TEXT NOT NULL,
  builtin   INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  position  INTEGER NOT NULL DEFAULT 0
);

-- actor -> actor, or actor -> initiative (exactly one target)
CREATE TABLE relation (
  id                   INTEGER PRIMARY KEY,
  uuid                 TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created              TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  modified             TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  wijk_id              INTEGER NOT NULL REFERENCES wijk (id) ON DELETE CASCADE,
  source_actor_id      INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  target_actor_id      INTEGER REFERENCES actor (id) ON DELETE CASCADE,
  target_initiative_id INTEGER REFERENCES initiative (id) ON DELETE CASCADE,
  type_id              INTEGER REFERENCES relation_type (id) ON DELETE SET NULL,
  strength             INTEGER NOT NULL DEFAULT 1 CHECK (strength BETWEEN 1 AND 3),
  directed             INTEGER NOT NULL DEFAULT 0 CHECK (directed IN (0, 1)),
  note                 TEXT NOT NULL DEFAULT '',
  CHECK ((target_actor_id IS NULL) <> (target_initiative_id IS NULL)),
  CHECK (target_actor_id IS NULL OR target_actor_id <> source_actor_id)
);
CREATE INDEX relation_wijk ON relation (wijk_id);
CREATE INDEX relation_source ON relation (source_actor_id);
CREATE INDEX relation_target_actor ON relation (target_actor_id);
CREATE INDEX relation_target_initiative ON relation (target_initiative_id);

-- Tags are shared by all wijken so completion offers what the team already uses.
CREATE TABLE tag (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  modified  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  kind      TEXT NOT NULL CHECK (kind IN ('theme', 'group')),   -- group = group reached
  name      TEXT NOT NULL CHECK (length(trim(name)) > 0),
  UNIQUE (kind, name)
);

CREATE TABLE actor_tag (
  actor_id  INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  tag_id    INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
  created   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (actor_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX actor_tag_tag ON actor_tag (tag_id);

CREATE TABLE initiative_tag (
  initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
  tag_id        INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
  created       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (initiative_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX initiative_tag_tag ON initiative_tag (tag_id);

-- contact log per actor
CREATE TABLE contact (
  id          INTEGER PRIMARY KEY,
  uuid        TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created     TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  modified    TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  actor_id    INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
  date        TEXT NOT NULL,            -- YYYY-MM-DD
  team_member TEXT NOT NULL DEFAULT '',
  channel     TEXT NOT NULL DEFAULT 'visit'
              CHECK (channel IN ('visit', 'phone', 'street', 'meeting', 'online')),
  note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contact_actor ON contact (actor_id, date);

-- community mapping
CREATE TABLE pin_category (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  modified  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  key       TEXT NOT NULL UNIQUE,
  label     TEXT NOT NULL,
  color     TEXT NOT NULL DEFAULT '#3584e4',   -- #rrggbb
  symbol    TEXT NOT NULL DEFAULT '',          -- icon name
  builtin   INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
  position  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE mapping_session (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  modified  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  wijk_id   INTEGER NOT NULL REFERENCES wijk (id) ON DELETE CASCADE,
  name      TEXT NOT NULL,
  date      TEXT,
  visible   INTEGER NOT NULL DEFAULT 1 CHECK (visible IN (0, 1))
);
CREATE INDEX mapping_session_wijk ON mapping_session (wijk_id);

-- Pins: image coordinates x, y in 0..1 on an image map, or latitude/longitude on tiles.
CREATE TABLE pin (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  modified      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  wijk_id       INTEGER NOT NULL REFERENCES wijk (id) ON DELETE CASCADE,
  category_id   INTEGER REFERENCES pin_category (id) ON DELETE SET NULL,
  session_id    INTEGER REFERENCES mapping_session (id) ON DELETE SET NULL,
  title         TEXT NOT NULL DEFAULT '',
  note          TEXT NOT NULL DEFAULT '',
  date          TEXT,
  x             REAL CHECK (x IS NULL OR x BETWEEN 0 AND 1),
  y             REAL CHECK (y IS NULL OR y BETWEEN 0 AND 1),
  latitude      REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90),
  longitude     REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180),
  actor_id      INTEGER REFERENCES actor (id) ON DELETE SET NULL,
  initiative_id INTEGER REFERENCES initiative (id) ON DELETE SET NULL,
  -- a pin at a private address is drawn at street level when privacy is on
  private       INTEGER NOT NULL DEFAULT 0 CHECK (private IN (0, 1)),
  CHECK ((x IS NOT NULL AND y IS NOT NULL) OR (latitude IS NOT NULL AND longitude IS NOT NULL))
);
CREATE INDEX pin_wijk ON pin (wijk_id);

-- saved network positions per wijk; pinned = dragged by the user
CREATE TABLE layout (
  id            INTEGER PRIMARY KEY,
  uuid          TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created       TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  modified      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  wijk_id       INTEGER NOT NULL REFERENCES wijk (id) ON DELETE CASCADE,
  actor_id      INTEGER UNIQUE REFERENCES actor (id) ON DELETE CASCADE,
  initiative_id INTEGER UNIQUE REFERENCES initiative (id) ON DELETE CASCADE,
  x             REAL NOT NULL,
  y             REAL NOT NULL,
  pinned        INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1)),
  CHECK ((actor_id IS NULL) <> (initiative_id IS NULL))
);
CREATE INDEX layout_wijk ON layout (wijk_id);

-- saved views for presentations, ordered per wijk
CREATE TABLE saved_view (
  id        INTEGER PRIMARY KEY,
  uuid      TEXT NOT NULL UNIQUE DEFAULT (lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
  created   TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  modified  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  wijk_id   INTEGER NOT NULL REFERENCES wijk (id) ON DELETE CASCADE,
  position  INTEGER NOT NULL DEFAULT 0,
  name      TEXT NOT NULL,
  page      TEXT NOT NULL CHECK (page IN ('network', 'map')),
  state     TEXT NOT NULL DEFAULT '{}'   -- filters, zoom, centre, highlighted actor (JSON)
);
CREATE INDEX saved_view_wijk ON saved_view (wijk_id, position);

-- "modified" follows every change
CREATE TRIGGER wijk_touch AFTER UPDATE ON wijk WHEN NEW.modified = OLD.modified
BEGIN UPDATE wijk SET modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER actor_type_touch AFTER UPDATE ON actor_type WHEN NEW.modified = OLD.modified
BEGIN UPDATE actor_type SET modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER actor_touch AFTER UPDATE ON actor WHEN NEW.modified = OLD.modified
BEGIN UPDATE actor SET modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER initiative_touch AFTER UPDATE ON initiative WHEN NEW.modified = OLD.modified
BEGIN UPDATE initiative SET modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER relation_type_touch AFTER UPDATE ON relation_type WHEN NEW.modified = OLD.modified
BEGIN UPDATE relation_type SET modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER relation_touch AFTER UPDATE ON relation WHEN NEW.modified = OLD.modified
BEGIN UPDATE relation SET modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER tag_touch AFTER UPDATE ON tag WHEN NEW.modified = OLD.modified
BEGIN UPDATE tag SET modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER contact_touch AFTER UPDATE ON contact WHEN NEW.modified = OLD.modified
BEGIN UPDATE contact SET modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER pin_category_touch AFTER UPDATE ON pin_category WHEN NEW.modified = OLD.modified
BEGIN UPDATE pin_category SET modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER mapping_session_touch AFTER UPDATE ON mapping_session WHEN NEW.modified = OLD.modified
BEGIN UPDATE mapping_session SET modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER pin_touch AFTER UPDATE ON pin WHEN NEW.modified = OLD.modified
BEGIN UPDATE pin SET modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER layout_touch AFTER UPDATE ON layout WHEN NEW.modified = OLD.modified
BEGIN UPDATE layout SET modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id; END;
CREATE TRIGGER saved_view_touch AFTER UPDATE ON saved_view WHEN NEW.modified = OLD.modified
BEGIN UPDATE saved_view SET modified = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = NEW.id; END;

-- Full-text index over names and notes. kind: actor, initiative, contact, pin;
-- actor_id points at the card a hit opens (a contact hit opens its actor).
CREATE VIRTUAL TABLE search USING fts5 (
  kind UNINDEXED, item_id UNINDEXED, wijk_id UNINDEXED, actor_id UNINDEXED,
  title, body,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER actor_search_insert AFTER INSERT ON actor BEGIN
  INSERT INTO search (kind, item_id, wijk_id, actor_id, title, body)
  VALUES ('actor', NEW.id, NEW.wijk_id, NEW.id, NEW.name, NEW.role || ' ' || NEW.description);
END;
CREATE TRIGGER actor_search_update AFTER UPDATE OF name, role, description ON actor BEGIN
  UPDATE search SET title = NEW.name, body = NEW.role || ' ' || NEW.description
  WHERE kind = 'actor' AND item_id = NEW.id;
END;
CREATE TRIGGER actor_search_delete AFTER DELETE ON actor BEGIN
  DELETE FROM search WHERE kind = 'actor' AND item_id = OLD.id;
END;

CREATE TRIGGER initiative_search_insert AFTER INSERT ON initiative BEGIN
  INSERT INTO search (kind, item_id, wijk_id, actor_id, title, body)
  VALUES ('initiative', NEW.id, NEW.wijk_id, NULL, NEW.title, NEW.description || ' ' || NEW.results);
END;
CREATE TRIGGER initiative_search_update AFTER UPDATE OF title, description, results ON initiative BEGIN
  UPDATE search SET title = NEW.title, body = NEW.description || ' ' || NEW.results
  WHERE kind = 'initiative' AND item_id = NEW.id;
END;
CREATE TRIGGER initiative_search_delete AFTER DELETE ON initiative BEGIN
  DELETE FROM search WHERE kind = 'initiative' AND item_id = OLD.id;
END;

CREATE TRIGGER contact_search_insert AFTER INSERT ON contact BEGIN
  INSERT INTO search (kind, item_id, wijk_id, actor_id, title, body)
  VALUES ('contact', NEW.id, (SELECT wijk_id FROM actor WHERE id = NEW.actor_id), NEW.actor_id,
          NEW.team_member, NEW.note);
END;
CREATE TRIGGER contact_search_update AFTER UPDATE OF team_member, note ON contact BEGIN
  UPDATE search SET title = NEW.team_member, body = NEW.note
  WHERE kind = 'contact' AND item_id = NEW.id;
END;
CREATE TRIGGER contact_search_delete AFTER DELETE ON contact BEGIN
  DELETE FROM search WHERE kind = 'contact' AND item_id = OLD.id;
END;

CREATE TRIGGER pin_search_insert AFTER INSERT ON pin BEGIN
  INSERT INTO search (kind, item_id, wijk_id, actor_id, title, body)
  VALUES ('pin', NEW.id, NEW.wijk_id, NEW.actor_id, NEW.title, NEW.note);
END;
CREATE TRIGGER pin_search_update AFTER UPDATE OF title, note, actor_id ON pin BEGIN
  UPDATE search SET title = NEW.title, body = NEW.note, actor_id = NEW.actor_id
  WHERE kind = 'pin' AND item_id = NEW.id;
END;
CREATE TRIGGER pin_search_delete AFTER DELETE ON pin BEGIN
  DELETE FROM search WHERE kind = 'pin' AND item_id = OLD.id;
END;

-- Built-in vocabularies. Labels are the English source strings; the UI translates them.
INSERT INTO actor_type (key, label, builtin, position) VALUES
  ('sleutelfiguur', 'Key figure', 1, 1),
  ('buurthuis', 'Community centre', 1, 2),
  ('bewonersorganisatie', 'Resident organisation', 1, 3),
  ('sportclub', 'Sports club', 1, 4),
  ('vereniging', 'Association', 1, 5),
  ('gebedshuis', 'Place of worship', 1, 6),
  ('cultureel-centrum', 'Cultural centre', 1, 7),
  ('school', 'School', 1, 8),
  ('huisarts-zorg', 'GP and care', 1, 9),
  ('bibliotheek', 'Library', 1, 10),
  ('woningcorporatie', 'Housing corporation', 1, 11),
  ('welzijnsorganisatie', 'Welfare organisation', 1, 12),
  ('wijkraad', 'Neighbourhood council', 1, 13),
  ('energiecooperatie', 'Energy cooperative', 1, 14),
  ('ondernemer', 'Local business', 1, 15),
  ('gemeente', 'Municipality', 1, 16),
  ('other', 'Other', 1, 17);

INSERT INTO relation_type (key, label, builtin, position) VALUES
  ('knows', 'Knows', 1, 1),
  ('works-with', 'Works with', 1, 2),
  ('member-of', 'Member of', 1, 3),
  ('funds', 'Funds', 1, 4),
  ('reaches', 'Reaches', 1, 5),
  ('trusts', 'Trusts', 1, 6);

INSERT INTO pin_category (key, label, color, symbol, builtin, position) VALUES
  ('meeting-place', 'Meeting place', '#2ec27e', 'wk-pin-meeting-symbolic', 1, 1),
  ('concern', 'Concern', '#e01b24', 'wk-pin-concern-symbolic', 1, 2),
  ('opportunity', 'Opportunity', '#f6d32d', 'wk-pin-opportunity-symbolic', 1, 3),
  ('idea', 'Idea', '#3584e4', 'wk-pin-idea-symbolic', 1, 4),
  ('actor', 'Actor', '#9141ac', 'wk-pin-actor-symbolic', 1, 5),
  ('initiative', 'Initiative', '#ff7800', 'wk-pin-initiative-symbolic', 1, 6);
