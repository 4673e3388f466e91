-- Casework (issue 5): cases as reported, the people involved, everything that happened to them,
-- their evidence, the notifications they raised, and the hash-chained audit log. Cases, parties,
-- entries, evidence and the audit log are append-only, and the database itself refuses an UPDATE or
-- DELETE on them (triggers below), so a bug or a hand-written statement cannot rewrite the record:
-- a correction is a new entry. Only notifications change (sent, read, delivery attempts).
-- User ids carry no foreign key: a sign-in goes when its person is removed, and the record of what
-- that account did must stay. People are never deleted from under a case (RESTRICT).
-- Steps, stages, types and kinds are kebab-case text checked only for shape: the vocabulary grows
-- with the packs, and SQLite cannot alter a CHECK in place.

CREATE TABLE cases (
    id                    INTEGER PRIMARY KEY,
    organisation_id       INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    type                  TEXT    NOT NULL CHECK (length(type) > 0),
    summary               TEXT    NOT NULL CHECK (length(trim(summary)) > 0),
    location              TEXT    NULL,
    happened_at           TEXT    NULL,
    reported_at           TEXT    NOT NULL,
    reported_by_user_id   INTEGER NOT NULL,
    reported_by_person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    pack_id               TEXT    NOT NULL,
    pack_version          TEXT    NOT NULL,
    urgency               TEXT    NULL,
    source_kind           TEXT    NULL,
    source_reference      TEXT    NULL,
    CHECK (source_kind IS NOT NULL OR source_reference IS NULL)
);
CREATE INDEX cases_organisation ON cases (organisation_id, reported_at);
CREATE INDEX cases_reporter ON cases (reported_by_person_id);

-- Someone in the register by id only (their status is read from the register, never copied), or
-- someone outside it by description.
CREATE TABLE case_parties (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    person_id   INTEGER NULL REFERENCES people (id) ON DELETE RESTRICT,
    description TEXT    NULL,
    kind        TEXT    NOT NULL CHECK (length(kind) > 0),
    role        TEXT    NOT NULL CHECK (length(role) > 0),
    CHECK (person_id IS NOT NULL OR (description IS NOT NULL AND length(trim(description)) > 0))
);
CREATE INDEX case_parties_case ON case_parties (case_id);
CREATE INDEX case_parties_person ON case_parties (person_id) WHERE person_id IS NOT NULL;

-- Details (a JSON object of text values) and clause ids (a JSON array) are written once and read
-- whole with their entry. A correction points at an earlier entry of the same case.
CREATE TABLE case_entries (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    step       TEXT    NOT NULL CHECK (length(step) > 0),
    from_stage TEXT    NOT NULL CHECK (length(from_stage) > 0),
    to_stage   TEXT    NOT NULL CHECK (length(to_stage) > 0),
    at         TEXT    NOT NULL,
    by_user_id INTEGER NOT NULL,
    by_name    TEXT    NOT NULL CHECK (length(trim(by_name)) > 0),
    acting_as  TEXT    NULL,
    note       TEXT    NULL,
    details    TEXT    NOT NULL DEFAULT '{}',
    clauses    TEXT    NOT NULL DEFAULT '[]',
    corrects   INTEGER NULL,
    UNIQUE (case_id, id),
    FOREIGN KEY (case_id, corrects) REFERENCES case_entries (case_id, id) ON DELETE RESTRICT
);
CREATE INDEX case_entries_case ON case_entries (case_id, id);

-- A stored file is named by its SHA-256; an indecent image of a child never is: only where the
-- physical item is locked and who holds the key.
CREATE TABLE evidence_items (
    id                      INTEGER PRIMARY KEY,
    case_id                 INTEGER NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    kind                    TEXT    NOT NULL CHECK (length(kind) > 0),
    url                     TEXT    NULL,
    captured_at             TEXT    NULL,
    captured_by             TEXT    NOT NULL CHECK (length(trim(captured_by)) > 0),
    how_captured            TEXT    NULL,
    description             TEXT    NOT NULL CHECK (length(trim(description)) > 0),
    sha256                  TEXT    NULL CHECK (sha256 IS NULL OR (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*')),
    size_bytes              INTEGER NULL CHECK (size_bytes IS NULL OR size_bytes >= 0),
    file_name               TEXT    NULL,
    content_type            TEXT    NULL,
    indecent_image_of_child INTEGER NOT NULL CHECK (indecent_image_of_child IN (0, 1)),
    storage_location        TEXT    NULL,
    key_holder              TEXT    NULL,
    recorded_at             TEXT    NOT NULL,
    recorded_by_user_id     INTEGER NOT NULL,
    CHECK ((sha256 IS NULL) = (size_bytes IS NULL)),
    CHECK (indecent_image_of_child = 0 OR (sha256 IS NULL AND size_bytes IS NULL AND file_name IS NULL AND content_type IS NULL
        AND storage_location IS NOT NULL AND key_holder IS NOT NULL
        AND length(trim(storage_location)) > 0 AND length(trim(key_holder)) > 0))
);
CREATE INDEX evidence_items_case ON evidence_items (case_id, id);
CREATE INDEX evidence_items_sha256 ON evidence_items (sha256) WHERE sha256 IS NOT NULL;

-- Queued in the same transaction as the change that causes them; the dispatcher marks them sent.
CREATE TABLE notifications (
    id                  INTEGER PRIMARY KEY,
    organisation_id     INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    recipient_person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    subject             TEXT    NOT NULL CHECK (length(trim(subject)) > 0),
    body                TEXT    NOT NULL,
    link                TEXT    NULL,
    created_at          TEXT    NOT NULL,
    sent_at             TEXT    NULL,
    read_at             TEXT    NULL,
    attempts            INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error          TEXT    NULL
);
CREATE INDEX notifications_recipient ON notifications (recipient_person_id, created_at);
CREATE INDEX notifications_pending ON notifications (created_at, id) WHERE sent_at IS NULL AND read_at IS NULL;

-- The sequence is assigned by the appender (last + 1), not generated, so a gap means a deleted row.
-- No foreign keys: the log outlives what it names.
CREATE TABLE audit_log (
    sequence        INTEGER PRIMARY KEY CHECK (sequence >= 1),
    at              TEXT    NOT NULL,
    actor_user_id   INTEGER NULL,
    actor           TEXT    NOT NULL CHECK (length(actor) > 0),
    action          TEXT    NOT NULL CHECK (action IN ('create', 'change', 'view', 'download')),
    subject_kind    TEXT    NOT NULL CHECK (length(subject_kind) > 0),
    subject_id      INTEGER NOT NULL,
    organisation_id INTEGER NULL,
    detail          TEXT    NULL,
    previous_hash   TEXT    NOT NULL CHECK (length(previous_hash) = 64),
    hash            TEXT    NOT NULL UNIQUE CHECK (length(hash) = 64)
);
CREATE INDEX audit_log_subject ON audit_log (subject_kind, subject_id, sequence);

CREATE TRIGGER cases_no_update BEFORE UPDATE ON cases BEGIN SELECT RAISE(ABORT, 'cases is append-only: UPDATE refused'); END;
CREATE TRIGGER cases_no_delete BEFORE DELETE ON cases BEGIN SELECT RAISE(ABORT, 'cases is append-only: DELETE refused'); END;
CREATE TRIGGER case_parties_no_update BEFORE UPDATE ON case_parties BEGIN SELECT RAISE(ABORT, 'case_parties is append-only: UPDATE refused'); END;
CREATE TRIGGER case_parties_no_delete BEFORE DELETE ON case_parties BEGIN SELECT RAISE(ABORT, 'case_parties is append-only: DELETE refused'); END;
CREATE TRIGGER case_entries_no_update BEFORE UPDATE ON case_entries BEGIN SELECT RAISE(ABORT, 'case_entries is append-only: UPDATE refused'); END;
CREATE TRIGGER case_entries_no_delete BEFORE DELETE ON case_entries BEGIN SELECT RAISE(ABORT, 'case_entries is append-only: DELETE refused'); END;
CREATE TRIGGER evidence_items_no_update BEFORE UPDATE ON evidence_items BEGIN SELECT RAISE(ABORT, 'evidence_items is append-only: UPDATE refused'); END;
CREATE TRIGGER evidence_items_no_delete BEFORE DELETE ON evidence_items BEGIN SELECT RAISE(ABORT, 'evidence_items is append-only: DELETE refused'); END;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: UPDATE refused'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only: DELETE refused'); END;
