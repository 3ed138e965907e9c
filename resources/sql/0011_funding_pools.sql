-- Migration 11: funding pools and allocation scenarios (issue 18). A pool
-- is a fixed envelope from one source over one period, shared among the
-- products it may fund: those listed (with a rule: eligible, must be
-- funded, must not be funded) and those of the incubators listed; none
-- listed: every incubated product. A scenario shares the pool out, one
-- line per product (amount, period, condition); the chosen one is where
-- the committee's decisions start from. Money in integer euros.

CREATE TABLE funding_pools (
    id                  {{ID}},
    name                TEXT NOT NULL,
    source              TEXT NOT NULL DEFAULT '',
    start_date          TEXT NOT NULL,
    end_date            TEXT NOT NULL,
    amount              INTEGER NOT NULL CHECK (amount >= 0),
    max_per_product     INTEGER CHECK (max_per_product IS NULL OR max_per_product > 0),
    chosen_scenario_id  INTEGER,
    version             INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE funding_pool_incubators (
    pool_id       INTEGER NOT NULL REFERENCES funding_pools(id) ON DELETE CASCADE,
    incubator_id  INTEGER NOT NULL REFERENCES incubators(id) ON DELETE CASCADE,
    PRIMARY KEY (pool_id, incubator_id)
);

CREATE TABLE funding_pool_products (
    pool_id     INTEGER NOT NULL REFERENCES funding_pools(id) ON DELETE CASCADE,
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    rule        TEXT NOT NULL DEFAULT 'eligible' CHECK (rule IN ('eligible', 'must', 'must-not')),
    PRIMARY KEY (pool_id, product_id)
);
CREATE INDEX funding_pool_products_product ON funding_pool_products(product_id);

CREATE TABLE allocation_scenarios (
    id          {{ID}},
    pool_id     INTEGER NOT NULL REFERENCES funding_pools(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    origin      TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('solver', 'manual')),
    version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (pool_id, name)
);

CREATE TABLE allocation_lines (
    id              {{ID}},
    scenario_id     INTEGER NOT NULL REFERENCES allocation_scenarios(id) ON DELETE CASCADE,
    product_id      INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    amount          INTEGER NOT NULL CHECK (amount >= 0),
    start_date      TEXT,
    end_date        TEXT,
    condition_text  TEXT NOT NULL DEFAULT '',
    UNIQUE (scenario_id, product_id)
);
CREATE INDEX allocation_lines_product ON allocation_lines(product_id);
