-- Members' recess reports and the pokir compilation (issue 10; ADR 0034).
--
-- A member's recess report (laporan reses) is composed from the visits and aspirations of the recess; only its
-- submission is stored: the PDF as submitted with its SHA-256, never changed afterwards. Draft and missing reports are
-- worked out from the data and the due rule, not stored.

create table recess_report (
    id             uuid primary key,
    institution_id uuid        not null references institution (id),
    recess_id      uuid        not null references sitting_period (id),
    member_id      uuid        not null references council_member (id),
    submitted_at   timestamptz not null,
    submitted_by   uuid        references staff_account (id),
    visits         integer     not null,
    aspirations    integer     not null,
    sha256         char(64)    not null,
    pdf            bytea       not null,
    unique (recess_id, member_id)
);

create function recess_report_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a submitted recess report is never changed';
end $$;

create trigger recess_report_immutable before update on recess_report
    for each row execute function recess_report_is_immutable();

-- A pokir compilation: the aspirations of some recesses (and other aspiration cases staff add) the secretariat reviews
-- for one planning year (tahun perencanaan, the RKPD year) before they go to the regional planning system.
create table pokir_compilation (
    id             uuid primary key,
    institution_id uuid         not null references institution (id),
    planning_year  integer      not null check (planning_year between 2000 and 2100),
    title          varchar(200) not null,
    created_at     timestamptz  not null default now(),
    created_by     uuid references staff_account (id)
);

create index pokir_compilation_by_institution on pokir_compilation (institution_id, planning_year desc);

create table pokir_compilation_recess (
    compilation_id uuid not null references pokir_compilation (id) on delete cascade,
    recess_id      uuid not null references sitting_period (id),
    primary key (compilation_id, recess_id)
);

-- One proposal of the compilation: an aspiration group, an ungrouped recess aspiration, or another aspiration case.
create table pokir_item (
    id               uuid primary key,
    compilation_id   uuid          not null references pokir_compilation (id) on delete cascade,
    position         integer       not null,
    group_id         uuid references recess_aspiration_group (id),
    category         varchar(30)   not null,
    proposal         varchar(200)  not null,
    problem          text          not null check (length(problem) <= 5000),
    village          varchar(120),
    district         varchar(120),
    target_unit_id   uuid references unit (id),
    volume           numeric(14, 2) check (volume is null or volume > 0),
    volume_unit      varchar(40),
    estimated_cost   numeric(18, 0) check (estimated_cost is null or estimated_cost >= 0),
    year             integer       not null check (year between 2000 and 2100),
    review           varchar(10)   not null default 'PENDING'
                         check (review in ('PENDING', 'ACCEPTED', 'RETURNED', 'REJECTED')),
    review_reason    varchar(1000),
    reviewed_at      timestamptz,
    reviewed_by      uuid references staff_account (id),
    opd_decision     varchar(10) check (opd_decision in ('ADOPTED', 'DECLINED', 'DEFERRED')),
    opd_program      varchar(300),
    opd_note         varchar(1000),
    opd_decided_on   date,
    opd_recorded_at  timestamptz,
    opd_recorded_by  uuid references staff_account (id),
    version          integer       not null default 0,
    check (review in ('PENDING', 'ACCEPTED') or review_reason is not null),
    check ((opd_decision is null) = (opd_decided_on is null)),
    unique (compilation_id, group_id),
    unique (compilation_id, position)
);

-- The cases an item proposes: every aspiration of its group, or its one case. A case is in a compilation once.
create table pokir_item_case (
    item_id        uuid not null references pokir_item (id) on delete cascade,
    compilation_id uuid not null references pokir_compilation (id) on delete cascade,
    case_id        uuid not null references submission (id),
    primary key (item_id, case_id),
    unique (compilation_id, case_id)
);

create index pokir_item_case_by_case on pokir_item_case (case_id);
