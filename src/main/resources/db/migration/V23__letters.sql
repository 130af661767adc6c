-- Letters (issue 9, ADR 0025): a document drafted in Suara, initialled (paraf) in the order its procedure names, then
-- signed, which numbers and issues it. A signed letter is corrected by reopening it: the next signature issues a new
-- version of its document that names the one it replaces, under the same number.
create table letter (
    id               uuid         primary key,
    institution_id   uuid         not null references institution (id),
    submission_id    uuid         references submission (id),
    type             varchar(40)  not null,
    status           varchar(20)  not null check (status in ('DRAFT', 'SIGNED')),
    subject          varchar(300) not null,
    addressee        varchar(300),
    addressee_place  varchar(120),
    body             text         not null,
    content          jsonb        not null default '{}',
    signatory_id     uuid         not null references signatory (id),
    initial_roles    varchar(40)[] not null default '{}' check (cardinality(initial_roles) <= 3),
    signer_role      varchar(40)  not null,
    revision         integer      not null default 1,
    number           varchar(120),
    drafted_at       timestamptz  not null,
    drafted_by       uuid         not null,
    drafted_by_name  varchar(200) not null,
    revised_at       timestamptz  not null,
    signed_at        timestamptz,
    signed_by        uuid,
    signed_by_name   varchar(200)
);
create index letter_submission on letter (submission_id, drafted_at);

-- The initials of a letter's current revision, in order; a revision of the text clears them.
create table letter_initial (
    letter_id      uuid         not null references letter (id),
    revision       integer      not null,
    position       integer      not null check (position between 1 and 3),
    role           varchar(40)  not null,
    account_id     uuid         not null,
    account_name   varchar(200) not null,
    initialled_at  timestamptz  not null,
    primary key (letter_id, revision, position)
);

alter table issued_document add column letter_id uuid references letter (id);
alter table issued_document drop constraint issued_document_submission_id_type_version_key;
create unique index issued_document_one_per_version on issued_document (submission_id, type, version) where letter_id is null;
create unique index issued_document_letter_version on issued_document (letter_id, version) where letter_id is not null;
-- A letter number is used by one letter of its type in its institution (its versions share it).
create unique index letter_number_once on letter (institution_id, type, number) where number is not null;
