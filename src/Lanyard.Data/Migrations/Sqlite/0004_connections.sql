-- Connection checks: every decision, the exceptions and advice that can change one, and the hold
-- requests a held decision opens. People are never deleted from under these rows (RESTRICT): the
-- log is the school's evidence of what staff were told, so removing a person must be a deliberate
-- act over their records, not a side effect.

-- An exception a DSL, deputy DSL or head teacher granted one member of staff for one person.
CREATE TABLE connection_exceptions (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    staff_id        INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    other_person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    granted_by_id   INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    granted_by_name TEXT    NOT NULL CHECK (length(trim(granted_by_name)) > 0),
    granted_as      TEXT    NOT NULL CHECK (granted_as IN ('headteacher', 'dsl', 'deputy-dsl')),
    granted_on      TEXT    NOT NULL,
    valid_until     TEXT    NOT NULL,
    reason          TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_at     TEXT    NOT NULL,
    CHECK (valid_until >= granted_on),
    CHECK (staff_id <> other_person_id AND granted_by_id <> staff_id)
);
CREATE INDEX connection_exceptions_pair ON connection_exceptions (staff_id, other_person_id);

-- Advice from the role a pack names (St Mary's 5.4(d)) or a conflict-of-interest assessment (Heathcoat staff.05).
CREATE TABLE connection_advice (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    kind            TEXT    NOT NULL CHECK (kind IN ('advice', 'conflict-of-interest-assessment')),
    staff_id        INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    other_person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    given_by_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    given_by_name   TEXT    NOT NULL CHECK (length(trim(given_by_name)) > 0),
    given_as        TEXT    NOT NULL,
    given_on        TEXT    NOT NULL,
    may_connect     INTEGER NOT NULL CHECK (may_connect IN (0, 1)),
    note            TEXT    NULL,
    recorded_at     TEXT    NOT NULL,
    CHECK (kind <> 'conflict-of-interest-assessment' OR note IS NOT NULL),
    CHECK (staff_id <> other_person_id AND given_by_id <> staff_id)
);
CREATE INDEX connection_advice_pair ON connection_advice (staff_id, other_person_id);

-- Every decision, allow included, as it was given. Reasons (verdicts, clause ids, explanations) and
-- notes are JSON text, not child tables: they are written once, never updated and always read whole
-- with their decision, and a reason's clause ids are themselves a list. Plain text on both engines
-- (not jsonb) so each gives back exactly what was written.
CREATE TABLE connection_decisions (
    id                  INTEGER PRIMARY KEY,
    organisation_id     INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    asked_by            TEXT    NOT NULL CHECK (length(trim(asked_by)) > 0),
    asked_at            TEXT    NOT NULL,
    asked_on            TEXT    NOT NULL,
    staff_id            INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    staff_name          TEXT    NOT NULL,
    other_person_id     INTEGER NULL REFERENCES people (id) ON DELETE RESTRICT,
    other_name          TEXT    NOT NULL,
    other_date_of_birth TEXT    NULL,
    subject_kind        TEXT    NOT NULL CHECK (subject_kind IN ('current-pupil', 'former-pupil', 'pupil-family-member', 'colleague', 'other-person')),
    action              TEXT    NOT NULL CHECK (action IN ('follow', 'accept-request', 'send-request', 'message', 'engage')),
    platform            TEXT    NOT NULL CHECK (length(trim(platform)) > 0),
    verdict             TEXT    NOT NULL CHECK (verdict IN ('allow', 'warn', 'hold', 'block')),
    question            TEXT    NOT NULL,
    reasons             TEXT    NOT NULL,
    notes               TEXT    NOT NULL,
    deciding_role       TEXT    NULL,
    pack_id             TEXT    NOT NULL,
    pack_version        TEXT    NOT NULL,
    exception_id        INTEGER NULL REFERENCES connection_exceptions (id) ON DELETE RESTRICT
);
CREATE INDEX connection_decisions_school ON connection_decisions (organisation_id, asked_at);
CREATE INDEX connection_decisions_staff ON connection_decisions (staff_id, asked_at);

-- The request a held decision opens for the role it names: open, then granted or refused, once.
CREATE TABLE connection_hold_requests (
    id                    INTEGER PRIMARY KEY,
    organisation_id       INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    decision_id           INTEGER NOT NULL REFERENCES connection_decisions (id) ON DELETE RESTRICT,
    staff_id              INTEGER NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    other_person_id       INTEGER NULL REFERENCES people (id) ON DELETE RESTRICT,
    addressed_to          TEXT    NOT NULL,
    opened_at             TEXT    NOT NULL,
    state                 TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'granted', 'refused')),
    decided_by_id         INTEGER NULL REFERENCES people (id) ON DELETE RESTRICT,
    decided_by_name       TEXT    NULL,
    decided_at            TEXT    NULL,
    note                  TEXT    NULL,
    exception_id          INTEGER NULL REFERENCES connection_exceptions (id) ON DELETE RESTRICT,
    advice_id             INTEGER NULL REFERENCES connection_advice (id) ON DELETE RESTRICT,
    resolving_decision_id INTEGER NULL REFERENCES connection_decisions (id) ON DELETE RESTRICT,
    CHECK ((state = 'open' AND decided_by_id IS NULL AND decided_at IS NULL)
        OR (state <> 'open' AND decided_by_id IS NOT NULL AND decided_by_name IS NOT NULL AND decided_at IS NOT NULL))
);
-- One open request per pair: whatever settles it is recorded for the pair.
CREATE UNIQUE INDEX connection_hold_requests_open_pair ON connection_hold_requests (staff_id, other_person_id) WHERE state = 'open';
CREATE INDEX connection_hold_requests_school ON connection_hold_requests (organisation_id, state, opened_at);
