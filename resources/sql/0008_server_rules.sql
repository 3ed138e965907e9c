-- Migration 8: what the shared server's access rules look up on every
-- write (models/storage/schemadefinition.cpp): a sponsor's seats by login.
-- (The latest deliberation version of a session, which the final lock
-- reads, is already indexed by UNIQUE (session_id, number).)

CREATE INDEX session_participants_login ON session_participants(login, session_id);
