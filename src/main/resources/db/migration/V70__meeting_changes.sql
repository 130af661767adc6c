-- Changes to a meeting after it was scheduled (issue 9, ADR 0028): its details edited, its time moved (postponed or
-- brought forward) with a reason, the meeting cancelled with a reason, a case added or removed. Each change is checked
-- against the version the editor saw, and kept in meeting_change for the meeting's page (the cases' history and the
-- audit log record it too).
alter table meeting add column version integer not null default 0;
alter table meeting add column status varchar(12) not null default 'SCHEDULED'
    check (status in ('SCHEDULED', 'CANCELLED'));
alter table meeting add column cancelled_at timestamptz;
alter table meeting add column cancel_reason varchar(500);
alter table meeting add constraint meeting_cancelled_when check ((status = 'CANCELLED') = (cancelled_at is not null));

create table meeting_change (
    id              uuid         primary key,
    meeting_id      uuid         not null references meeting (id),
    -- SCHEDULED: created; CHANGED: details edited; RESCHEDULED: its time moved; CANCELLED; CASE_ADDED; CASE_REMOVED
    kind            varchar(20)  not null
        check (kind in ('SCHEDULED', 'CHANGED', 'RESCHEDULED', 'CANCELLED', 'CASE_ADDED', 'CASE_REMOVED')),
    -- the fields changed with their values before and after ({"place": {"before": …, "after": …}}), or the case
    -- added or removed ({"caseId": …, "registrationNumber": …})
    details         jsonb        not null default '{}',
    reason          varchar(500),
    changed_by      uuid         not null references staff_account (id),
    changed_by_name varchar(200) not null,
    changed_at      timestamptz  not null
);
create index meeting_change_meeting on meeting_change (meeting_id, changed_at);
