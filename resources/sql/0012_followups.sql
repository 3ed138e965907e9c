-- Follow-up register (issue 18 item 2): the status history of what a
-- decision asked for — its actions, its conditions (one per line of
-- decisions.conditions) and the blockers it committed to lift. An item is
-- open until a change says otherwise; its status is its latest change.
-- Items are named by their decision, kind and position in that decision's
-- list; item_text keeps the text the change was made on.
CREATE TABLE followup_changes (
    id              {{ID}},
    decision_id     INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('action', 'condition', 'blocker')),
    position        INTEGER NOT NULL,
    item_text       TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL CHECK (status IN ('open', 'done', 'dropped')),
    changed_at      TEXT NOT NULL,
    changed_by      TEXT NOT NULL DEFAULT '',
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX followup_changes_item ON followup_changes(decision_id, kind, position, id);
