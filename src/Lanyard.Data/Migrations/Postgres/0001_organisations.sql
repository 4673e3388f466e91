-- Organisations: standalone schools, trusts and federations, and the schools that belong to them.
-- A pack attaches at the level it declares; schools below inherit it (see ListOrganisations).
CREATE TABLE organisations (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name      text   NOT NULL CHECK (length(trim(name)) > 0),
    level     text   NOT NULL CHECK (level IN ('school', 'trust', 'federation')),
    parent_id bigint NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    pack_id   text   NULL,
    CHECK (parent_id IS NULL OR level = 'school')
);

-- Names are unique whatever their case, as SQLite's COLLATE NOCASE makes them there.
CREATE UNIQUE INDEX organisations_name ON organisations (lower(name));
CREATE INDEX organisations_parent ON organisations (parent_id);
