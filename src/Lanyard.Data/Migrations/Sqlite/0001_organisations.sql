-- Organisations: standalone schools, trusts and federations, and the schools that belong to them.
-- A pack attaches at the level it declares; schools below inherit it (see ListOrganisations).
CREATE TABLE organisations (
    id        INTEGER PRIMARY KEY,
    name      TEXT    NOT NULL COLLATE NOCASE UNIQUE CHECK (length(trim(name)) > 0),
    level     TEXT    NOT NULL CHECK (level IN ('school', 'trust', 'federation')),
    parent_id INTEGER NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    pack_id   TEXT    NULL,
    CHECK (parent_id IS NULL OR level = 'school')
);

CREATE INDEX organisations_parent ON organisations (parent_id);
