-- Migration 6: who may write what on a shared server. The server's roles
-- (comite init-server) read these: a team login writes the roadmaps and
-- indicators of the products it is a member of; a sponsor login writes only
-- the scores of the session participant it is.

CREATE TABLE product_members (
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    login       TEXT NOT NULL,
    PRIMARY KEY (product_id, login)
);
CREATE INDEX product_members_login ON product_members(login);

ALTER TABLE session_participants ADD COLUMN login TEXT NOT NULL DEFAULT '';
