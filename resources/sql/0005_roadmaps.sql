-- Migration 5: six-month roadmaps with their review, and what the budget
-- feature needs on top of the envelopes of migration 2 and the spending of
-- migration 3.
-- {{ID}} is the dialect's auto-increment primary key (see Migrations).

-- A product's roadmap for one period (about six months), approved by a
-- committee session (NULL while it is a draft). The deployment potential
-- is the target population and how it was estimated; `review_notes` are
-- the team's achievements and learnings when the period is reviewed.
CREATE TABLE roadmaps (
    id                  {{ID}},
    product_id          INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    start_date          TEXT NOT NULL,
    end_date            TEXT NOT NULL,
    session_id          INTEGER REFERENCES sessions(id) ON DELETE SET NULL,
    vision              TEXT NOT NULL DEFAULT '',
    target_population   TEXT NOT NULL DEFAULT '',
    potential_estimate  TEXT NOT NULL DEFAULT '',
    review_notes        TEXT NOT NULL DEFAULT '',
    version             INTEGER NOT NULL DEFAULT 1,
    UNIQUE (product_id, start_date)
);
CREATE INDEX roadmaps_session ON roadmaps(session_id);

-- At most three priorities per roadmap (checked by the application).
CREATE TABLE roadmap_priorities (
    id          {{ID}},
    roadmap_id  INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT ''
);
CREATE INDEX roadmap_priorities_roadmap ON roadmap_priorities(roadmap_id, position);

-- An expected result the team is accountable for. Quantified when it has a
-- target value (by target_date), usually on one of the product's
-- indicators (then also an indicator target). The review fills the value
-- at the start of the period ("il y a 6 mois"), the value reached
-- ("aujourd'hui") and the team's explanation.
CREATE TABLE roadmap_results (
    id              {{ID}},
    priority_id     INTEGER NOT NULL REFERENCES roadmap_priorities(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    text            TEXT NOT NULL,
    indicator_id    INTEGER REFERENCES indicators(id) ON DELETE SET NULL,
    target_value    DOUBLE PRECISION,
    target_date     TEXT,
    start_value     DOUBLE PRECISION,
    reached_value   DOUBLE PRECISION,
    explanation     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX roadmap_results_priority ON roadmap_results(priority_id, position);
CREATE INDEX roadmap_results_indicator ON roadmap_results(indicator_id);

-- Short texts listed in a roadmap: hypotheses to validate, quantitative and
-- qualitative success criteria, blockers the committee is asked to lift.
CREATE TABLE roadmap_items (
    id          {{ID}},
    roadmap_id  INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('hypothesis', 'quantitative-criterion',
                    'qualitative-criterion', 'blocker')),
    position    INTEGER NOT NULL DEFAULT 0,
    text        TEXT NOT NULL
);
CREATE INDEX roadmap_items_roadmap ON roadmap_items(roadmap_id, kind, position);

-- The team asked for: a profile and its time, in days per week or FTE.
CREATE TABLE roadmap_team (
    id          {{ID}},
    roadmap_id  INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    profile     TEXT NOT NULL,
    time_amount DOUBLE PRECISION NOT NULL DEFAULT 0,
    time_unit   TEXT NOT NULL DEFAULT 'days-per-week' CHECK (time_unit IN ('days-per-week', 'fte'))
);
CREATE INDEX roadmap_team_roadmap ON roadmap_team(roadmap_id, position);

-- The budget request by line (the keys of the spending table), whole euros.
CREATE TABLE roadmap_budget (
    roadmap_id  INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
    line        TEXT NOT NULL CHECK (line IN ('management', 'product', 'development', 'design', 'growth',
                    'data', 'support', 'infrastructure')),
    amount      INTEGER NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (roadmap_id, line)
);

-- Support needed, per actor: the actor, the need and its objective.
CREATE TABLE roadmap_support (
    id          {{ID}},
    roadmap_id  INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL DEFAULT 0,
    actor       TEXT NOT NULL,
    need        TEXT NOT NULL DEFAULT '',
    objective   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX roadmap_support_roadmap ON roadmap_support(roadmap_id, position);

-- The beta.gouv.fr standards self-assessment: each standard rated six
-- months ago, today and aimed for in six months ('' when not rated).
CREATE TABLE roadmap_standards (
    roadmap_id  INTEGER NOT NULL REFERENCES roadmaps(id) ON DELETE CASCADE,
    standard    TEXT NOT NULL CHECK (standard IN ('impact', 'autonomy', 'transparency', 'technical')),
    rated_ago   TEXT NOT NULL DEFAULT '' CHECK (rated_ago IN ('', 'no', 'partial', 'yes')),
    rated_now   TEXT NOT NULL DEFAULT '' CHECK (rated_now IN ('', 'no', 'partial', 'yes')),
    rated_aimed TEXT NOT NULL DEFAULT '' CHECK (rated_aimed IN ('', 'no', 'partial', 'yes')),
    PRIMARY KEY (roadmap_id, standard)
);

-- Envelopes are read by product and period when projecting when the money
-- runs out; spending by product and month.
CREATE INDEX envelopes_period ON envelopes(product_id, start_date);
CREATE INDEX spending_product ON spending(product_id, month);
