-- Cases: a registered submission being handled along the SOP version it started with.

create table case_file (
    id                     uuid primary key references submission (id),
    institution_id         uuid         not null references institution (id),
    kind                   varchar(20)  not null,
    channel                varchar(20)  not null,
    registration_number    varchar(100) not null,
    tracking_number        varchar(20)  not null,
    title                  varchar(200) not null,
    sop_version_id         uuid         not null references sop_version (id),
    current_step           varchar(60)  not null,
    status                 varchar(20)  not null,
    step_entered_at        timestamptz  not null,
    step_due_at            timestamptz,
    assigned_unit_id       uuid references unit (id),
    public_answer          text,
    answered_at            timestamptz,
    audience_requested_for timestamptz,
    registered_at          timestamptz  not null,
    closed_at              timestamptz,
    version                integer      not null default 0,
    search                 tsvector     not null
);

create index case_file_listing on case_file (institution_id, registered_at desc, id desc);
create index case_file_open_due on case_file (institution_id, step_due_at) where closed_at is null;
create index case_file_status on case_file (institution_id, status);
create index case_file_search on case_file using gin (search);

-- The case history: appended, never updated or deleted.
create table case_event (
    case_id     uuid         not null references case_file (id),
    seq         integer      not null,
    occurred_at timestamptz  not null,
    actor_id    uuid references staff_account (id),
    actor_name  varchar(120) not null,
    actor_role  varchar(40)  not null,
    action      varchar(60)  not null,
    from_step   varchar(60),
    to_step     varchar(60),
    note        text,
    fields      jsonb        not null default '{}',
    primary key (case_id, seq)
);

-- Requirement checks (003 IV.A.2, IV.B.1.b, IV.B.2.2) as recorded, one row per recording.
create table requirement_check (
    id          uuid primary key,
    case_id     uuid         not null references case_file (id),
    step        varchar(60)  not null,
    checked_at  timestamptz  not null,
    checked_by  uuid         not null references staff_account (id),
    items       jsonb        not null,
    met         boolean      not null,
    note        text
);

create index requirement_check_case on requirement_check (case_id, checked_at);

-- Internal notes: for staff only, never shown to the public.
create table case_note (
    id          uuid primary key,
    case_id     uuid         not null references case_file (id),
    written_at  timestamptz  not null,
    author_id   uuid         not null references staff_account (id),
    author_name varchar(120) not null,
    text        text         not null
);

create index case_note_case on case_note (case_id, written_at);

create function refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: rows are never updated or deleted', tg_table_name;
end $$;

create trigger case_event_append_only before update or delete on case_event
    for each statement execute function refuse_change();
create trigger requirement_check_append_only before update or delete on requirement_check
    for each statement execute function refuse_change();
create trigger case_note_append_only before update or delete on case_note
    for each statement execute function refuse_change();
create trigger case_event_no_truncate before truncate on case_event
    for each statement execute function refuse_change();
create trigger requirement_check_no_truncate before truncate on requirement_check
    for each statement execute function refuse_change();
create trigger case_note_no_truncate before truncate on case_note
    for each statement execute function refuse_change();
