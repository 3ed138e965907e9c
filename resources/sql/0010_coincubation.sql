-- Migration 9: beta.gouv.fr today. A product co-incubated by several
-- incubators (the `incubators:` list of its file; products.incubator_id
-- stays the primary one, the others are listed here in file order), and
-- the member space usernames a product names as its contacts at DINUM and
-- at the incubator (`contact_dinum`, `contact_incubator`).

CREATE TABLE product_incubators (
    product_id    INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    incubator_id  INTEGER NOT NULL REFERENCES incubators(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (product_id, incubator_id)
);
CREATE INDEX product_incubators_incubator ON product_incubators(incubator_id);

CREATE TABLE product_contacts (
    product_id  INTEGER NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('dinum', 'incubator')),
    username    TEXT NOT NULL,
    PRIMARY KEY (product_id, role)
);
