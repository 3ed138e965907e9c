-- Migration 9: the approval of a written deliberation, the vote on each
-- decision and the attendance of each participant (issue 16).
-- A draft version is submitted to the chair (who, when), then approved by
-- the chair (who, when), which makes it final; a version made final
-- without the chair's approval in Comité keeps these empty and is signed
-- on paper. A decision records its vote: unanimous, or the counts for,
-- against and abstaining; vote_kind '' when no vote was recorded.

ALTER TABLE deliberation_versions ADD COLUMN submitted_on TEXT;
ALTER TABLE deliberation_versions ADD COLUMN submitted_by TEXT NOT NULL DEFAULT '';
ALTER TABLE deliberation_versions ADD COLUMN approved_on TEXT;
ALTER TABLE deliberation_versions ADD COLUMN approved_by TEXT NOT NULL DEFAULT '';

ALTER TABLE decisions ADD COLUMN vote_kind TEXT NOT NULL DEFAULT '' CHECK (vote_kind IN ('', 'unanimous', 'counted'));
ALTER TABLE decisions ADD COLUMN votes_for INTEGER NOT NULL DEFAULT 0 CHECK (votes_for >= 0);
ALTER TABLE decisions ADD COLUMN votes_against INTEGER NOT NULL DEFAULT 0 CHECK (votes_against >= 0);
ALTER TABLE decisions ADD COLUMN votes_abstaining INTEGER NOT NULL DEFAULT 0 CHECK (votes_abstaining >= 0);

-- Attendance as the deliberation states it: a participant absent with an
-- apology is "excused" (present = 0, excused = 1); the civility makes roles
-- and attendance agree ("Présidente", "présente"): 'mme', 'm' or '' for
-- neutral wording. The session's actual start and end times (ISO date-time
-- text), when the secretary noted them.
ALTER TABLE session_participants ADD COLUMN excused INTEGER NOT NULL DEFAULT 0 CHECK (excused IN (0, 1));
ALTER TABLE session_participants ADD COLUMN civility TEXT NOT NULL DEFAULT '' CHECK (civility IN ('', 'mme', 'm'));
ALTER TABLE sessions ADD COLUMN started_at TEXT;
ALTER TABLE sessions ADD COLUMN ended_at TEXT;
