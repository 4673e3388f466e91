-- Official accounts (issue 4): the facts the packs' account rules read, and how they were judged when
-- last saved. A rejected account is never stored, so the decision is accepted, flagged or held, and no
-- stored problem blocks. Dates are ISO text (yyyy-MM-dd), instants UTC ISO text, as elsewhere.
CREATE TABLE official_accounts (
    id                     INTEGER PRIMARY KEY,
    organisation_id        INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    platform               TEXT    NOT NULL CHECK (length(trim(platform)) > 0),
    platform_kind          TEXT    NULL CHECK (platform_kind IN ('professional-network')),
    handle                 TEXT    NULL,
    url                    TEXT    NULL,
    display_name           TEXT    NULL,
    purpose                TEXT    NOT NULL CHECK (purpose IN ('communications', 'curriculum', 'closed-space')),
    linked_email           TEXT    NULL,
    approver_person_id     INTEGER NULL REFERENCES people (id) ON DELETE RESTRICT,
    approver_name          TEXT    NULL,
    approver_email         TEXT    NULL,
    approver_role          TEXT    NULL,
    approved_on            TEXT    NULL,
    leadership_notified_on TEXT    NULL,
    pupils_use_it          INTEGER NOT NULL CHECK (pupils_use_it IN (0, 1)),
    -- Year groups with access, space-separated, 0 = Reception: only ever read whole, with the account.
    pupil_year_groups      TEXT    NOT NULL DEFAULT '',
    youngest_pupil_age     INTEGER NULL,
    pupil_access_since     TEXT    NULL,
    platform_minimum_age   INTEGER NULL CHECK (platform_minimum_age BETWEEN 0 AND 21),
    parents_informed_on    TEXT    NULL,
    policy_link_url        TEXT    NULL,
    policy_link_confirmed  INTEGER NOT NULL CHECK (policy_link_confirmed IN (0, 1)),
    safety_measures        TEXT    NULL,
    next_attestation_on    TEXT    NULL,
    personal_account_link  TEXT    NOT NULL CHECK (personal_account_link IN ('separate', 'linked-to-personal-account', 'is-personal-account')),
    decision               TEXT    NOT NULL CHECK (decision IN ('accepted', 'flagged', 'held')),
    verdict                TEXT    NOT NULL CHECK (verdict IN ('allow', 'warn', 'flag', 'hold')),
    pack_id                TEXT    NOT NULL,
    pack_version           TEXT    NOT NULL,
    policy_silent          INTEGER NOT NULL CHECK (policy_silent IN (0, 1)),
    -- Rules that did not apply and why: a JSON array of sentences, shown with the account, never queried.
    validation_notes       TEXT    NOT NULL DEFAULT '[]',
    validated_on           TEXT    NOT NULL,
    recorded_at            TEXT    NOT NULL,
    updated_at             TEXT    NOT NULL,
    CHECK (handle IS NOT NULL OR url IS NOT NULL),
    CHECK (pupils_use_it = 1 OR (pupil_year_groups = '' AND youngest_pupil_age IS NULL AND pupil_access_since IS NULL)),
    -- An approval is who, in which role, on what day: all of it or none of it.
    CHECK ((approver_role IS NULL AND approved_on IS NULL AND approver_person_id IS NULL AND approver_name IS NULL AND approver_email IS NULL)
        OR (approver_role IS NOT NULL AND approved_on IS NOT NULL AND (approver_person_id IS NOT NULL OR approver_name IS NOT NULL)))
);
-- One entry per account: the same handle (or address) on the same platform twice is a mistake.
CREATE UNIQUE INDEX official_accounts_address ON official_accounts (organisation_id, lower(platform), lower(coalesce(handle, url)));
CREATE INDEX official_accounts_attestation ON official_accounts (next_attestation_on) WHERE next_attestation_on IS NOT NULL;

-- Who holds admin or posting rights: someone in the people register, or a name (an outside agency).
CREATE TABLE account_admins (
    account_id INTEGER NOT NULL REFERENCES official_accounts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    person_id  INTEGER NULL REFERENCES people (id) ON DELETE RESTRICT,
    name       TEXT    NULL,
    email      TEXT    NULL,
    PRIMARY KEY (account_id, position),
    CHECK (person_id IS NOT NULL OR name IS NOT NULL)
);
CREATE UNIQUE INDEX account_admins_person ON account_admins (account_id, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX account_admins_people ON account_admins (person_id) WHERE person_id IS NOT NULL;

-- Every rule an account did not meet when last judged, in the pack's order, with the clause it cites.
CREATE TABLE account_validation_problems (
    account_id INTEGER NOT NULL REFERENCES official_accounts (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    rule       TEXT    NOT NULL,
    clause_id  TEXT    NOT NULL,
    verdict    TEXT    NOT NULL CHECK (verdict IN ('warn', 'flag', 'hold')),
    field      TEXT    NOT NULL,
    message    TEXT    NOT NULL,
    PRIMARY KEY (account_id, position)
);
CREATE INDEX account_validation_problems_clause ON account_validation_problems (clause_id);

-- Each time someone confirmed an entry is still true, and the next date they set.
CREATE TABLE account_attestations (
    id                    INTEGER PRIMARY KEY,
    account_id            INTEGER NOT NULL REFERENCES official_accounts (id) ON DELETE CASCADE,
    attested_by_person_id INTEGER NULL REFERENCES people (id) ON DELETE RESTRICT,
    attested_by_name      TEXT    NULL,
    attested_on           TEXT    NOT NULL,
    next_attestation_on   TEXT    NOT NULL,
    note                  TEXT    NULL,
    recorded_at           TEXT    NOT NULL,
    CHECK (attested_by_person_id IS NOT NULL OR attested_by_name IS NOT NULL),
    CHECK (next_attestation_on > attested_on)
);
CREATE INDEX account_attestations_account ON account_attestations (account_id, attested_on);

-- Policy reviews to carry out. General on purpose: the first official account raises an early review
-- today; the governance work (issue 6) adds scheduled reviews and other triggers to the same table,
-- which is why kind and trigger_event are not limited by a CHECK (SQLite cannot alter one in place).
CREATE TABLE review_tasks (
    id                  INTEGER PRIMARY KEY,
    organisation_id     INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    pack_id             TEXT    NOT NULL,
    pack_version        TEXT    NOT NULL,
    kind                TEXT    NOT NULL CHECK (length(kind) > 0),
    trigger_event       TEXT    NULL,
    clause_id           TEXT    NULL,
    title               TEXT    NOT NULL CHECK (length(trim(title)) > 0),
    description         TEXT    NOT NULL,
    assignee_role       TEXT    NULL,
    reviewer            TEXT    NULL,
    raised_on           TEXT    NOT NULL,
    due_on              TEXT    NULL,
    state               TEXT    NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    closed_on           TEXT    NULL,
    closed_by_person_id INTEGER NULL REFERENCES people (id) ON DELETE RESTRICT,
    closed_by_name      TEXT    NULL,
    outcome             TEXT    NULL,
    account_id          INTEGER NULL REFERENCES official_accounts (id) ON DELETE SET NULL,
    recorded_at         TEXT    NOT NULL,
    CHECK ((state = 'open' AND closed_on IS NULL AND closed_by_person_id IS NULL AND closed_by_name IS NULL AND outcome IS NULL)
        OR (state = 'closed' AND closed_on IS NOT NULL))
);
CREATE INDEX review_tasks_organisation ON review_tasks (organisation_id, state);
