-- Confidentiality (ADR 0008). The complainant's identity is encrypted by the application (AES-256-GCM, "v1:<base64>"),
-- so its columns hold ciphertext of any length; identity numbers get a blind index (HMAC-SHA256) for finding duplicates
-- without decrypting. Rows written before this migration are encrypted at the next start (identity_encrypted).

alter table submission
    alter column complainant_name type text,
    alter column complainant_organisation type text,
    alter column identity_number type text,
    alter column address type text,
    alter column phone type text,
    alter column email type text,
    add column identity_number_hmac char(64),
    add column identity_encrypted boolean not null default false,
    add column anonymous boolean not null default false;

create index submission_identity_number_hmac on submission (institution_id, identity_number_hmac)
    where identity_number_hmac is not null;

-- The fingerprint of the key the identities are encrypted with: starting with another key is refused.
create table encryption_key (
    purpose     varchar(40) primary key,
    fingerprint char(64)    not null,
    recorded_at timestamptz not null
);
