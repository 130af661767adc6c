-- Recess visits and the aspirations heard at them (issue 10, second part; ADR 0032). A visit is one meeting of a
-- council member with constituents during a recess (kunjungan reses): when, where (a district of the member's dapil
-- and a village), who was invited, who came, photos. Each aspiration heard is structured and becomes a case of kind
-- ASPIRATION on channel RECESS (its submission row), traceable to the visit and so to the recess and the member.
-- Aspirations of several members that ask for the same thing at the same place are grouped: every aspiration, member
-- and visit stays, the group is what the pokir list proposes once.

create table recess_visit (
    id                    uuid primary key,
    institution_id        uuid         not null references institution (id),
    recess_id             uuid         not null references sitting_period (id),
    member_id             uuid         not null references council_member (id),
    starts_at             timestamptz  not null,
    ends_at               timestamptz,
    place                 varchar(300) not null,
    district              varchar(120) not null,
    village               varchar(120),
    expected_participants integer check (expected_participants is null or expected_participants >= 0),
    status                varchar(12)  not null default 'PLANNED' check (status in ('PLANNED', 'HELD', 'CANCELLED')),
    -- when the visit appeared on the public agenda (null: not published yet)
    published_at          timestamptz,
    created_at            timestamptz  not null default now(),
    created_by            uuid references staff_account (id),
    version               integer      not null default 0,
    check (ends_at is null or ends_at > starts_at)
);

create index recess_visit_by_recess on recess_visit (recess_id, member_id, starts_at);
create index recess_visit_agenda on recess_visit (institution_id, starts_at) where published_at is not null;

-- The guest list (invited) and the attendance list (attended): one row per person; an invited guest who came is one
-- row with both flags. Rows entered from a paper attendance list keep its sheet and line, so an import is idempotent.
create table recess_visit_attendee (
    id           uuid primary key,
    visit_id     uuid         not null references recess_visit (id) on delete cascade,
    name         varchar(160) not null,
    organisation varchar(200),
    address      varchar(300),
    invited      boolean      not null default false,
    attended     boolean      not null default false,
    source_sheet varchar(40),
    source_line  integer,
    created_at   timestamptz  not null default now(),
    check (invited or attended),
    check ((source_sheet is null) = (source_line is null))
);

create index recess_visit_attendee_by_visit on recess_visit_attendee (visit_id, name);
create unique index recess_visit_attendee_source on recess_visit_attendee (visit_id, source_sheet, source_line)
    where source_sheet is not null;

-- Documentation (photos) of a visit, stored like attachments (AttachmentStore keys).
create table recess_visit_photo (
    id          uuid primary key,
    visit_id    uuid         not null references recess_visit (id) on delete cascade,
    file_name   varchar(255) not null,
    media_type  varchar(100) not null,
    size_bytes  bigint       not null,
    sha256      char(64)     not null,
    storage_key varchar(100) not null unique,
    caption     varchar(300),
    uploaded_at timestamptz  not null,
    uploaded_by uuid references staff_account (id)
);

create index recess_visit_photo_by_visit on recess_visit_photo (visit_id, uploaded_at);

-- Aspirations heard at recess visits that the pokir list proposes once (the same need at the same place).
create table recess_aspiration_group (
    id             uuid primary key,
    institution_id uuid         not null references institution (id),
    title          varchar(200) not null,
    created_at     timestamptz  not null default now(),
    created_by     uuid references staff_account (id)
);

-- One aspiration heard at a visit; its case is case_file.id = submission.id = case_id.
create table recess_aspiration (
    id              uuid primary key,
    institution_id  uuid          not null references institution (id),
    visit_id        uuid          not null references recess_visit (id),
    recess_id       uuid          not null references sitting_period (id),
    member_id       uuid          not null references council_member (id),
    case_id         uuid          not null unique references submission (id),
    -- who: a person and/or a group (both optional: an aspiration may be heard from the floor)
    person_name     varchar(160),
    group_name      varchar(200),
    district        varchar(120)  not null,
    village         varchar(120),
    summary         varchar(200)  not null,
    problem         text          not null check (length(problem) <= 5000),
    category        varchar(30)   not null,
    urgency         varchar(20)   not null,
    volume          numeric(14, 2) check (volume is null or volume > 0),
    volume_unit     varchar(40),
    estimated_cost  numeric(18, 0) check (estimated_cost is null or estimated_cost >= 0),
    target_unit_id  uuid references unit (id),
    group_id        uuid references recess_aspiration_group (id),
    source_sheet    varchar(40),
    source_line     integer,
    created_at      timestamptz   not null default now(),
    created_by      uuid references staff_account (id),
    check ((source_sheet is null) = (source_line is null)),
    check (volume_unit is null or volume is not null)
);

create index recess_aspiration_by_visit on recess_aspiration (visit_id, created_at);
create index recess_aspiration_by_recess on recess_aspiration (recess_id, member_id);
create index recess_aspiration_by_group on recess_aspiration (group_id) where group_id is not null;
create index recess_aspiration_by_place on recess_aspiration (institution_id, district, village);
create unique index recess_aspiration_source on recess_aspiration (visit_id, source_sheet, source_line)
    where source_sheet is not null;
