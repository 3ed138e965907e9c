-- Migration 7: the written deliberation of a session, in numbered
-- versions. Version 1 starts as a draft; marking it final locks the
-- session's decisions, scores and notes; a correction adds the next
-- version (draft, then final) with its reason, earlier versions kept with
-- the text they were made final with.
-- {{ID}} is the dialect's auto-increment primary key (see Migrations).

CREATE TABLE deliberation_versions (
    id              {{ID}},
    session_id      INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    number          INTEGER NOT NULL CHECK (number >= 1),
    status          TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
    reason          TEXT NOT NULL DEFAULT '',
    created_on      TEXT NOT NULL,
    finalised_on    TEXT,
    finalised_by    TEXT NOT NULL DEFAULT '',
    content         TEXT NOT NULL DEFAULT '',
    UNIQUE (session_id, number)  -- also the index versions are read by
);
