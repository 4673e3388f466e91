-- Organisation settings the registers need: when a school year starts (default 1 September) and the
-- school's own email domains (official accounts must be linked to one).
ALTER TABLE organisations ADD COLUMN year_start_month INTEGER NOT NULL DEFAULT 9 CHECK (year_start_month BETWEEN 1 AND 12);
ALTER TABLE organisations ADD COLUMN year_start_day INTEGER NOT NULL DEFAULT 1 CHECK (year_start_day BETWEEN 1 AND 28);
ALTER TABLE organisations ADD COLUMN email_domains TEXT NOT NULL DEFAULT '';

-- People: staff (with roles), pupils (MIS id, dates) and parents/carers, each belonging to one organisation.
CREATE TABLE people (
    id              INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    kind            TEXT    NOT NULL CHECK (kind IN ('staff', 'pupil', 'parent')),
    given_name      TEXT    NOT NULL CHECK (length(trim(given_name)) > 0),
    preferred_name  TEXT    NULL,
    family_name     TEXT    NOT NULL CHECK (length(trim(family_name)) > 0),
    email           TEXT    NULL,
    department      TEXT    NULL,
    mis_id          TEXT    NULL,
    date_of_birth   TEXT    NULL,
    year_group      TEXT    NULL,
    start_date      TEXT    NULL,
    leaving_date    TEXT    NULL,
    never_publish   INTEGER NOT NULL DEFAULT 0 CHECK (never_publish IN (0, 1)),
    CHECK (kind <> 'pupil' OR mis_id IS NOT NULL),
    CHECK (leaving_date IS NULL OR start_date IS NULL OR leaving_date >= start_date)
);
CREATE UNIQUE INDEX people_mis_id ON people (organisation_id, mis_id) WHERE mis_id IS NOT NULL;
CREATE INDEX people_organisation ON people (organisation_id, kind);

CREATE TABLE staff_roles (
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role      TEXT    NOT NULL,
    PRIMARY KEY (person_id, role)
);

-- A parent or carer of a pupil.
CREATE TABLE parent_links (
    parent_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    pupil_id     INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    relationship TEXT    NOT NULL CHECK (length(trim(relationship)) > 0),
    PRIMARY KEY (parent_id, pupil_id),
    CHECK (parent_id <> pupil_id)
);

-- What ties a member of staff to a pupil or parent outside school (family exceptions, prior friendship).
CREATE TABLE staff_relationships (
    id          INTEGER PRIMARY KEY,
    staff_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    other_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL CHECK (kind IN ('parent-or-carer', 'other-family', 'prior-friendship')),
    began_on    TEXT    NULL,
    note        TEXT    NULL,
    recorded_at TEXT    NOT NULL,
    UNIQUE (staff_id, other_id, kind),
    CHECK (staff_id <> other_id)
);

-- Days a member of staff is away (for "if both are absent, the most senior member of staff present").
CREATE TABLE absences (
    id        INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    first_day TEXT    NOT NULL,
    last_day  TEXT    NOT NULL,
    CHECK (last_day >= first_day)
);
CREATE INDEX absences_person ON absences (person_id, first_day);

-- Photo and name consent per pupil, school year and channel; a missing row means nothing recorded.
CREATE TABLE consents (
    pupil_id    INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    school_year INTEGER NOT NULL,
    channel     TEXT    NOT NULL CHECK (channel IN ('official-social-media', 'website', 'press')),
    photo       TEXT    NULL CHECK (photo IN ('given', 'refused')),
    name        TEXT    NULL CHECK (name IN ('given', 'refused')),
    given_by    TEXT    NULL,
    given_on    TEXT    NULL,
    recorded_at TEXT    NOT NULL,
    PRIMARY KEY (pupil_id, school_year, channel)
);
