-- Audiences (audiensi, issue 9; ADR 0026): the time agreed for a delegation to be received by a council organ, what
-- the gate recorded when it arrived, and what was said. A council organ receives at most 3 delegations a working day
-- (003 III.A.2): the AGREED and HELD audiences of a unit on a day are the ones that count.

create table audience (
    id                  uuid         primary key,
    case_id             uuid         not null references case_file (id),
    institution_id      uuid         not null references institution (id),
    -- the council organ (or the leadership) receiving the delegation; null when the case was assigned to none
    unit_id             uuid         references unit (id),
    starts_at           timestamptz  not null,
    -- starts_at's date on the institution's clock: the working day the audience counts against
    day                 date         not null,
    -- AGREED: to be held; HELD: the gate recorded the delegation's arrival; RESCHEDULED: replaced by another day;
    -- CANCELLED: the case ended without it (returned, redirected, archived)
    status              varchar(12)  not null check (status in ('AGREED', 'HELD', 'RESCHEDULED', 'CANCELLED')),
    agreed_at           timestamptz  not null,
    agreed_by           uuid         references staff_account (id),
    ended_at            timestamptz,
    arrived_at          timestamptz,
    arrival_recorded_by uuid         references staff_account (id),
    notes               text,
    outcome             varchar(500),
    notes_recorded_at   timestamptz,
    notes_recorded_by   uuid         references staff_account (id),
    check ((status in ('RESCHEDULED', 'CANCELLED')) = (ended_at is not null)),
    check ((status = 'HELD') = (arrived_at is not null))
);

-- A case has at most one audience still to be held.
create unique index audience_one_agreed_per_case on audience (case_id) where status = 'AGREED';
-- The audiences a unit holds on a day: counted for its daily number, listed on its agenda.
create index audience_unit_day on audience (unit_id, day) where status in ('AGREED', 'HELD');
create index audience_case on audience (case_id, agreed_at);

-- The members of a delegation the gate recorded present (003 IV.A.6.a-d). Names and identity numbers are personal
-- data: encrypted by the application like the complainant's identity (ADR 0009), bound to their row and column.
create table audience_member (
    audience_id     uuid    not null references audience (id),
    position        integer not null check (position >= 1),
    name            text    not null,
    identity_number text,
    primary key (audience_id, position)
);

-- 003 IV.A.4: a delegation has at most 5 people "atau ditentukan lain": the leadership (or the Secretary on its behalf)
-- sets another number for one delegation, with the reason. The latest one counts; the history keeps each.
create table delegation_limit (
    case_id     uuid         primary key references case_file (id),
    max_members integer      not null check (max_members between 1 and 500),
    reason      varchar(500) not null,
    set_by      uuid         not null references staff_account (id),
    set_at      timestamptz  not null
);

-- 003 III.A.3: a council organ discusses the complaints it was given at least once a month. A discussion of a case in
-- an organ's meeting, as recorded; an audience the organ held counts too.
create table organ_discussion (
    id           uuid         primary key,
    case_id      uuid         not null references case_file (id),
    unit_id      uuid         not null references unit (id),
    discussed_on date         not null,
    note         varchar(500),
    recorded_by  uuid         not null references staff_account (id),
    recorded_at  timestamptz  not null
);
create index organ_discussion_unit_case on organ_discussion (unit_id, case_id);
