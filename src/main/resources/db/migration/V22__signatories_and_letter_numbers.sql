-- Signatories and letter numbers (issue 9, ADR 0025).

-- The officials who sign an institution's documents (GOVDOCS §1.1 item 6): name, position (jabatan), rank (pangkat) and
-- NIP, printed under the signature. Retired signatories are kept for the documents they signed.
create table signatory (
    id             uuid         primary key,
    institution_id uuid         not null references institution (id),
    name           varchar(120) not null,
    position       varchar(200) not null,
    rank           varchar(120),
    nip            char(18)     check (nip ~ '^[0-9]{18}$'),
    active         boolean      not null default true,
    created_at     timestamptz  not null,
    created_by     uuid
);
create index signatory_institution on signatory (institution_id, active);

-- How an institution numbers each type of document (GOVDOCS §1.9): a pattern of the classification code (KKA), the
-- running number, the unit code, the Roman month and the year, e.g. {kka}/{seq}/{unit}/{month}/{year}.
create table letter_number_pattern (
    institution_id      uuid         not null references institution (id),
    document_type       varchar(40)  not null,
    pattern             varchar(120) not null,
    classification_code varchar(30)  not null,
    unit_code           varchar(40)  not null,
    updated_at          timestamptz  not null,
    updated_by          uuid,
    primary key (institution_id, document_type)
);

-- The running number of each type of document per institution and calendar year. It is raised in the transaction that
-- stores the document, so a number is used exactly when its document exists: gap-free, never twice.
create table letter_number_counter (
    institution_id uuid        not null references institution (id),
    document_type  varchar(40) not null,
    year           integer     not null,
    last_value     integer     not null check (last_value >= 1),
    primary key (institution_id, document_type, year)
);
