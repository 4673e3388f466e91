-- Casework (issue 5): cases as reported, the people involved, everything that happened to them,
-- their evidence, the notifications they raised, and the hash-chained audit log. Cases, parties,
-- entries, evidence and the audit log are append-only, and the database itself refuses an UPDATE,
-- DELETE or TRUNCATE on them (triggers below), so a bug or a hand-written statement cannot rewrite
-- the record: a correction is a new entry. Only notifications change (sent, read, delivery attempts).
-- User ids carry no foreign key: a sign-in goes when its person is removed, and the record of what
-- that account did must stay. People are never deleted from under a case (RESTRICT).
-- Steps, stages, types and kinds are kebab-case text checked only for shape, as in SQLite (which
-- cannot alter a CHECK in place): the vocabulary grows with the packs.

CREATE TABLE cases (
    id                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id       bigint      NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    type                  text        NOT NULL CHECK (length(type) > 0),
    summary               text        NOT NULL CHECK (length(trim(summary)) > 0),
    location              text        NULL,
    happened_at           timestamptz NULL,
    reported_at           timestamptz NOT NULL,
    reported_by_user_id   bigint      NOT NULL,
    reported_by_person_id bigint      NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    pack_id               text        NOT NULL,
    pack_version          text        NOT NULL,
    urgency               text        NULL,
    source_kind           text        NULL,
    source_reference      text        NULL,
    CHECK (source_kind IS NOT NULL OR source_reference IS NULL)
);
CREATE INDEX cases_organisation ON cases (organisation_id, reported_at);
CREATE INDEX cases_reporter ON cases (reported_by_person_id);

-- Someone in the register by id only (their status is read from the register, never copied), or
-- someone outside it by description.
CREATE TABLE case_parties (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     bigint NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    person_id   bigint NULL REFERENCES people (id) ON DELETE RESTRICT,
    description text   NULL,
    kind        text   NOT NULL CHECK (length(kind) > 0),
    role        text   NOT NULL CHECK (length(role) > 0),
    CHECK (person_id IS NOT NULL OR (description IS NOT NULL AND length(trim(description)) > 0))
);
CREATE INDEX case_parties_case ON case_parties (case_id);
CREATE INDEX case_parties_person ON case_parties (person_id) WHERE person_id IS NOT NULL;

-- Details (a JSON object of text values) and clause ids (a JSON array) are written once and read
-- whole with their entry; text, not jsonb, so both providers give back exactly what was written.
-- A correction points at an earlier entry of the same case.
CREATE TABLE case_entries (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    bigint      NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    step       text        NOT NULL CHECK (length(step) > 0),
    from_stage text        NOT NULL CHECK (length(from_stage) > 0),
    to_stage   text        NOT NULL CHECK (length(to_stage) > 0),
    at         timestamptz NOT NULL,
    by_user_id bigint      NOT NULL,
    by_name    text        NOT NULL CHECK (length(trim(by_name)) > 0),
    acting_as  text        NULL,
    note       text        NULL,
    details    text        NOT NULL DEFAULT '{}',
    clauses    text        NOT NULL DEFAULT '[]',
    corrects   bigint      NULL,
    UNIQUE (case_id, id),
    FOREIGN KEY (case_id, corrects) REFERENCES case_entries (case_id, id) ON DELETE RESTRICT
);
CREATE INDEX case_entries_case ON case_entries (case_id, id);

-- A stored file is named by its SHA-256; an indecent image of a child never is: only where the
-- physical item is locked and who holds the key.
CREATE TABLE evidence_items (
    id                      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id                 bigint      NOT NULL REFERENCES cases (id) ON DELETE RESTRICT,
    kind                    text        NOT NULL CHECK (length(kind) > 0),
    url                     text        NULL,
    captured_at             timestamptz NULL,
    captured_by             text        NOT NULL CHECK (length(trim(captured_by)) > 0),
    how_captured            text        NULL,
    description             text        NOT NULL CHECK (length(trim(description)) > 0),
    sha256                  text        NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes              bigint      NULL CHECK (size_bytes >= 0),
    file_name               text        NULL,
    content_type            text        NULL,
    indecent_image_of_child boolean     NOT NULL,
    storage_location        text        NULL,
    key_holder              text        NULL,
    recorded_at             timestamptz NOT NULL,
    recorded_by_user_id     bigint      NOT NULL,
    CHECK ((sha256 IS NULL) = (size_bytes IS NULL)),
    CHECK (NOT indecent_image_of_child OR (sha256 IS NULL AND size_bytes IS NULL AND file_name IS NULL AND content_type IS NULL
        AND storage_location IS NOT NULL AND key_holder IS NOT NULL
        AND length(trim(storage_location)) > 0 AND length(trim(key_holder)) > 0))
);
CREATE INDEX evidence_items_case ON evidence_items (case_id, id);
CREATE INDEX evidence_items_sha256 ON evidence_items (sha256) WHERE sha256 IS NOT NULL;

-- Queued in the same transaction as the change that causes them; the dispatcher marks them sent.
CREATE TABLE notifications (
    id                  bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id     bigint      NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    recipient_person_id bigint      NOT NULL REFERENCES people (id) ON DELETE RESTRICT,
    subject             text        NOT NULL CHECK (length(trim(subject)) > 0),
    body                text        NOT NULL,
    link                text        NULL,
    created_at          timestamptz NOT NULL,
    sent_at             timestamptz NULL,
    read_at             timestamptz NULL,
    attempts            integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    last_error          text        NULL
);
CREATE INDEX notifications_recipient ON notifications (recipient_person_id, created_at);
CREATE INDEX notifications_pending ON notifications (created_at, id) WHERE sent_at IS NULL AND read_at IS NULL;

-- The sequence is assigned by the appender (last + 1, under an advisory lock), not generated, so a
-- gap means a deleted row. No foreign keys: the log outlives what it names.
CREATE TABLE audit_log (
    sequence        bigint      PRIMARY KEY CHECK (sequence >= 1),
    at              timestamptz NOT NULL,
    actor_user_id   bigint      NULL,
    actor           text        NOT NULL CHECK (length(actor) > 0),
    action          text        NOT NULL CHECK (action IN ('create', 'change', 'view', 'download')),
    subject_kind    text        NOT NULL CHECK (length(subject_kind) > 0),
    subject_id      bigint      NOT NULL,
    organisation_id bigint      NULL,
    detail          text        NULL,
    previous_hash   text        NOT NULL CHECK (length(previous_hash) = 64),
    hash            text        NOT NULL UNIQUE CHECK (length(hash) = 64)
);
CREATE INDEX audit_log_subject ON audit_log (subject_kind, subject_id, sequence);

CREATE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;

CREATE TRIGGER cases_append_only BEFORE UPDATE OR DELETE ON cases FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER cases_no_truncate BEFORE TRUNCATE ON cases FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER case_parties_append_only BEFORE UPDATE OR DELETE ON case_parties FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER case_parties_no_truncate BEFORE TRUNCATE ON case_parties FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER case_entries_append_only BEFORE UPDATE OR DELETE ON case_entries FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER case_entries_no_truncate BEFORE TRUNCATE ON case_entries FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER evidence_items_append_only BEFORE UPDATE OR DELETE ON evidence_items FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER evidence_items_no_truncate BEFORE TRUNCATE ON evidence_items FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION refuse_append_only_change();
