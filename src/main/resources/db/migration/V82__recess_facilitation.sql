-- The facilitation of a recess (issue 10; seed 004 "Fasilitasi Pelaksanaan Reses", ADR 0031): the secretariat's
-- checklist for one recess, opened with a start date and due 21 working days later, its items expanded per member
-- and per companion, each with an owner, a due date and a status; and the service complaints about it
-- (004 "Pengaduan Layanan"), which are cases of kind SERVICE_COMPLAINT traceable to the recess.

create table recess_facilitation (
    id                 uuid primary key,
    institution_id     uuid        not null references institution (id),
    -- one facilitation per recess; a recess with one is not removed (RecessCalendar refuses it)
    recess_id          uuid        not null unique references sitting_period (id),
    -- the shipped checklist it was opened with (resources/recess/facilitation/<code>.json) and its version
    checklist_code     varchar(60) not null,
    checklist_version  integer     not null check (checklist_version >= 1),
    document_number    varchar(60) not null,
    starts_on          date        not null,
    limit_working_days integer     not null check (limit_working_days >= 0),
    -- starts_on + limit_working_days on the institution's working calendar, as counted when it was opened
    due_on             date        not null check (due_on >= starts_on),
    opened_at          timestamptz not null,
    opened_by          uuid references staff_account (id)
);

create index recess_facilitation_by_institution on recess_facilitation (institution_id, starts_on);

-- One thing to do: a checklist item, once, per member in office during the recess, or per companion assigned.
-- Names, owner and source are copied from the checklist, so a later version never rewrites a running facilitation.
create table recess_facilitation_item (
    id                uuid primary key,
    facilitation_id   uuid          not null references recess_facilitation (id) on delete cascade,
    institution_id    uuid          not null references institution (id),
    code              varchar(60)   not null,
    number            varchar(10)   not null,
    position          integer       not null,
    name_id           varchar(400)  not null,
    name_en           varchar(400)  not null,
    owner_title_id    varchar(200)  not null,
    owner_title_en    varchar(200)  not null,
    source            varchar(1000) not null,
    scope             varchar(10)   not null check (scope in ('ONCE', 'MEMBER', 'COMPANION')),
    -- whom the item is for; the names stay when a member or companion is removed later
    member_id         uuid references council_member (id) on delete set null,
    member_name       varchar(160),
    companion_id      uuid references recess_companion (id) on delete set null,
    companion_name    varchar(160),
    -- '' (once), 'member:<id>' or 'companion:<id>': one item of a code per member or companion, even once removed
    scope_key         varchar(60)   not null,
    owner_role        varchar(40)   not null,
    owner_unit_id     uuid references unit (id),
    -- the staff account that does it; null: any holder of owner_role in the institution
    assignee_id       uuid references staff_account (id),
    due_working_days  integer       not null check (due_working_days >= 0),
    due_on            date          not null,
    status            varchar(16)   not null default 'OPEN' check (status in ('OPEN', 'DONE', 'NOT_APPLICABLE')),
    closed_at         timestamptz,
    closed_by         uuid references staff_account (id),
    closed_by_name    varchar(120),
    note              varchar(1000),
    reason            varchar(1000),
    unique (facilitation_id, code, scope_key),
    check ((status = 'OPEN') = (closed_at is null)),
    check (status <> 'NOT_APPLICABLE' or reason is not null),
    check (status = 'NOT_APPLICABLE' or reason is null),
    check (status = 'DONE' or note is null)
);

create index recess_facilitation_item_by_facilitation on recess_facilitation_item (facilitation_id, position);
-- what the inboxes read: the open items past their day
create index recess_facilitation_item_open on recess_facilitation_item (institution_id, due_on) where status = 'OPEN';

-- A service complaint about a recess's facilitation: its case (case_file.id = submission.id) and the recess it is
-- about, with the member whose recess activity it concerns when the complainant names one.
create table recess_service_complaint (
    case_id         uuid primary key references submission (id),
    institution_id  uuid         not null references institution (id),
    facilitation_id uuid         not null references recess_facilitation (id),
    recess_id       uuid         not null references sitting_period (id),
    member_id       uuid references council_member (id) on delete set null,
    member_name     varchar(160),
    recorded_at     timestamptz  not null,
    recorded_by     uuid references staff_account (id)
);

create index recess_service_complaint_by_recess on recess_service_complaint (recess_id, recorded_at);
