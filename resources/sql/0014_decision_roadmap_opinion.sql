-- Migration 14: the committee's opinion on the roadmap it approves, as a
-- whole (issue 16: the deliberation states the roadmap as approved and
-- what the committee thinks of it); the opinion on each priority stays in
-- decision_objectives.
ALTER TABLE decisions ADD COLUMN roadmap_opinion TEXT NOT NULL DEFAULT '';
