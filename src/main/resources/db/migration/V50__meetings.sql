-- Meetings and their records (issue 9, ADR 0028): the follow-up forums of 000 step 3 and 003 III.A.1 (Rapat Kerja, RDP,
-- RDPU, working visit, coordination meeting, on-the-spot visit) held by an institution's organ or unit, the cases they
-- discuss, their invitees, and the logistics 000 step 5 names (room, materials, attendance list, catering).
create table meeting (
    id              uuid         primary key,
    institution_id  uuid         not null references institution (id),
    kind            varchar(20)  not null check (kind in ('RAKER', 'RDP', 'RDPU', 'KUNKER', 'RAKOR', 'PENINJAUAN')),
    title           varchar(300) not null,
    agenda          varchar(4000),
    starts_at       timestamptz  not null,
    place           varchar(300) not null,
    chair           varchar(200),
    -- the council organ or unit holding it
    unit_id         uuid         references unit (id),
    -- one per line: "Name; Position / institution"
    invitees        text         not null default '',
    -- the minutes as last written (opening, discussion items with speaker and points, decisions, closing time, note-taker)
    minutes         jsonb,
    created_by      uuid         not null references staff_account (id),
    created_at      timestamptz  not null
);
create index meeting_institution_start on meeting (institution_id, starts_at desc);

-- The cases a meeting discusses; a case may be discussed in several meetings. The first one (position 1) carries the
-- meeting's letters (invitation, berita acara, report): they are that case's letters, linked back in meeting_letter.
create table meeting_case (
    meeting_id uuid    not null references meeting (id),
    case_id    uuid    not null references case_file (id),
    position   integer not null check (position >= 1),
    primary key (meeting_id, case_id),
    unique (meeting_id, position)
);
create index meeting_case_case on meeting_case (case_id);

create table meeting_logistics (
    id               uuid         primary key,
    meeting_id       uuid         not null references meeting (id),
    item             varchar(20)  not null check (item in ('ROOM', 'MATERIALS', 'ATTENDANCE_LIST', 'CATERING', 'OTHER')),
    description      varchar(300),
    owner_account_id uuid         references staff_account (id),
    owner_name       varchar(200),
    due_on           date         not null,
    status           varchar(10)  not null check (status in ('OPEN', 'DONE')),
    done_at          timestamptz,
    created_at       timestamptz  not null,
    check (owner_account_id is not null or owner_name is not null),
    check ((status = 'DONE') = (done_at is not null))
);
create index meeting_logistics_meeting on meeting_logistics (meeting_id, due_on);

-- The letters drafted from a meeting (they belong to its first case).
create table meeting_letter (
    meeting_id uuid not null references meeting (id),
    letter_id  uuid not null unique references letter (id),
    primary key (meeting_id, letter_id)
);

-- Records that are neither letters nor one per submission (a meeting's attendance list and minutes) are keyed by what
-- they record, e.g. "meeting:<id>"; their versions count per key and type.
alter table issued_document add column record_key varchar(80);
drop index issued_document_one_per_version;
create unique index issued_document_one_per_version on issued_document (submission_id, type, version)
    where letter_id is null and subject_id is null and record_key is null;
create unique index issued_document_record_version on issued_document (record_key, type, version)
    where record_key is not null;
