-- A submission request that must not register twice (ADR 0018): the API's Idempotency-Key and the portal form's one-time
-- token. The row is inserted in the transaction that registers the submission, so a second request with the same key
-- waits for the first and then finds its result, on any application node. Only hashes of the key are stored, and the
-- first answer (which holds the secret access code) is encrypted with a key derived from the request's own key, which
-- only the client knows.

create table submission_request (
    key_hash     bytea       primary key,  -- SHA-256 of the scope and the client's key
    scope        text        not null check (scope in ('API', 'FORM')),
    fingerprint  bytea       not null,     -- SHA-256 of the request's content: a repeat with another body is refused
    submission_id uuid       references submission (id),
    answer       bytea,                    -- AES-GCM sealed first answer; set before the transaction commits
    created_at   timestamptz not null,
    expires_at   timestamptz not null
);

create index submission_request_expiry on submission_request (expires_at);

-- Files of a refused portal form that passed their checks, kept for the corrected retry under the form's one-time token
-- (ADR 0018), so a citizen never loses an attachment silently. Removed when the submission is registered, or unclaimed
-- after a day.
create table kept_upload (
    id            uuid        primary key,
    form_key_hash bytea       not null,   -- SHA-256 of the form's one-time token
    file_name     text        not null,   -- sanitised as attachments are
    declared_type text,
    size_bytes    bigint      not null,
    storage_key   text        not null,
    kept_at       timestamptz not null
);

create index kept_upload_form on kept_upload (form_key_hash);
create index kept_upload_age on kept_upload (kept_at);
