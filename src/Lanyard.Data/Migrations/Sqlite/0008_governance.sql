-- Governance (issue 6): the policy register (every version of the pack attached to an organisation,
-- its YAML kept whole so old versions stay readable), approvals and signatures, completed reviews,
-- staff declarations and training. Dates are ISO text (yyyy-MM-dd), instants UTC ISO text, as elsewhere.
-- state holds draft, approved or withdrawn: "in force" and "superseded" follow from the effective
-- dates on the day asked and are never stored.
CREATE TABLE policy_versions (
    id                   INTEGER PRIMARY KEY,
    organisation_id      INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    pack_id              TEXT    NOT NULL,
    version              TEXT    NOT NULL CHECK (length(trim(version)) > 0),
    yaml                 TEXT    NOT NULL,
    state                TEXT    NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'approved', 'withdrawn')),
    drafted_from_id      INTEGER NULL REFERENCES policy_versions (id) ON DELETE RESTRICT,
    drafted_from_version TEXT    NOT NULL,
    drafted_on           TEXT    NOT NULL,
    drafted_by_person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    approving_body       TEXT    NULL,
    approved_on          TEXT    NULL,
    effective_from       TEXT    NULL,
    withdrawn_on         TEXT    NULL,
    recorded_at          TEXT    NOT NULL,
    CHECK ((state = 'approved') = (approved_on IS NOT NULL AND effective_from IS NOT NULL)),
    CHECK (effective_from IS NULL OR effective_from >= approved_on),
    CHECK ((state = 'withdrawn') = (withdrawn_on IS NOT NULL))
);
CREATE INDEX policy_versions_organisation ON policy_versions (organisation_id, id);
-- One open draft per register: a second would fork the policy.
CREATE UNIQUE INDEX policy_versions_one_draft ON policy_versions (organisation_id) WHERE state = 'draft';

-- Who approved or signed a version, in order: always the signed-in person, in the role they acted in.
CREATE TABLE policy_version_approvers (
    version_id  INTEGER NOT NULL REFERENCES policy_versions (id) ON DELETE RESTRICT,
    position    INTEGER NOT NULL,
    person_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    name        TEXT    NOT NULL,
    capacity    TEXT    NOT NULL,
    signed_on   TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    PRIMARY KEY (version_id, position)
);

CREATE TABLE policy_reviews (
    id                    INTEGER PRIMARY KEY,
    organisation_id       INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    pack_id               TEXT    NOT NULL,
    reviewed_version      TEXT    NOT NULL,
    completed_on          TEXT    NOT NULL,
    outcome               TEXT    NOT NULL CHECK (outcome IN ('no-change', 'new-version')),
    new_version_id        INTEGER NULL REFERENCES policy_versions (id) ON DELETE RESTRICT,
    new_version_label     TEXT    NULL,
    approved_by_person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    approved_by_name      TEXT    NOT NULL,
    approving_body        TEXT    NULL,
    recorded_at           TEXT    NOT NULL,
    CHECK ((outcome = 'new-version') = (new_version_id IS NOT NULL))
);
CREATE INDEX policy_reviews_organisation ON policy_reviews (organisation_id, completed_on);

-- The case closed as a significant incident that raised an early review (no foreign key: casework's
-- tables are its own, and a task outlives nothing it points at).
ALTER TABLE review_tasks ADD COLUMN case_id INTEGER NULL;

-- A declaration or acknowledgement of one version; clauses = the clause ids acknowledged,
-- space-separated, only ever read whole with the row.
CREATE TABLE policy_declarations (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    person_id       INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    pack_id         TEXT    NOT NULL,
    pack_version    TEXT    NOT NULL,
    version_id      INTEGER NULL REFERENCES policy_versions (id) ON DELETE RESTRICT,
    kind            TEXT    NOT NULL CHECK (kind IN ('read-and-sign', 'acknowledgement')),
    printed_name    TEXT    NULL,
    department      TEXT    NULL,
    signed_on       TEXT    NOT NULL,
    confirmed       INTEGER NOT NULL CHECK (confirmed = 1),
    scope           TEXT    NOT NULL CHECK (scope IN ('whole-policy', 'changed-clauses')),
    clauses         TEXT    NOT NULL DEFAULT '',
    recorded_at     TEXT    NOT NULL
);
CREATE INDEX policy_declarations_organisation ON policy_declarations (organisation_id, person_id);

CREATE TABLE training_sessions (
    id                    INTEGER PRIMARY KEY,
    organisation_id       INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    held_on               TEXT    NOT NULL,
    title                 TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    provider              TEXT    NOT NULL CHECK (length(trim(provider)) > 0),
    recorded_by_person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    recorded_at           TEXT    NOT NULL
);
CREATE INDEX training_sessions_organisation ON training_sessions (organisation_id, held_on);

CREATE TABLE training_attendance (
    session_id INTEGER NOT NULL REFERENCES training_sessions (id) ON DELETE RESTRICT,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    PRIMARY KEY (session_id, person_id)
);
CREATE INDEX training_attendance_person ON training_attendance (person_id);
