-- Documents Suara issues (issue 9, ADR 0024): each one stored as issued, immutable, with its SHA-256 and an unguessable
-- code that opens its public verification page. A correction is a new version that names the one it replaces.
create table issued_document (
    id                uuid         primary key,
    institution_id    uuid         not null references institution (id),
    submission_id     uuid         references submission (id),
    type              varchar(40)  not null,
    number            varchar(120) not null,
    version           integer      not null default 1 check (version >= 1),
    replaces_id       uuid         references issued_document (id),
    issued_at         timestamptz  not null,
    issuer            varchar(200) not null,
    verification_code varchar(40)  not null unique,
    sha256            char(64)     not null,
    pdf               bytea        not null,
    unique (submission_id, type, version)
);
create index issued_document_submission on issued_document (submission_id, type, version desc);

-- Issued documents are never changed or removed: a correction is a new row.
create function issued_document_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'An issued document is never changed or removed; issue a new version instead'
        using errcode = 'check_violation';
end $$;
create trigger issued_document_immutable before update or delete on issued_document
    for each row execute function issued_document_is_immutable();
