-- Connection checks: every decision, the exceptions and advice that can change one, and the hold
-- requests a held decision opens. People are never deleted from under these rows (RESTRICT): the
-- log is the school's evidence of what staff were told, so removing a person must be a deliberate
-- act over their records, not a side effect.

-- An exception a DSL, deputy DSL or head teacher granted one member of staff for one person.
CREATE TABLE connection_exceptions (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id bigint      NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    staff_id        bigint      NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    other_person_id bigint      NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    granted_by_id   bigint      NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    granted_by_name text        NOT NULL CHECK (length(trim(granted_by_name)) > 0),
    granted_as      text        NOT NULL CHECK (granted_as IN ('headteacher', 'dsl', 'deputy-dsl')),
    granted_on      date        NOT NULL,
    valid_until     date        NOT NULL,
    reason          text        NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_at     timestamptz NOT NULL,
    CHECK (valid_until >= granted_on),
    CHECK (staff_id <> other_person_id AND granted_by_id <> staff_id)
);
CREATE INDEX connection_exceptions_pair ON connection_exceptions (staff_id, other_person_id);

-- Advice from the role a pack names (St Mary's 5.4(d)) or a conflict-of-interest assessment (Heathcoat staff.05).
CREATE TABLE connection_advice (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id bigint      NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    kind            text        NOT NULL CHECK (kind IN ('advice', 'conflict-of-interest-assessment')),
    staff_id        bigint      NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    other_person_id bigint      NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    given_by_id     bigint      NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    given_by_name   text        NOT NULL CHECK (length(trim(given_by_name)) > 0),
    given_as        text        NOT NULL,
    given_on        date        NOT NULL,
    may_connect     boolean     NOT NULL,
    note            text        NULL,
    recorded_at     timestamptz NOT NULL,
    CHECK (kind <> 'conflict-of-interest-assessment' OR note IS NOT NULL),
    CHECK (staff_id <> other_person_id AND given_by_id <> staff_id)
);
CREATE INDEX connection_advice_pair ON connection_advice (staff_id, other_person_id);

-- Every decision, allow included, as it was given. Reasons (verdicts, clause ids, explanations) and
-- notes are JSON text, not child tables: they are written once, never updated and always read whole
-- with their decision, and a reason's clause ids are themselves a list. Plain text on both engines
-- (not jsonb) so each gives back exactly what was written.
CREATE TABLE connection_decisions (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id     bigint      NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    asked_by            text        NOT NULL CHECK (length(trim(asked_by)) > 0),
    asked_at            timestamptz NOT NULL,
    asked_on            date        NOT NULL,
    staff_id            bigint      NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    staff_name          text        NOT NULL,
    other_person_id     bigint      NULL REFERENCES people (id) ON DELETE RESTRICT,
    other_name          text        NOT NULL,
    other_date_of_birth date        NULL,
    subject_kind        text        NOT NULL CHECK (subject_kind IN ('current-pupil', 'former-pupil', 'pupil-family-member', 'colleague', 'other-person')),
    action              text        NOT NULL CHECK (action IN ('follow', 'accept-request', 'send-request', 'message', 'engage')),
    platform            text        NOT NULL CHECK (length(trim(platform)) > 0),
    verdict             text        NOT NULL CHECK (verdict IN ('allow', 'warn', 'hold', 'block')),
    question            text        NOT NULL,
    reasons             text        NOT NULL,
    notes               text        NOT NULL,
    deciding_role       text        NULL,
    pack_id             text        NOT NULL,
    pack_version        text        NOT NULL,
    exception_id        bigint      NULL REFERENCES connection_exceptions (id) ON DELETE RESTRICT
);
CREATE INDEX connection_decisions_school ON connection_decisions (organisation_id, asked_at);
CREATE INDEX connection_decisions_staff ON connection_decisions (staff_id, asked_at);

-- The request a held decision opens for the role it names: open, then granted or refused, once.
CREATE TABLE connection_hold_requests (
    id                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id       bigint      NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    decision_id           bigint      NOT NULL REFERENCES connection_decisions (id) ON DELETE RESTRICT,
    staff_id              bigint      NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    other_person_id       bigint      NULL REFERENCES people (id) ON DELETE RESTRICT,
    addressed_to          text        NOT NULL,
    opened_at             timestamptz NOT NULL,
    state                 text        NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'granted', 'refused')),
    decided_by_id         bigint      NULL REFERENCES people (id) ON DELETE RESTRICT,
    decided_by_name       text        NULL,
    decided_at            timestamptz NULL,
    note                  text        NULL,
    exception_id          bigint      NULL REFERENCES connection_exceptions (id) ON DELETE RESTRICT,
    advice_id             bigint      NULL REFERENCES connection_advice (id) ON DELETE RESTRICT,
    resolving_decision_id bigint      NULL REFERENCES connection_decisions (id) ON DELETE RESTRICT,
    CHECK ((state = 'open' AND decided_by_id IS NULL AND decided_at IS NULL)
        OR (state <> 'open' AND decided_by_id IS NOT NULL AND decided_by_name IS NOT NULL AND decided_at IS NOT NULL))
);
-- One open request per pair: whatever settles it is recorded for the pair.
CREATE UNIQUE INDEX connection_hold_requests_open_pair ON connection_hold_requests (staff_id, other_person_id) WHERE state = 'open';
CREATE INDEX connection_hold_requests_school ON connection_hold_requests (organisation_id, state, opened_at);
