-- Submissions as received, their registration numbers, attachments and receipts.

create table registration_counter (
    institution_id uuid    not null references institution (id),
    year           integer not null,
    last_value     bigint  not null,
    primary key (institution_id, year)
);

create table submission (
    id                      uuid primary key,
    institution_id          uuid         not null references institution (id),
    kind                    varchar(20)  not null,
    channel                 varchar(20)  not null,
    registration_year       integer      not null,
    registration_sequence   bigint       not null,
    registration_number     varchar(100) not null,
    tracking_number         varchar(20)  not null unique,
    access_code_hash        bytea        not null,
    complainant_type        varchar(20)  not null,
    complainant_name        varchar(200),
    complainant_organisation varchar(200),
    identity_number         varchar(40),
    address                 varchar(500),
    phone                   varchar(30),
    email                   varchar(254),
    confidential            boolean      not null,
    respondent              varchar(300),
    title                   varchar(200) not null,
    purpose                 varchar(2000) not null,
    substance               text         not null check (length(substance) <= 20000),
    audience_requested_for  timestamptz,
    delegation_size         integer,
    registered_at           timestamptz  not null,
    registered_by           uuid references staff_account (id),
    unique (institution_id, registration_year, registration_sequence),
    unique (institution_id, registration_number)
);

create table attachment (
    id            uuid primary key,
    submission_id uuid         not null references submission (id),
    file_name     varchar(255) not null,
    media_type    varchar(100) not null,
    size_bytes    bigint       not null,
    sha256        char(64)     not null,
    storage_key   varchar(100) not null unique,
    internal      boolean      not null default false,
    uploaded_at   timestamptz  not null
);

create index attachment_submission on attachment (submission_id);

-- Tanda terima: what the complainant was given at registration.
create table receipt (
    submission_id uuid primary key references submission (id),
    issued_at     timestamptz not null,
    content       jsonb       not null
);
