-- Migration 15: the decisions that ask for something, found without a pass
-- over every decision (issue 19: the portfolio counts follow-up items past
-- due at every load). Those with conditions are in this partial index; those
-- with actions or blockers are found through their own tables.
CREATE INDEX decisions_with_conditions ON decisions(id) WHERE conditions <> '';
