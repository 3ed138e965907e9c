-- Migration 13: the member space's people. `members` keeps the full name of
-- each member space username Comité has read (contacts and team logins then
-- read as people); `product_members.source` says where a team membership
-- comes from: the member space import ('espace-membre') replaces only its
-- own memberships, never one a facilitator added ('').

CREATE TABLE members (
    login     TEXT PRIMARY KEY,
    fullname  TEXT NOT NULL DEFAULT ''
);

ALTER TABLE product_members ADD COLUMN source TEXT NOT NULL DEFAULT '';
