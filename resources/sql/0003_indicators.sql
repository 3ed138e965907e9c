-- Migration 3: indicators (effort, usage, impact) with their measurements
-- and targets, placed in the DINUM impact matrix; and monthly spending by
-- budget line, actual or forecast (efficiency reads it; the roadmaps and
-- budget feature edits it).
-- {{ID}} is the dialect's auto-increment primary key (see Migrations).

-- An indicator of a product. `principle` is its column in the impact
-- matrix; `mandatory` names the mandatory matrix indicator it fills
-- ('ease-of-use', 'monthly-active-users', 'monthly-transactions',
-- 'market-penetration', 'satisfaction', 'policy-impact') or is empty.
-- At most one North Star per product (partial unique index below).
CREATE TABLE indicators (
    id          {{ID}},
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('effort', 'usage', 'impact')),
    principle   TEXT NOT NULL CHECK (principle IN ('usable', 'used', 'useful', 'impactful', 'efficient')),
    unit        TEXT NOT NULL DEFAULT '',
    direction   TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
    method      TEXT NOT NULL DEFAULT '',
    north_star  INTEGER NOT NULL DEFAULT 0,
    mandatory   TEXT NOT NULL DEFAULT '',
    version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (product_id, name)
);
CREATE INDEX indicators_product ON indicators(product_id, position);
CREATE UNIQUE INDEX indicators_north_star ON indicators(product_id) WHERE north_star = 1;

-- One value of an indicator on a day (ISO date); one per indicator and day.
CREATE TABLE measurements (
    id              {{ID}},
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    measured_on     TEXT NOT NULL,
    value           DOUBLE PRECISION NOT NULL,
    comment         TEXT NOT NULL DEFAULT '',
    UNIQUE (indicator_id, measured_on)
);

-- A value an indicator should reach by a date.
CREATE TABLE indicator_targets (
    id              {{ID}},
    indicator_id    INTEGER NOT NULL REFERENCES indicators(id) ON DELETE CASCADE,
    target_date     TEXT NOT NULL,
    value           DOUBLE PRECISION NOT NULL,
    UNIQUE (indicator_id, target_date)
);

-- Money spent (forecast = 0) or planned (forecast = 1) by a product in a
-- month ('YYYY-MM'), by budget line, in whole euros.
CREATE TABLE spending (
    id          {{ID}},
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    month       TEXT NOT NULL,
    line        TEXT NOT NULL CHECK (line IN ('management', 'product', 'development', 'design', 'growth',
                    'data', 'support', 'infrastructure')),
    amount      INTEGER NOT NULL,
    forecast    INTEGER NOT NULL DEFAULT 0 CHECK (forecast IN (0, 1)),
    UNIQUE (product_id, month, line, forecast)
);
CREATE INDEX spending_month ON spending(month, product_id);
