-- Governance (issue 6): the policy register (every version of the pack attached to an organisation,
-- its YAML kept whole so old versions stay readable), approvals and signatures, completed reviews,
-- staff declarations and training. Dates are ISO text (yyyy-MM-dd), instants UTC ISO text, as elsewhere.
-- state holds draft, approved or withdrawn: "in force" and "superseded" follow from the effective
-- dates on the day asked and are never stored.
CREATE TABLE policy_versions (
    id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id      bigint NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    pack_id              text    NOT NULL,
    version              text    NOT NULL CHECK (length(trim(version)) > 0),
    yaml                 text    NOT NULL,
    state                text    NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'approved', 'withdrawn')),
    drafted_from_id      bigint NULL REFERENCES policy_versions (id) ON DELETE RESTRICT,
    drafted_from_version text    NOT NULL,
    drafted_on           date    NOT NULL,
    drafted_by_person_id bigint NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    approving_body       text    NULL,
    approved_on          date    NULL,
    effective_from       date    NULL,
    withdrawn_on         date    NULL,
    recorded_at          timestamptz    NOT NULL,
    CHECK ((state = 'approved') = (approved_on IS NOT NULL AND effective_from IS NOT NULL)),
    CHECK (effective_from IS NULL OR effective_from >= approved_on),
    CHECK ((state = 'withdrawn') = (withdrawn_on IS NOT NULL))
);
CREATE INDEX policy_versions_organisation ON policy_versions (organisation_id, id);
-- One open draft per register: a second would fork the policy.
CREATE UNIQUE INDEX policy_versions_one_draft ON policy_versions (organisation_id) WHERE state = 'draft';

-- Who approved or signed a version, in order: always the signed-in person, in the role they acted in.
CREATE TABLE policy_version_approvers (
    version_id  bigint NOT NULL REFERENCES policy_versions (id) ON DELETE RESTRICT,
    position    integer NOT NULL,
    person_id   bigint NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    name        text    NOT NULL,
    capacity    text    NOT NULL,
    signed_on   date    NOT NULL,
    recorded_at timestamptz    NOT NULL,
    PRIMARY KEY (version_id, position)
);

CREATE TABLE policy_reviews (
    id                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id       bigint NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    pack_id               text    NOT NULL,
    reviewed_version      text    NOT NULL,
    completed_on          date    NOT NULL,
    outcome               text    NOT NULL CHECK (outcome IN ('no-change', 'new-version')),
    new_version_id        bigint NULL REFERENCES policy_versions (id) ON DELETE RESTRICT,
    new_version_label     text    NULL,
    approved_by_person_id bigint NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    approved_by_name      text    NOT NULL,
    approving_body        text    NULL,
    recorded_at           timestamptz    NOT NULL,
    CHECK ((outcome = 'new-version') = (new_version_id IS NOT NULL))
);
CREATE INDEX policy_reviews_organisation ON policy_reviews (organisation_id, completed_on);

-- The case closed as a significant incident that raised an early review (no foreign key: casework's
-- tables are its own, and a task outlives nothing it points at).
ALTER TABLE review_tasks ADD COLUMN case_id bigint NULL;

-- A declaration or acknowledgement of one version; clauses = the clause ids acknowledged,
-- space-separated, only ever read whole with the row.
CREATE TABLE policy_declarations (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id bigint NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    person_id       bigint NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    pack_id         text    NOT NULL,
    pack_version    text    NOT NULL,
    version_id      bigint NULL REFERENCES policy_versions (id) ON DELETE RESTRICT,
    kind            text    NOT NULL CHECK (kind IN ('read-and-sign', 'acknowledgement')),
    printed_name    text    NULL,
    department      text    NULL,
    signed_on       date    NOT NULL,
    confirmed       boolean NOT NULL CHECK (confirmed),
    scope           text    NOT NULL CHECK (scope IN ('whole-policy', 'changed-clauses')),
    clauses         text    NOT NULL DEFAULT '',
    recorded_at     timestamptz    NOT NULL
);
CREATE INDEX policy_declarations_organisation ON policy_declarations (organisation_id, person_id);

CREATE TABLE training_sessions (
    id                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id       bigint NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    held_on               date    NOT NULL,
    title                 text    NOT NULL CHECK (length(trim(title)) > 0),
    provider              text    NOT NULL CHECK (length(trim(provider)) > 0),
    recorded_by_person_id bigint NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    recorded_at           timestamptz    NOT NULL
);
CREATE INDEX training_sessions_organisation ON training_sessions (organisation_id, held_on);

CREATE TABLE training_attendance (
    session_id bigint NOT NULL REFERENCES training_sessions (id) ON DELETE RESTRICT,
    person_id  bigint NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    PRIMARY KEY (session_id, person_id)
);
CREATE INDEX training_attendance_person ON training_attendance (person_id);
