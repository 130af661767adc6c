-- Recaps issued for a closed period (issue 12, ADR 0041): the PDF is an issued document (immutable, checksum,
-- verification code); this table says which recap it is, so the same kind, period and unit is issued once.
create table recap_issue (
    document_id    uuid         primary key references issued_document (id),
    institution_id uuid         not null references institution (id),
    kind           varchar(20)  not null check (kind in ('REKAPITULASI', 'MONEV', 'INVENTARIS')),
    period_key     varchar(40)  not null,
    -- the nil UUID for the whole institution, so that the key below is unique without nulls
    unit_id        uuid         not null,
    number         varchar(120) not null,
    issued_at      timestamptz  not null,
    issued_by      uuid         not null references staff_account (id),
    issued_by_name varchar(200) not null,
    sha256         char(64)     not null,
    verification_code varchar(40) not null,
    unique (institution_id, kind, period_key, unit_id)
);

create index recap_issue_listing on recap_issue (institution_id, issued_at desc);

create trigger recap_issue_immutable before update or delete on recap_issue
    for each row execute function issued_document_is_immutable();
