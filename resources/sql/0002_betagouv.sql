-- Migration 2: the beta.gouv.fr import and export.
-- {{ID}} is the dialect's auto-increment primary key (see Migrations).

-- Where a committee session comes from: 'comite' when held or recorded in
-- Comité, 'betagouv' when read from a product's `events` (a re-import
-- replaces only those).
ALTER TABLE sessions ADD COLUMN origin TEXT NOT NULL DEFAULT 'comite';

-- The file each imported record was read from, byte for byte, so that an
-- unchanged product is exported exactly as it was read and a re-import can
-- tell what changed. One row per record; exactly one of the three
-- references is set.
CREATE TABLE betagouv_sources (
    id              {{ID}},
    kind            TEXT NOT NULL CHECK (kind IN ('organisation', 'incubator', 'startup')),
    organisation_id INTEGER UNIQUE REFERENCES organisations(id) ON DELETE CASCADE,
    incubator_id    INTEGER UNIQUE REFERENCES incubators(id) ON DELETE CASCADE,
    product_id      INTEGER UNIQUE REFERENCES products(id) ON DELETE CASCADE,
    path            TEXT NOT NULL,
    content         TEXT NOT NULL,
    fingerprint     TEXT NOT NULL,
    imported_at     TEXT NOT NULL
);

-- A product's timeline: launches, national impact, FAST, end, other… (the
-- `events` of beta.gouv.fr other than committees).
CREATE TABLE product_events (
    id          {{ID}},
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    kind        TEXT NOT NULL,
    event_date  TEXT NOT NULL,
    comment     TEXT NOT NULL DEFAULT '',
    origin      TEXT NOT NULL DEFAULT 'comite'
);
CREATE INDEX product_events_product ON product_events(product_id, position);

-- Money granted to a product for a period: a sponsor's budget envelope, a
-- FAST funding (the `fast` block: amount, promotion in the label), other.
-- The budget envelopes feature extends this table.
CREATE TABLE envelopes (
    id          {{ID}},
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    start_date  TEXT,
    end_date    TEXT,
    amount      INTEGER NOT NULL,
    source      TEXT NOT NULL CHECK (source IN ('sponsor', 'fast', 'other')),
    label       TEXT NOT NULL DEFAULT '',
    decision_id INTEGER REFERENCES decisions(id) ON DELETE SET NULL,
    origin      TEXT NOT NULL DEFAULT 'comite',
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX envelopes_product ON envelopes(product_id);
