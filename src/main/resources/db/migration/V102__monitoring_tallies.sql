-- Monitoring and recaps (issue 12, ADR 0038): summaries kept as cases move, so that a dashboard or a recap of one
-- institution and one period reads a few thousand summary rows instead of grouping every case.
--
-- Three tallies, each maintained by triggers in the transaction of the change, whatever code makes it:
--   case_tally         every case counted once, on the day it was registered, under what it is now (unit, status,
--                      step, open, merged, category); a change of the case moves its count from the old key to the new
--   case_finish_tally  every case that has its outcome (an answer, or closed without one), on the day of that outcome,
--                      with its handling time in working days and whether the whole procedure's limit was kept
--   case_step_tally    every step completed (a history entry leaving a step), on the day it was done, on time or late
--                      against that step's own due time; and every objection (complainant-objected) that reopened a case
-- Days are the institution's local dates. A unit is the case's assigned unit (organ or office), the nil UUID for none.
-- Counts of the first tally are spread over four stripes (by case id) so that simultaneous registrations of the same
-- kind on the same day do not queue on one row; readers sum the stripes.

-- A case's category: the subject classification (KKA top-level code, GOVDOCS §1.9) staff give it; null until then.
alter table case_file add column category varchar(40);

-- The whole procedure's limit in working days, from the SOP's own step times (ADR 0038): the sum of the time limits of
-- its numbered steps before the answer (steps of status REGISTERED, IN_PROGRESS or RETURNED that are not end states),
-- minutes and hours counted as a share of an eight-hour working day, calendar days as five sevenths of a working week;
-- null when no such step has a limit.
create function suara_answer_limit_days(definition jsonb) returns numeric
    language sql immutable as
$$
select case when count(s -> 'timeLimit') filter (where jsonb_typeof(s -> 'timeLimit') = 'object') = 0 then null
            else ceil(sum(case s -> 'timeLimit' ->> 'unit'
                               when 'MINUTES' then (s -> 'timeLimit' ->> 'amount')::numeric / 480
                               when 'HOURS' then (s -> 'timeLimit' ->> 'amount')::numeric / 8
                               when 'WORKING_DAYS' then (s -> 'timeLimit' ->> 'amount')::numeric
                               when 'CALENDAR_DAYS' then (s -> 'timeLimit' ->> 'amount')::numeric * 5 / 7
                               else 0 end)
                      filter (where jsonb_typeof(s -> 'timeLimit') = 'object'))
       end
from jsonb_array_elements(case jsonb_typeof(definition -> 'steps') when 'array' then definition -> 'steps' else '[]' end) s
where coalesce((s ->> 'terminal')::boolean, false) = false
  and s ->> 'number' is not null
  and s ->> 'status' in ('REGISTERED', 'IN_PROGRESS', 'RETURNED')
$$;

alter table sop_version add column answer_limit_days numeric;
update sop_version set answer_limit_days = suara_answer_limit_days(definition);

create function suara_sop_version_limit() returns trigger
    language plpgsql as
$$
begin
    new.answer_limit_days := suara_answer_limit_days(new.definition);
    return new;
end
$$;

create trigger sop_version_limit before insert or update of definition on sop_version
    for each row execute function suara_sop_version_limit();

-- Working days after the local date of `from_at` up to and including the local date of `to_at` (0 on the same day):
-- a day on which the institution has office hours (Monday to Friday without office hours of its own) that is not a
-- national or institution day off, unless the institution marked it a working day — as InstitutionCalendars does.
create function suara_working_days(institution uuid, zone text, from_at timestamptz, to_at timestamptz) returns integer
    language sql stable as
$$
with hours as (select array_agg(day_of_week) as days from office_hours where institution_id = institution)
select count(*)::integer
from generate_series((from_at at time zone zone)::date + 1, (to_at at time zone zone)::date, interval '1 day') d,
     hours
where extract(isodow from d)::smallint = any (coalesce(hours.days, array[1, 2, 3, 4, 5]::smallint[]))
  and not exists (select 1 from holiday h
                  where h.date = d::date and (h.institution_id is null or h.institution_id = institution)
                    and h.type <> 'WORKING_DAY'
                    and not exists (select 1 from holiday w
                                    where w.date = d::date and w.institution_id = institution
                                      and w.type = 'WORKING_DAY'))
$$;

create table case_tally (
    institution_id uuid        not null,
    day            date        not null,
    unit_id        uuid        not null,
    sop_version_id uuid        not null,
    kind           varchar(20) not null,
    channel        varchar(20) not null,
    category       varchar(40) not null,
    status         varchar(20) not null,
    step           varchar(60) not null,
    open           boolean     not null,
    merged         boolean     not null,
    stripe         smallint    not null,
    n              integer     not null,
    primary key (institution_id, day, unit_id, sop_version_id, kind, channel, category, status, step, open, merged,
                 stripe)
);

create table case_finish_tally (
    institution_id uuid        not null,
    day            date        not null,
    unit_id        uuid        not null,
    sop_version_id uuid        not null,
    kind           varchar(20) not null,
    outcome        varchar(20) not null,
    working_days   integer     not null,
    on_time        boolean     not null,
    n              integer     not null,
    primary key (institution_id, day, unit_id, sop_version_id, kind, outcome, working_days, on_time)
);

create table case_step_tally (
    institution_id uuid        not null,
    day            date        not null,
    unit_id        uuid        not null,
    sop_version_id uuid        not null,
    step           varchar(60) not null,
    event          varchar(10) not null check (event in ('DONE', 'OBJECTED')),
    on_time        boolean     not null,
    n              integer     not null,
    primary key (institution_id, day, unit_id, sop_version_id, step, event, on_time)
);

-- What a case contributes to case_tally and case_finish_tally, as a pure function of its row (so a change is the new
-- row's contribution minus the old one's, and a rebuild is the sum over all rows).
create function suara_tally_case(c case_file, sign integer) returns void
    language plpgsql as
$$
declare
    v_zone    text;
    v_unit    uuid := coalesce(c.assigned_unit_id, '00000000-0000-0000-0000-000000000000'::uuid);
    v_finish  timestamptz;
    v_outcome text;
    v_days    integer;
    v_limit_days numeric;
begin
    select time_zone into v_zone from institution where id = c.institution_id;
    insert into case_tally as t (institution_id, day, unit_id, sop_version_id, kind, channel, category, status, step,
                                 open, merged, stripe, n)
    values (c.institution_id, (c.registered_at at time zone v_zone)::date, v_unit, c.sop_version_id, c.kind, c.channel,
            coalesce(c.category, ''), c.status, c.current_step, c.closed_at is null and c.merged_into is null,
            c.merged_into is not null, (hashtext(c.id::text) & 3)::smallint, sign)
    on conflict (institution_id, day, unit_id, sop_version_id, kind, channel, category, status, step, open, merged,
                 stripe) do update set n = t.n + excluded.n;
    if c.merged_into is not null then
        return;
    end if;
    v_finish := coalesce(c.answered_at, c.closed_at);
    if v_finish is null then
        return;
    end if;
    v_outcome := case when c.answered_at is not null then 'ANSWERED' else c.status end;
    v_days := suara_working_days(c.institution_id, v_zone, c.registered_at, v_finish);
    select answer_limit_days into v_limit_days from sop_version where id = c.sop_version_id;
    insert into case_finish_tally as t (institution_id, day, unit_id, sop_version_id, kind, outcome, working_days,
                                        on_time, n)
    values (c.institution_id, (v_finish at time zone v_zone)::date, v_unit, c.sop_version_id, c.kind, v_outcome, v_days,
            v_limit_days is null or v_days <= v_limit_days, sign)
    on conflict (institution_id, day, unit_id, sop_version_id, kind, outcome, working_days, on_time)
        do update set n = t.n + excluded.n;
end
$$;

-- The step tally of one case's history, under the unit given: a case's steps are counted under the unit it is assigned to
-- now, like the rest of its figures, so a change of unit moves them.
create function suara_tally_case_steps(c case_file, unit uuid, sign integer) returns void
    language plpgsql as
$$
declare
    zone text;
begin
    select time_zone into zone from institution where id = c.institution_id;
    insert into case_step_tally as t (institution_id, day, unit_id, sop_version_id, step, event, on_time, n)
    select c.institution_id, (e.occurred_at at time zone zone)::date, unit, c.sop_version_id, e.from_step,
           case when e.action = 'complainant-objected' then 'OBJECTED' else 'DONE' end,
           e.action = 'complainant-objected' or p.due_at is null or e.occurred_at <= p.due_at, sign * count(*)
    from case_event e
    left join case_event p on p.case_id = e.case_id and p.seq = e.seq - 1
    where e.case_id = c.id
      and (e.action = 'complainant-objected'
           or (e.from_step is not null and e.to_step is not null and e.to_step <> e.from_step))
    group by 1, 2, 3, 4, 5, 6, 7
    on conflict (institution_id, day, unit_id, sop_version_id, step, event, on_time)
        do update set n = t.n + excluded.n;
end
$$;

create function suara_case_file_tallied() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE' then
        if (old.assigned_unit_id, old.status, old.current_step, old.closed_at, old.merged_into, old.category,
            old.answered_at, old.sop_version_id, old.registered_at, old.kind, old.channel)
           is not distinct from
           (new.assigned_unit_id, new.status, new.current_step, new.closed_at, new.merged_into, new.category,
            new.answered_at, new.sop_version_id, new.registered_at, new.kind, new.channel) then
            return null;
        end if;
        perform suara_tally_case(old, -1);
        if old.assigned_unit_id is distinct from new.assigned_unit_id then
            perform suara_tally_case_steps(old,
                coalesce(old.assigned_unit_id, '00000000-0000-0000-0000-000000000000'::uuid), -1);
            perform suara_tally_case_steps(new,
                coalesce(new.assigned_unit_id, '00000000-0000-0000-0000-000000000000'::uuid), 1);
        end if;
    end if;
    perform suara_tally_case(new, 1);
    return null;
end
$$;

create trigger case_file_tallied after insert or update on case_file
    for each row execute function suara_case_file_tallied();

-- A history entry leaving a step completes it: on time when it happened by the due time the case had before it (the
-- previous entry's due time; none, as while the clock is paused, counts as on time). An objection is counted apart.
-- Counted under the unit the case is assigned to when the entry is written (and moved with the case afterwards).
create function suara_step_tallied() returns trigger
    language plpgsql as
$$
declare
    c       case_file;
    v_zone    text;
    v_due     timestamptz;
    v_event    text;
begin
    if new.action = 'complainant-objected' then
        v_event := 'OBJECTED';
    elsif new.from_step is not null and new.to_step is not null and new.to_step <> new.from_step then
        v_event := 'DONE';
    else
        return null;
    end if;
    select * into c from case_file where id = new.case_id;
    select time_zone into v_zone from institution where id = c.institution_id;
    select e.due_at into v_due from case_event e where e.case_id = new.case_id and e.seq = new.seq - 1;
    insert into case_step_tally as t (institution_id, day, unit_id, sop_version_id, step, event, on_time, n)
    values (c.institution_id, (new.occurred_at at time zone v_zone)::date,
            coalesce(c.assigned_unit_id, '00000000-0000-0000-0000-000000000000'::uuid), c.sop_version_id,
            new.from_step, v_event, v_event = 'OBJECTED' or v_due is null or new.occurred_at <= v_due, 1)
    on conflict (institution_id, day, unit_id, sop_version_id, step, event, on_time)
        do update set n = t.n + 1;
    return null;
end
$$;

create trigger case_event_tallied after insert on case_event
    for each row execute function suara_step_tallied();

-- Rebuilds every tally from the cases and their histories: after a bulk load with the triggers disabled (the benchmark
-- generator), or to check that the kept tallies equal a recount (tests do).
create function suara_rebuild_tallies() returns void
    language plpgsql as
$$
begin
    truncate case_tally, case_finish_tally, case_step_tally;
    insert into case_tally (institution_id, day, unit_id, sop_version_id, kind, channel, category, status, step, open,
                            merged, stripe, n)
    select c.institution_id, (c.registered_at at time zone i.time_zone)::date,
           coalesce(c.assigned_unit_id, '00000000-0000-0000-0000-000000000000'::uuid), c.sop_version_id, c.kind,
           c.channel, coalesce(c.category, ''), c.status, c.current_step,
           c.closed_at is null and c.merged_into is null, c.merged_into is not null,
           (hashtext(c.id::text) & 3)::smallint, count(*)
    from case_file c join institution i on i.id = c.institution_id
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12;
    insert into case_finish_tally (institution_id, day, unit_id, sop_version_id, kind, outcome, working_days, on_time, n)
    select institution_id, day, unit_id, sop_version_id, kind, outcome, working_days,
           limit_days is null or working_days <= limit_days, count(*)
    from (select c.institution_id, (coalesce(c.answered_at, c.closed_at) at time zone i.time_zone)::date as day,
                 coalesce(c.assigned_unit_id, '00000000-0000-0000-0000-000000000000'::uuid) as unit_id,
                 c.sop_version_id, c.kind,
                 case when c.answered_at is not null then 'ANSWERED' else c.status end as outcome,
                 suara_working_days(c.institution_id, i.time_zone, c.registered_at,
                                    coalesce(c.answered_at, c.closed_at)) as working_days,
                 v.answer_limit_days as limit_days
          from case_file c join institution i on i.id = c.institution_id join sop_version v on v.id = c.sop_version_id
          where c.merged_into is null and coalesce(c.answered_at, c.closed_at) is not null) f
    group by 1, 2, 3, 4, 5, 6, 7, 8;
    insert into case_step_tally (institution_id, day, unit_id, sop_version_id, step, event, on_time, n)
    select c.institution_id, (e.occurred_at at time zone i.time_zone)::date,
           coalesce(c.assigned_unit_id, '00000000-0000-0000-0000-000000000000'::uuid), c.sop_version_id, e.from_step,
           case when e.action = 'complainant-objected' then 'OBJECTED' else 'DONE' end,
           e.action = 'complainant-objected' or p.due_at is null or e.occurred_at <= p.due_at, count(*)
    from case_event e
    join case_file c on c.id = e.case_id
    join institution i on i.id = c.institution_id
    left join case_event p on p.case_id = e.case_id and p.seq = e.seq - 1
    where e.action = 'complainant-objected'
       or (e.from_step is not null and e.to_step is not null and e.to_step <> e.from_step)
    group by 1, 2, 3, 4, 5, 6, 7;
end
$$;

select suara_rebuild_tallies();
