-- The DPRD session calendar and the people of a recess (issue 10, first part; ADR 0030): each council secretariat's
-- five-year terms (periode keanggotaan), its session periods (masa sidang) and recess periods (masa reses), its
-- constituencies (dapil) with the districts (kecamatan) they cover, its council members, and the companions
-- (pendamping) assigned to a member for one recess. Overlaps and the last-period rule are checked by RecessCalendar
-- under a lock on the institution's row.

create table council_term (
    id             uuid primary key,
    institution_id uuid        not null references institution (id),
    starts_on      date        not null,
    ends_on        date        not null,
    created_at     timestamptz not null default now(),
    check (ends_on > starts_on),
    unique (institution_id, starts_on)
);

create table sitting_period (
    id             uuid primary key,
    institution_id uuid        not null references institution (id),
    kind           varchar(10) not null check (kind in ('SESSION', 'RECESS')),
    year           integer     not null,
    sitting        integer     not null check (sitting between 1 and 3),
    starts_on      date        not null,
    ends_on        date        not null,
    created_at     timestamptz not null default now(),
    check (ends_on >= starts_on),
    unique (institution_id, year, sitting, kind)
);

create index sitting_period_by_date on sitting_period (institution_id, starts_on);

create table dapil (
    id             uuid primary key,
    institution_id uuid         not null references institution (id),
    number         integer      not null check (number >= 1),
    name           varchar(120) not null,
    unique (institution_id, number)
);

-- A district belongs to one dapil of an institution.
create table dapil_district (
    dapil_id       uuid         not null references dapil (id) on delete cascade,
    institution_id uuid         not null references institution (id),
    position       integer      not null,
    name           varchar(120) not null,
    primary key (dapil_id, position),
    unique (institution_id, name)
);

create table council_member (
    id               uuid primary key,
    institution_id   uuid         not null references institution (id),
    name             varchar(160) not null,
    faction_unit_id  uuid         not null references unit (id),
    dapil_id         uuid         not null references dapil (id),
    active_from      date         not null,
    active_to        date,
    staff_account_id uuid unique references staff_account (id),
    check (active_to is null or active_to >= active_from)
);

create index council_member_by_institution on council_member (institution_id, name);

create table recess_companion (
    id               uuid primary key,
    institution_id   uuid         not null references institution (id),
    recess_id        uuid         not null references sitting_period (id) on delete cascade,
    member_id        uuid         not null references council_member (id) on delete cascade,
    staff_account_id uuid references staff_account (id),
    name             varchar(160),
    phone            varchar(30),
    check (staff_account_id is not null or (name is not null and phone is not null)),
    unique nulls distinct (recess_id, member_id, staff_account_id)
);

create index recess_companion_by_recess on recess_companion (recess_id, member_id);
