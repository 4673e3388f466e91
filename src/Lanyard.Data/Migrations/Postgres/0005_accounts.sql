-- Official accounts (issue 4): the facts the packs' account rules read, and how they were judged when
-- last saved. A rejected account is never stored, so the decision is accepted, flagged or held, and no
-- stored problem blocks.
CREATE TABLE official_accounts (
    id                     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id        bigint      NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    platform               text        NOT NULL CHECK (length(trim(platform)) > 0),
    platform_kind          text        NULL CHECK (platform_kind IN ('professional-network')),
    handle                 text        NULL,
    url                    text        NULL,
    display_name           text        NULL,
    purpose                text        NOT NULL CHECK (purpose IN ('communications', 'curriculum', 'closed-space')),
    linked_email           text        NULL,
    approver_person_id     bigint      NULL REFERENCES people (id) ON DELETE RESTRICT,
    approver_name          text        NULL,
    approver_email         text        NULL,
    approver_role          text        NULL,
    approved_on            date        NULL,
    leadership_notified_on date        NULL,
    pupils_use_it          boolean     NOT NULL,
    -- Year groups with access, space-separated, 0 = Reception: only ever read whole, with the account.
    pupil_year_groups      text        NOT NULL DEFAULT '',
    youngest_pupil_age     integer     NULL,
    pupil_access_since     date        NULL,
    platform_minimum_age   integer     NULL CHECK (platform_minimum_age BETWEEN 0 AND 21),
    parents_informed_on    date        NULL,
    policy_link_url        text        NULL,
    policy_link_confirmed  boolean     NOT NULL,
    safety_measures        text        NULL,
    next_attestation_on    date        NULL,
    personal_account_link  text        NOT NULL CHECK (personal_account_link IN ('separate', 'linked-to-personal-account', 'is-personal-account')),
    decision               text        NOT NULL CHECK (decision IN ('accepted', 'flagged', 'held')),
    verdict                text        NOT NULL CHECK (verdict IN ('allow', 'warn', 'flag', 'hold')),
    pack_id                text        NOT NULL,
    pack_version           text        NOT NULL,
    policy_silent          boolean     NOT NULL,
    -- Rules that did not apply and why: a JSON array of sentences, shown with the account, never queried
    -- (text, not jsonb, so both providers read and write it the same way).
    validation_notes       text        NOT NULL DEFAULT '[]',
    validated_on           date        NOT NULL,
    recorded_at            timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    CHECK (handle IS NOT NULL OR url IS NOT NULL),
    CHECK (pupils_use_it OR (pupil_year_groups = '' AND youngest_pupil_age IS NULL AND pupil_access_since IS NULL)),
    -- An approval is who, in which role, on what day: all of it or none of it.
    CHECK ((approver_role IS NULL AND approved_on IS NULL AND approver_person_id IS NULL AND approver_name IS NULL AND approver_email IS NULL)
        OR (approver_role IS NOT NULL AND approved_on IS NOT NULL AND (approver_person_id IS NOT NULL OR approver_name IS NOT NULL)))
);
-- One entry per account: the same handle (or address) on the same platform twice is a mistake.
CREATE UNIQUE INDEX official_accounts_address ON official_accounts (organisation_id, lower(platform), lower(coalesce(handle, url)));
CREATE INDEX official_accounts_attestation ON official_accounts (next_attestation_on) WHERE next_attestation_on IS NOT NULL;

-- Who holds admin or posting rights: someone in the people register, or a name (an outside agency).
CREATE TABLE account_admins (
    account_id bigint  NOT NULL REFERENCES official_accounts (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    person_id  bigint  NULL REFERENCES people (id) ON DELETE RESTRICT,
    name       text    NULL,
    email      text    NULL,
    PRIMARY KEY (account_id, position),
    CHECK (person_id IS NOT NULL OR name IS NOT NULL)
);
CREATE UNIQUE INDEX account_admins_person ON account_admins (account_id, person_id) WHERE person_id IS NOT NULL;
CREATE INDEX account_admins_people ON account_admins (person_id) WHERE person_id IS NOT NULL;

-- Every rule an account did not meet when last judged, in the pack's order, with the clause it cites.
CREATE TABLE account_validation_problems (
    account_id bigint  NOT NULL REFERENCES official_accounts (id) ON DELETE CASCADE,
    position   integer NOT NULL,
    rule       text    NOT NULL,
    clause_id  text    NOT NULL,
    verdict    text    NOT NULL CHECK (verdict IN ('warn', 'flag', 'hold')),
    field      text    NOT NULL,
    message    text    NOT NULL,
    PRIMARY KEY (account_id, position)
);
CREATE INDEX account_validation_problems_clause ON account_validation_problems (clause_id);

-- Each time someone confirmed an entry is still true, and the next date they set.
CREATE TABLE account_attestations (
    id                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id            bigint      NOT NULL REFERENCES official_accounts (id) ON DELETE CASCADE,
    attested_by_person_id bigint      NULL REFERENCES people (id) ON DELETE RESTRICT,
    attested_by_name      text        NULL,
    attested_on           date        NOT NULL,
    next_attestation_on   date        NOT NULL,
    note                  text        NULL,
    recorded_at           timestamptz NOT NULL,
    CHECK (attested_by_person_id IS NOT NULL OR attested_by_name IS NOT NULL),
    CHECK (next_attestation_on > attested_on)
);
CREATE INDEX account_attestations_account ON account_attestations (account_id, attested_on);

-- Policy reviews to carry out. General on purpose: the first official account raises an early review
-- today; the governance work (issue 6) adds scheduled reviews and other triggers to the same table,
-- which is why kind and trigger_event are not limited by a CHECK (kept in step with SQLite, which
-- cannot alter one in place).
CREATE TABLE review_tasks (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id     bigint      NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    pack_id             text        NOT NULL,
    pack_version        text        NOT NULL,
    kind                text        NOT NULL CHECK (length(kind) > 0),
    trigger_event       text        NULL,
    clause_id           text        NULL,
    title               text        NOT NULL CHECK (length(trim(title)) > 0),
    description         text        NOT NULL,
    assignee_role       text        NULL,
    reviewer            text        NULL,
    raised_on           date        NOT NULL,
    due_on              date        NULL,
    state               text        NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
    closed_on           date        NULL,
    closed_by_person_id bigint      NULL REFERENCES people (id) ON DELETE RESTRICT,
    closed_by_name      text        NULL,
    outcome             text        NULL,
    account_id          bigint      NULL REFERENCES official_accounts (id) ON DELETE SET NULL,
    recorded_at         timestamptz NOT NULL,
    CHECK ((state = 'open' AND closed_on IS NULL AND closed_by_person_id IS NULL AND closed_by_name IS NULL AND outcome IS NULL)
        OR (state = 'closed' AND closed_on IS NOT NULL))
);
CREATE INDEX review_tasks_organisation ON review_tasks (organisation_id, state);
