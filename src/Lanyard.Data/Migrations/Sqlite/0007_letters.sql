-- Letters from cases (issue 5): each school's own versions of its letter templates, and every letter
-- issued with its exact text. Both tables are append-only (triggers below): a template save is a
-- new version and the latest wins; an issued letter is the record of what was sent and never
-- changes. case_id has no foreign key here because the cases table arrives in its own migration;
-- the use case only issues letters on cases it has read.

CREATE TABLE letter_templates (
    id               INTEGER PRIMARY KEY,
    organisation_id  INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    pack_id          TEXT    NOT NULL CHECK (length(trim(pack_id)) > 0),
    kind             TEXT    NOT NULL CHECK (kind IN ('removal-request', 'meeting-invitation', 'written-warning', 'platform-removal-request')),
    version          INTEGER NOT NULL CHECK (version > 0),
    body             TEXT    NOT NULL CHECK (length(trim(body)) > 0),
    is_default       INTEGER NOT NULL CHECK (is_default IN (0, 1)),
    saved_at         TEXT    NOT NULL,
    saved_by_user_id INTEGER NOT NULL,
    UNIQUE (organisation_id, pack_id, kind, version)
);

CREATE TABLE letters (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL,
    organisation_id   INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    kind              TEXT    NOT NULL CHECK (kind IN ('removal-request', 'meeting-invitation', 'written-warning', 'platform-removal-request')),
    pack_id           TEXT    NOT NULL CHECK (length(trim(pack_id)) > 0),
    template_version  INTEGER NOT NULL CHECK (template_version >= 0),
    text              TEXT    NOT NULL CHECK (length(trim(text)) > 0),
    issued_at         TEXT    NOT NULL,
    issued_by_user_id INTEGER NOT NULL,
    issued_by_name    TEXT    NOT NULL CHECK (length(trim(issued_by_name)) > 0)
);
CREATE INDEX letters_case ON letters (case_id, issued_at);

CREATE TRIGGER letter_templates_no_update BEFORE UPDATE ON letter_templates
BEGIN
    SELECT RAISE(ABORT, 'letter_templates is append-only: save a new version');
END;

CREATE TRIGGER letter_templates_no_delete BEFORE DELETE ON letter_templates
BEGIN
    SELECT RAISE(ABORT, 'letter_templates is append-only: save a new version');
END;

CREATE TRIGGER letters_no_update BEFORE UPDATE ON letters
BEGIN
    SELECT RAISE(ABORT, 'letters is append-only: an issued letter is never changed');
END;

CREATE TRIGGER letters_no_delete BEFORE DELETE ON letters
BEGIN
    SELECT RAISE(ABORT, 'letters is append-only: an issued letter is never deleted');
END;
