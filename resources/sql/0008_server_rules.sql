-- Migration 8: what the shared server's access rules look up on every
-- write (models/storage/schemadefinition.cpp): a sponsor's seats by login,
-- and a session's deliberation versions newest first (the final lock).

CREATE INDEX session_participants_login ON session_participants(login, session_id);
CREATE INDEX deliberation_versions_latest ON deliberation_versions(session_id, number DESC);
