-- The complainant's side of the conversation (ADR 0036): information added while the case is open, requests for
-- completion that pause the step's clock and the replies to them, the IKM satisfaction survey, objections that reopen a
-- case, and each institution's objection window.

-- A request for completion: staff ask the complainant for something at an open step; the step's clock pauses until the
-- complainant replies or staff withdraw it. The remaining office time is kept in minutes (DeadlineCalculator, ADR 0036).
create table completion_request (
    id                uuid primary key,
    case_id           uuid         not null references case_file (id),
    step              varchar(60)  not null,
    question          text         not null,
    asked_by          uuid         not null references staff_account (id),
    asked_by_name     varchar(120) not null,
    asked_at          timestamptz  not null,
    step_entered_at   timestamptz  not null,
    due_at_pause      timestamptz,
    remaining_minutes bigint,
    resumed_at        timestamptz,
    resolution        varchar(20),
    constraint completion_request_resolution check (resolution in ('REPLIED', 'WITHDRAWN', 'SUPERSEDED'))
);

-- at most one open request per case
create unique index completion_request_open on completion_request (case_id) where resumed_at is null;
create index completion_request_case on completion_request (case_id, asked_at);

-- What the complainant wrote: information added on their own, or a reply to a request for completion.
create table complainant_message (
    id             uuid primary key,
    case_id        uuid        not null references case_file (id),
    request_id     uuid references completion_request (id),
    written_at     timestamptz not null,
    text           text        not null,
    attachment_ids uuid[]      not null default '{}'
);

create index complainant_message_case on complainant_message (case_id, written_at);

create trigger complainant_message_append_only before update or delete on complainant_message
    for each statement execute function refuse_change();

-- The IKM questionnaire (PermenPAN-RB 14/2017): nine elements U1..U9 scored 1..4, one per case.
create table satisfaction_survey (
    case_id        uuid primary key references case_file (id),
    institution_id uuid        not null references institution (id),
    submitted_at   timestamptz not null,
    u1 smallint not null check (u1 between 1 and 4),
    u2 smallint not null check (u2 between 1 and 4),
    u3 smallint not null check (u3 between 1 and 4),
    u4 smallint not null check (u4 between 1 and 4),
    u5 smallint not null check (u5 between 1 and 4),
    u6 smallint not null check (u6 between 1 and 4),
    u7 smallint not null check (u7 between 1 and 4),
    u8 smallint not null check (u8 between 1 and 4),
    u9 smallint not null check (u9 between 1 and 4),
    solved         boolean     not null,
    comment        text
);

create index satisfaction_survey_period on satisfaction_survey (institution_id, submitted_at);

-- An objection (keberatan) to the answer: it reopens the case at the SOP's reopen step.
create table case_objection (
    id             uuid primary key,
    case_id        uuid        not null references case_file (id),
    institution_id uuid        not null references institution (id),
    objected_at    timestamptz not null,
    reason         text        not null,
    from_step      varchar(60) not null,
    reopen_step    varchar(60) not null
);

create index case_objection_case on case_objection (case_id);
create index case_objection_institution on case_objection (institution_id, objected_at);

create trigger case_objection_append_only before update or delete on case_objection
    for each statement execute function refuse_change();

-- Per institution: how many calendar days after the answer the complainant may object (default 14).
create table complainant_settings (
    institution_id uuid primary key references institution (id),
    objection_days integer not null check (objection_days between 1 and 90)
);
