-- Dispositions and review memos (issue 9, ADR 0027).

-- Each institution's list of instructions a disposition may give ("Dengan hormat harap", GOVDOCS §1.7), in print order,
-- as [{"code": …, "label": …}]. Without a row the shipped defaults apply; the administrator's first change writes one.
create table disposition_instruction_list (
    institution_id uuid        primary key references institution (id),
    instructions   jsonb       not null,
    updated_at     timestamptz not null,
    updated_by     uuid
);

-- A disposition (disposisi): an official's written instruction routing a case to units of its institution, one of them
-- the lead. It may answer an earlier one (parent), so that a chain such as head → office secretary → division →
-- sub-coordinator reads as a tree. Its instructions are kept as chosen, label included, whatever the list says later.
create table disposition (
    id               uuid         primary key,
    case_id          uuid         not null references case_file (id),
    parent_id        uuid         references disposition (id),
    instructions     jsonb        not null,
    note             text,
    deadline         timestamptz  not null,
    urgency          varchar(20)  not null check (urgency in ('BIASA', 'SEGERA', 'SANGAT_SEGERA')),
    confidential     boolean      not null default false,
    letter_number    varchar(120),
    letter_date      date,
    step             varchar(60)  not null,
    action           varchar(60),
    disposed_at      timestamptz  not null,
    disposed_by      uuid         not null,
    disposed_by_name varchar(200) not null,
    disposed_by_role varchar(40)  not null,
    completed_at     timestamptz,
    completed_by     uuid,
    completed_by_name varchar(200),
    completion_note  text
);
create index disposition_case on disposition (case_id, disposed_at);
-- The open dispositions of an institution by deadline (monitoring); closed cases are filtered through case_file.
create index disposition_open on disposition (deadline) where completed_at is null;

-- The units a disposition is addressed to: exactly one lead ("1" on the sheet), the others for information or
-- coordination (✓), in the order given.
create table disposition_unit (
    disposition_id uuid    not null references disposition (id),
    unit_id        uuid    not null references unit (id),
    lead           boolean not null,
    position       integer not null,
    primary key (disposition_id, unit_id)
);
create unique index disposition_one_lead on disposition_unit (disposition_id) where lead;
create index disposition_unit_unit on disposition_unit (unit_id, disposition_id);

-- Monitoring notes and reminders recorded against an open disposition while its units still work (002 step 7).
create table disposition_monitoring (
    id             uuid         primary key,
    disposition_id uuid         not null references disposition (id),
    noted_at       timestamptz  not null,
    noted_by       uuid         not null,
    noted_by_name  varchar(200) not null,
    note           text         not null
);
create index disposition_monitoring_disposition on disposition_monitoring (disposition_id, noted_at);

-- A review memo (telaah / analisis) of a case, written by a division (003 IV.B.1.c.7–8, 001 step 8). Every edit is a new
-- version; old versions stay readable.
create table review_memo (
    id              uuid         primary key,
    case_id         uuid         not null references case_file (id),
    created_at      timestamptz  not null,
    created_by      uuid         not null,
    created_by_name varchar(200) not null
);
create index review_memo_case on review_memo (case_id, created_at);

create table review_memo_version (
    memo_id           uuid         not null references review_memo (id),
    version           integer      not null check (version >= 1),
    subject           varchar(300) not null,
    analysis          text         not null,
    recommendation    text,
    addressed_unit_id uuid         references unit (id),
    written_at        timestamptz  not null,
    written_by        uuid         not null,
    written_by_name   varchar(200) not null,
    written_by_role   varchar(40)  not null,
    primary key (memo_id, version)
);

-- A version forwarded through the Secretary (003 IV.B.1.c.8.c, "melalui Sekretaris DPRD"): who, when, with what note.
create table review_memo_forward (
    memo_id           uuid         not null,
    version           integer      not null,
    forwarded_at      timestamptz  not null,
    forwarded_by      uuid         not null,
    forwarded_by_name varchar(200) not null,
    forwarded_by_role varchar(40)  not null,
    note              text,
    primary key (memo_id, version),
    foreign key (memo_id, version) references review_memo_version (memo_id, version)
);

-- Versions of a review memo and their forwarding marks are never changed or removed.
create function review_memo_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'A review memo version is never changed or removed; write a new version instead'
        using errcode = 'check_violation';
end $$;
create trigger review_memo_version_immutable before update or delete on review_memo_version
    for each row execute function review_memo_version_is_immutable();
create trigger review_memo_forward_immutable before update or delete on review_memo_forward
    for each row execute function review_memo_version_is_immutable();

-- A document issued for one subject of a case, such as each disposition's sheet (lembar disposisi): one per subject and
-- type, versioned like the others. The receipt (no subject, no letter) stays one per submission.
alter table issued_document add column subject_id uuid;
drop index issued_document_one_per_version;
create unique index issued_document_one_per_version on issued_document (submission_id, type, version)
    where letter_id is null and subject_id is null;
create unique index issued_document_subject_version on issued_document (subject_id, type, version)
    where subject_id is not null;
