-- Letters from cases (issue 5): each school's own versions of its letter templates, and every letter
-- issued with its exact text. Both tables are append-only (triggers below): a template save is a
-- new version and the latest wins; an issued letter is the record of what was sent and never
-- changes. case_id has no foreign key here because the cases table arrives in its own migration;
-- the use case only issues letters on cases it has read.

CREATE TABLE letter_templates (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    organisation_id  bigint      NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    pack_id          text        NOT NULL CHECK (length(trim(pack_id)) > 0),
    kind             text        NOT NULL CHECK (kind IN ('removal-request', 'meeting-invitation', 'written-warning', 'platform-removal-request')),
    version          integer     NOT NULL CHECK (version > 0),
    body             text        NOT NULL CHECK (length(trim(body)) > 0),
    is_default       boolean     NOT NULL,
    saved_at         timestamptz NOT NULL,
    saved_by_user_id bigint      NOT NULL,
    UNIQUE (organisation_id, pack_id, kind, version)
);

CREATE TABLE letters (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id           bigint      NOT NULL,
    organisation_id   bigint      NOT NULL REFERENCES organisations (id) ON DELETE RESTRICT,
    kind              text        NOT NULL CHECK (kind IN ('removal-request', 'meeting-invitation', 'written-warning', 'platform-removal-request')),
    pack_id           text        NOT NULL CHECK (length(trim(pack_id)) > 0),
    template_version  integer     NOT NULL CHECK (template_version >= 0),
    text              text        NOT NULL CHECK (length(trim(text)) > 0),
    issued_at         timestamptz NOT NULL,
    issued_by_user_id bigint      NOT NULL,
    issued_by_name    text        NOT NULL CHECK (length(trim(issued_by_name)) > 0)
);
CREATE INDEX letters_case ON letters (case_id, issued_at);

CREATE FUNCTION letters_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: rows are never changed or deleted', TG_TABLE_NAME;
END
$$;

CREATE TRIGGER letter_templates_append_only BEFORE UPDATE OR DELETE ON letter_templates
    FOR EACH ROW EXECUTE FUNCTION letters_refuse_change();
CREATE TRIGGER letter_templates_no_truncate BEFORE TRUNCATE ON letter_templates
    FOR EACH STATEMENT EXECUTE FUNCTION letters_refuse_change();
CREATE TRIGGER letters_append_only BEFORE UPDATE OR DELETE ON letters
    FOR EACH ROW EXECUTE FUNCTION letters_refuse_change();
CREATE TRIGGER letters_no_truncate BEFORE TRUNCATE ON letters
    FOR EACH STATEMENT EXECUTE FUNCTION letters_refuse_change();
