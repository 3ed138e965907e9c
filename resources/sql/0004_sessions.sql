-- Migration 4: committee sessions in full — where and how they are held,
-- who takes part, the timed agenda with its notes, the sponsors' arbitration
-- grid and the details of each decision.
-- {{ID}} is the dialect's auto-increment primary key (see Migrations).

-- A video-conference link when the session is (also) held remotely.
ALTER TABLE sessions ADD COLUMN video_link TEXT NOT NULL DEFAULT '';

-- People invited to a session, in the order they are listed. `voting`
-- members score the arbitration grid; `present` is the attendance.
CREATE TABLE session_participants (
    id              {{ID}},
    session_id      INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    name            TEXT NOT NULL,
    organisation    TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('chair', 'sponsor', 'business-directorate',
                        'incubator-lead', 'portfolio-manager', 'intrapreneur', 'team-member',
                        'user', 'secretary', 'other')),
    present         INTEGER NOT NULL DEFAULT 1,
    voting          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX session_participants_session ON session_participants(session_id, position);

-- The timed agenda. An item belongs to one product of the session, or to
-- the whole session when product_id is NULL. actual_seconds is NULL until
-- the item has been run; notes are the secretary's.
CREATE TABLE agenda_items (
    id              {{ID}},
    session_id      INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    product_id      INTEGER REFERENCES products(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('introduction', 'objectives',
                        'presentation', 'questions', 'deliberation', 'other')),
    title           TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL DEFAULT 0 CHECK (planned_minutes >= 0),
    actual_seconds  INTEGER,
    team_leaves     INTEGER NOT NULL DEFAULT 0,
    notes           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_items_session ON agenda_items(session_id, position);

-- Saved agenda templates. A 'session' item is held once at the start, a
-- 'product' item once for each product of the session.
CREATE TABLE agenda_templates (
    id              {{ID}},
    name            TEXT NOT NULL UNIQUE,
    version         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE agenda_template_items (
    id              {{ID}},
    template_id     INTEGER NOT NULL REFERENCES agenda_templates(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    scope           TEXT NOT NULL DEFAULT 'product' CHECK (scope IN ('session', 'product')),
    kind            TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('introduction', 'objectives',
                        'presentation', 'questions', 'deliberation', 'other')),
    title           TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL DEFAULT 0 CHECK (planned_minutes >= 0),
    team_leaves     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX agenda_template_items_template ON agenda_template_items(template_id, position);

-- The sponsor arbitration grid: one score out of 5 per voting member,
-- product and question (1–10, DESIGN.md §1), with an optional comment.
CREATE TABLE session_scores (
    session_id      INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    product_id      INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    participant_id  INTEGER NOT NULL REFERENCES session_participants(id) ON DELETE CASCADE,
    question        INTEGER NOT NULL CHECK (question BETWEEN 1 AND 10),
    score           INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    comment         TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, product_id, participant_id, question)
);
CREATE INDEX session_scores_participant ON session_scores(participant_id);

-- What a decision says besides its option, amount, period and phase change.
ALTER TABLE decisions ADD COLUMN conditions TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN procurement_informed_on TEXT;

-- Each roadmap priority presented, as validated, modified or invalidated.
-- Text for now; the roadmap feature links them to its priorities.
CREATE TABLE decision_objectives (
    id              {{ID}},
    decision_id     INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    text            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('validated', 'modified', 'invalidated')),
    comment         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX decision_objectives_decision ON decision_objectives(decision_id, position);

-- Blockers the committee commits to lift, each with who lifts it.
CREATE TABLE decision_blockers (
    id              {{ID}},
    decision_id     INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    text            TEXT NOT NULL,
    owner           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX decision_blockers_decision ON decision_blockers(decision_id, position);

-- Action items: who does what by when.
CREATE TABLE decision_actions (
    id              {{ID}},
    decision_id     INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    text            TEXT NOT NULL,
    owner           TEXT NOT NULL DEFAULT '',
    due_on          TEXT
);
CREATE INDEX decision_actions_decision ON decision_actions(decision_id, position);
