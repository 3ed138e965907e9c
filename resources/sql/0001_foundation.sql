-- Migration 1: the portfolio (organisations, incubators, products, phases)
-- and the committee sessions with their decisions, which the portfolio
-- needs for "last committee" and "next committee due".
-- {{ID}} is the dialect's auto-increment primary key (see Migrations).

CREATE TABLE organisations (
    id          {{ID}},
    slug        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    acronym     TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE incubators (
    id              {{ID}},
    slug            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    owner_id        INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    yearly_budget   INTEGER,
    version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE products (
    id              {{ID}},
    slug            TEXT NOT NULL UNIQUE,
    title           TEXT NOT NULL,
    pitch           TEXT NOT NULL DEFAULT '',
    incubator_id    INTEGER REFERENCES incubators(id) ON DELETE SET NULL,
    intrapreneur    TEXT NOT NULL DEFAULT '',
    coach           TEXT NOT NULL DEFAULT '',
    description     TEXT NOT NULL DEFAULT '',
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX products_incubator ON products(incubator_id);

CREATE TABLE product_sponsors (
    product_id      INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, organisation_id)
);
CREATE INDEX product_sponsors_org ON product_sponsors(organisation_id);

CREATE TABLE product_links (
    id          {{ID}},
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL,
    url         TEXT NOT NULL,
    position    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX product_links_product ON product_links(product_id);

CREATE TABLE phases (
    id          {{ID}},
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    phase       TEXT NOT NULL CHECK (phase IN ('investigation', 'construction',
                    'acceleration', 'consolidation', 'opere', 'transfere',
                    'abandon-investigation', 'abandon')),
    start_date  TEXT NOT NULL,
    end_date    TEXT,
    comment     TEXT NOT NULL DEFAULT '',
    restart     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX phases_product ON phases(product_id, position);

-- A committee session. A committee imported or recorded after the fact is a
-- held session of one product.
CREATE TABLE sessions (
    id              {{ID}},
    incubator_id    INTEGER REFERENCES incubators(id) ON DELETE SET NULL,
    title           TEXT NOT NULL DEFAULT '',
    starts_at       TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL DEFAULT 0,
    place           TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'planned'
                        CHECK (status IN ('planned', 'running', 'held')),
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX sessions_start ON sessions(starts_at);

CREATE TABLE session_products (
    session_id  INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (session_id, product_id)
);
CREATE INDEX session_products_product ON session_products(product_id);

-- One decision per product per session.
CREATE TABLE decisions (
    id              {{ID}},
    session_id      INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    product_id      INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    option          TEXT NOT NULL CHECK (option IN ('continue', 'continue-reduced',
                        'provisional', 'pivot', 'maintenance', 'stop', 'recorded')),
    comment         TEXT NOT NULL DEFAULT '',
    amount          INTEGER,
    period_start    TEXT,
    period_end      TEXT,
    phase_change    TEXT,
    version         INTEGER NOT NULL DEFAULT 1,
    UNIQUE (session_id, product_id)
);
CREATE INDEX decisions_product ON decisions(product_id);

-- Small key/value facts about this database (e.g. that the welcome screen
-- was answered).
CREATE TABLE settings (
    key     TEXT PRIMARY KEY,
    value   TEXT NOT NULL
);
