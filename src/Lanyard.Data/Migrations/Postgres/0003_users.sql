-- Sign-ins: one per member of staff at most. The password is stored only as ASP.NET Core Identity's
-- salted hash. Removing the person removes their sign-in, so a leaver deleted from the register can
-- no longer get in. Login emails are unique whatever their case (stored lower case as well).
CREATE TABLE users (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id       bigint      NOT NULL UNIQUE REFERENCES people (id) ON DELETE CASCADE,
    email           text        NOT NULL CHECK (length(trim(email)) > 0),
    password_hash   text        NOT NULL CHECK (length(password_hash) > 0),
    failed_sign_ins integer     NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0),
    locked_until    timestamptz NULL,
    created_at      timestamptz NOT NULL,
    last_sign_in_at timestamptz NULL
);
CREATE UNIQUE INDEX users_email ON users (lower(email));
