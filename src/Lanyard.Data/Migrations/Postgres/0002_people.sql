-- Organisation settings the registers need: when a school year starts (default 1 September) and the
-- school's own email domains (official accounts must be linked to one).
ALTER TABLE organisations ADD COLUMN year_start_month integer NOT NULL DEFAULT 9 CHECK (year_start_month BETWEEN 1 AND 12);
ALTER TABLE organisations ADD COLUMN year_start_day integer NOT NULL DEFAULT 1 CHECK (year_start_day BETWEEN 1 AND 28);
ALTER TABLE organisations ADD COLUMN email_domains text NOT NULL DEFAULT '';

-- People: staff (with roles), pupils (MIS id, dates) and parents/carers, each belonging to one organisation.
CREATE TABLE people (
    id              bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id bigint  NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    kind            text    NOT NULL CHECK (kind IN ('staff', 'pupil', 'parent')),
    given_name      text    NOT NULL CHECK (length(trim(given_name)) > 0),
    preferred_name  text    NULL,
    family_name     text    NOT NULL CHECK (length(trim(family_name)) > 0),
    email           text    NULL,
    department      text    NULL,
    mis_id          text    NULL,
    date_of_birth   date    NULL,
    year_group      text    NULL,
    start_date      date    NULL,
    leaving_date    date    NULL,
    never_publish   boolean NOT NULL DEFAULT false,
    CHECK (kind <> 'pupil' OR mis_id IS NOT NULL),
    CHECK (leaving_date IS NULL OR start_date IS NULL OR leaving_date >= start_date)
);
CREATE UNIQUE INDEX people_mis_id ON people (organisation_id, mis_id) WHERE mis_id IS NOT NULL;
CREATE INDEX people_organisation ON people (organisation_id, kind);

CREATE TABLE staff_roles (
    person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    role      text   NOT NULL,
    PRIMARY KEY (person_id, role)
);

-- A parent or carer of a pupil.
CREATE TABLE parent_links (
    parent_id    bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    pupil_id     bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    relationship text   NOT NULL CHECK (length(trim(relationship)) > 0),
    PRIMARY KEY (parent_id, pupil_id),
    CHECK (parent_id <> pupil_id)
);

-- What ties a member of staff to a pupil or parent outside school (family exceptions, prior friendship).
CREATE TABLE staff_relationships (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    staff_id    bigint      NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    other_id    bigint      NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    kind        text        NOT NULL CHECK (kind IN ('parent-or-carer', 'other-family', 'prior-friendship')),
    began_on    date        NULL,
    note        text        NULL,
    recorded_at timestamptz NOT NULL,
    UNIQUE (staff_id, other_id, kind),
    CHECK (staff_id <> other_id)
);

-- Days a member of staff is away (for "if both are absent, the most senior member of staff present").
CREATE TABLE absences (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id bigint NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    first_day date   NOT NULL,
    last_day  date   NOT NULL,
    CHECK (last_day >= first_day)
);
CREATE INDEX absences_person ON absences (person_id, first_day);

-- Photo and name consent per pupil, school year and channel; a missing row means nothing recorded.
CREATE TABLE consents (
    pupil_id    bigint      NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    school_year integer     NOT NULL,
    channel     text        NOT NULL CHECK (channel IN ('official-social-media', 'website', 'press')),
    photo       text        NULL CHECK (photo IN ('given', 'refused')),
    name        text        NULL CHECK (name IN ('given', 'refused')),
    given_by    text        NULL,
    given_on    date        NULL,
    recorded_at timestamptz NOT NULL,
    PRIMARY KEY (pupil_id, school_year, channel)
);
