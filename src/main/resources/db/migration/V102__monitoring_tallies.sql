-- Monitoring and recaps (issue 12, ADR 0038): summaries kept as cases move, so that a dashboard or a recap of one
-- institution and one period reads a few thousand summary rows instead of grouping every case.
--
-- One tally (monitoring_tally, below), maintained by triggers in the transaction of every change, whatever code makes
-- it: every case counted on the day it was registered under what it is now, on the day of its outcome with its working
-- days and whether the whole procedure's limit was kept, and every step it left on time or late. Days are the
-- institution's local dates; a unit is the case's assigned unit (organ or office).

-- A case's category: what it is about, in the vocabulary recess aspirations are sorted by; null until staff give it.
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

-- One narrow tally (ADR 0038): a count per institution, day and figure, for the whole institution (unit_id nil) and
-- again for the unit the case is assigned to now. Each figure counts one thing under a short key, so that a year of one
-- institution is a few tens of thousands of rows however many cases it had:
--   on the day a case was registered (what it is now):
--     kind      "<kind>|<merged>"                       category  "<category or empty>"
--     channel   "<channel>"                             state     "<sop version>|<status>|<step>|<open>"
--     unit      "<unit or empty>|<kind>|<open>"
--   on the day of its outcome (first answer, or closing without one; never for a merged duplicate):
--     outcome   "<ANSWERED or closing status>"          days      "<working days from registration>"
--     procedure "<sop version>|<on time>" (answers)     unitout   "<unit or empty>|<outcome>|<on time>"
--   on the day of a history entry:
--     step      "<sop version>|<step left>|<on time>"   objected  ""
--   on the day a satisfaction questionnaire was returned (IKM, ADR 0036): ikm "n" counts it (1), ikm "U1".."U9" add its
--   scores, so that a period's index is computed from sums
create table monitoring_tally (
    institution_id uuid         not null,
    unit_id        uuid         not null,
    day            date         not null,
    figure         varchar(10)  not null,
    value          varchar(200) not null,
    n              integer      not null,
    primary key (institution_id, unit_id, day, figure, value)
);

-- What a dashboard reads — an institution's or a unit's days of a period — from the index alone: the counts of past days
-- are on all-visible pages, so a year is one index range (at 1,000,000 cases: 36 ms for a year of Kebumen's 59,000 rows,
-- against 180 ms through the table).
create index monitoring_tally_period on monitoring_tally (institution_id, unit_id, day) include (figure, value, n);

-- The same counts per month (day: the month's first), kept from the daily rows by a trigger: a period of whole months —
-- a year, a quarter — reads a dozen rows per figure and key instead of a few hundred; its days at the edges (a masa
-- sidang from the 5th) come from the daily rows.
create table monitoring_tally_month (
    institution_id uuid         not null,
    unit_id        uuid         not null,
    day            date         not null,
    figure         varchar(10)  not null,
    value          varchar(200) not null,
    n              integer      not null,
    primary key (institution_id, unit_id, day, figure, value)
);

create function suara_tally_month() returns trigger
    language plpgsql as
$$
begin
    insert into monitoring_tally_month as m (institution_id, unit_id, day, figure, value, n)
    values (new.institution_id, new.unit_id, date_trunc('month', new.day)::date, new.figure, new.value,
            new.n - case when tg_op = 'UPDATE' then old.n else 0 end)
    on conflict (institution_id, unit_id, day, figure, value) do update set n = m.n + excluded.n;
    return null;
end
$$;

create trigger monitoring_tally_month after insert or update of n on monitoring_tally
    for each row execute function suara_tally_month();

-- What a case contributes to the registration and outcome figures, as a pure function of its row: a change of the case
-- is its new row's contribution minus its old one's, and a rebuild is the sum over all rows.
create function suara_case_contributions(c case_file, sign integer)
    returns table (institution_id uuid, unit_id uuid, day date, figure text, value text, n integer)
    language sql stable as
$$
with zone as (select time_zone as tz from institution where id = c.institution_id),
     state as (select (c.closed_at is null and c.merged_into is null)::text as open,
                      coalesce(c.assigned_unit_id::text, '') as unit),
     finish as (select f.at, f.outcome, w.days, (v.answer_limit_days is null or w.days <= v.answer_limit_days)::text as on_time
                from (select coalesce(c.answered_at, c.closed_at) as at,
                             case when c.answered_at is not null then 'ANSWERED' else c.status end as outcome
                      where c.merged_into is null and coalesce(c.answered_at, c.closed_at) is not null) f
                cross join zone
                cross join lateral (select suara_working_days(c.institution_id, zone.tz, c.registered_at, f.at) as days) w
                join sop_version v on v.id = c.sop_version_id),
     figures as (
         select (c.registered_at at time zone zone.tz)::date as day, x.figure, x.value
         from zone, state, lateral (values
             ('kind', c.kind || '|' || (c.merged_into is not null)::text),
             ('channel', c.channel::text),
             ('category', coalesce(c.category, '')),
             ('state', c.sop_version_id::text || '|' || c.status || '|' || c.current_step || '|' || state.open),
             ('unit', state.unit || '|' || c.kind || '|' || state.open)) x (figure, value)
         union all
         select (finish.at at time zone zone.tz)::date, x.figure, x.value
         from zone, state, finish, lateral (values
             ('outcome', finish.outcome),
             ('days', finish.days::text),
             ('unitout', state.unit || '|' || finish.outcome || '|' || finish.on_time),
             ('procedure', case when finish.outcome = 'ANSWERED'
                                then c.sop_version_id::text || '|' || finish.on_time end)) x (figure, value)
         where x.value is not null)
select c.institution_id, u.unit_id, f.day, f.figure, f.value, sign
from figures f
cross join lateral (select '00000000-0000-0000-0000-000000000000'::uuid as unit_id
                    union all
                    select c.assigned_unit_id where c.assigned_unit_id is not null) u
$$;

-- A case's steps and objections, each history entry counted on its day under `unit` (nil: the institution's rows):
-- leaving a step is on time when it happened by the due time the case had before it (the previous entry's due time;
-- none, as while the clock is paused, counts as on time).
create function suara_case_step_contributions(c case_file, unit uuid, sign integer, only_seq integer)
    returns table (institution_id uuid, unit_id uuid, day date, figure text, value text, n integer)
    language sql stable as
$$
select c.institution_id, unit, (e.occurred_at at time zone i.time_zone)::date,
       case when e.action = 'complainant-objected' then 'objected' else 'step' end,
       case when e.action = 'complainant-objected' then ''
            else c.sop_version_id::text || '|' || e.from_step || '|'
                     || (p.due_at is null or e.occurred_at <= p.due_at)::text end,
       sign
from case_event e
join institution i on i.id = c.institution_id
left join case_event p on p.case_id = e.case_id and p.seq = e.seq - 1
where e.case_id = c.id
  and (only_seq is null or e.seq = only_seq)
  and (e.action = 'complainant-objected'
       or (e.from_step is not null and e.to_step is not null and e.to_step <> e.from_step))
$$;

-- A case's satisfaction questionnaire (at most one), counted on the day it was returned under `unit`.
create function suara_case_survey_contributions(c case_file, unit uuid, sign integer)
    returns table (institution_id uuid, unit_id uuid, day date, figure text, value text, n integer)
    language sql stable as
$$
select c.institution_id, unit, (s.submitted_at at time zone i.time_zone)::date, 'ikm', x.element, sign * x.score
from satisfaction_survey s
join institution i on i.id = c.institution_id
cross join lateral (values ('n', 1), ('U1', s.u1), ('U2', s.u2), ('U3', s.u3), ('U4', s.u4), ('U5', s.u5),
                           ('U6', s.u6), ('U7', s.u7), ('U8', s.u8), ('U9', s.u9)) x (element, score)
where s.case_id = c.id
$$;

create function suara_case_file_tallied() returns trigger
    language plpgsql as
$$
begin
    if tg_op = 'UPDATE'
       and (old.assigned_unit_id, old.status, old.current_step, old.closed_at, old.merged_into, old.category,
            old.answered_at, old.sop_version_id, old.registered_at, old.kind, old.channel)
           is not distinct from
           (new.assigned_unit_id, new.status, new.current_step, new.closed_at, new.merged_into, new.category,
            new.answered_at, new.sop_version_id, new.registered_at, new.kind, new.channel) then
        return null;
    end if;
    -- the net change only: an action that moves a case one step changes its "state" figure and nothing else
    insert into monitoring_tally as t (institution_id, unit_id, day, figure, value, n)
    select x.institution_id, x.unit_id, x.day, x.figure, x.value, sum(x.n)
    from (select * from suara_case_contributions(new, 1)
          union all
          select * from suara_case_contributions(old, -1) where tg_op = 'UPDATE'
          union all
          select * from suara_case_step_contributions(old, old.assigned_unit_id, -1, null)
          where tg_op = 'UPDATE' and old.assigned_unit_id is distinct from new.assigned_unit_id
            and old.assigned_unit_id is not null
          union all
          select * from suara_case_step_contributions(new, new.assigned_unit_id, 1, null)
          where tg_op = 'UPDATE' and old.assigned_unit_id is distinct from new.assigned_unit_id
            and new.assigned_unit_id is not null
          union all
          select * from suara_case_survey_contributions(old, old.assigned_unit_id, -1)
          where tg_op = 'UPDATE' and old.assigned_unit_id is distinct from new.assigned_unit_id
            and old.assigned_unit_id is not null
          union all
          select * from suara_case_survey_contributions(new, new.assigned_unit_id, 1)
          where tg_op = 'UPDATE' and old.assigned_unit_id is distinct from new.assigned_unit_id
            and new.assigned_unit_id is not null) x
    group by 1, 2, 3, 4, 5
    having sum(x.n) <> 0
    order by 1, 2, 3, 4, 5
    on conflict (institution_id, unit_id, day, figure, value) do update set n = t.n + excluded.n;
    return null;
end
$$;

create trigger case_file_tallied after insert or update on case_file
    for each row execute function suara_case_file_tallied();

-- A history entry is counted when written, under the institution and the unit the case is assigned to then (a later
-- change of unit moves the unit's count with the case, above).
create function suara_step_tallied() returns trigger
    language plpgsql as
$$
declare
    c case_file;
begin
    if not (new.action = 'complainant-objected'
            or (new.from_step is not null and new.to_step is not null and new.to_step <> new.from_step)) then
        return null;
    end if;
    select * into c from case_file where id = new.case_id;
    insert into monitoring_tally as t (institution_id, unit_id, day, figure, value, n)
    select x.institution_id, x.unit_id, x.day, x.figure, x.value, sum(x.n)
    from (select * from suara_case_step_contributions(c, '00000000-0000-0000-0000-000000000000'::uuid, 1, new.seq)
          union all
          select * from suara_case_step_contributions(c, c.assigned_unit_id, 1, new.seq)
          where c.assigned_unit_id is not null) x
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5
    on conflict (institution_id, unit_id, day, figure, value) do update set n = t.n + excluded.n;
    return null;
end
$$;

create trigger case_event_tallied after insert on case_event
    for each row execute function suara_step_tallied();

create function suara_survey_tallied() returns trigger
    language plpgsql as
$$
declare
    c case_file;
begin
    select * into c from case_file where id = new.case_id;
    insert into monitoring_tally as t (institution_id, unit_id, day, figure, value, n)
    select x.institution_id, x.unit_id, x.day, x.figure, x.value, sum(x.n)
    from (select * from suara_case_survey_contributions(c, '00000000-0000-0000-0000-000000000000'::uuid, 1)
          union all
          select * from suara_case_survey_contributions(c, c.assigned_unit_id, 1)
          where c.assigned_unit_id is not null) x
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5
    on conflict (institution_id, unit_id, day, figure, value) do update set n = t.n + excluded.n;
    return null;
end
$$;

create trigger satisfaction_survey_tallied after insert on satisfaction_survey
    for each row execute function suara_survey_tallied();

-- Rebuilds the tally from the cases and their histories, set-based: after a bulk load with the triggers disabled (the
-- benchmark generator, ADR 0042), or to check that the kept tally equals a recount (tests do). Working days come from
-- a running count of each institution's working days over the dates its cases span, by suara_working_days()'s rule;
-- a step's due time from the previous entry's by lag(). Without JIT, whose compiling took longer than the work.
create function suara_rebuild_tallies() returns void
    language plpgsql
    set jit = off
    set work_mem = '256MB' as
$$
begin
    truncate monitoring_tally, monitoring_tally_month;
    alter table monitoring_tally disable trigger monitoring_tally_month;
    insert into monitoring_tally (institution_id, unit_id, day, figure, value, n)
    with cases as (
        select c.*, i.time_zone as tz, (c.closed_at is null and c.merged_into is null)::text as open,
               coalesce(c.assigned_unit_id::text, '') as unit,
               (c.registered_at at time zone i.time_zone)::date as registered_day,
               coalesce(c.answered_at, c.closed_at) as finished_at,
               case when c.answered_at is not null then 'ANSWERED' else c.status end as outcome,
               v.answer_limit_days as limit_days
        from case_file c join institution i on i.id = c.institution_id join sop_version v on v.id = c.sop_version_id),
    bounds as (
        select institution_id, min(registered_day) as first_day,
               greatest(max(registered_day), max((finished_at at time zone tz)::date)) as last_day
        from cases group by institution_id),
    counted as (
        select b.institution_id, d::date as day,
               sum(case when extract(isodow from d)::smallint = any (coalesce(h.days, array[1, 2, 3, 4, 5]::smallint[]))
                             and not exists (select 1 from holiday x
                                             where x.date = d::date
                                               and (x.institution_id is null or x.institution_id = b.institution_id)
                                               and x.type <> 'WORKING_DAY'
                                               and not exists (select 1 from holiday w
                                                               where w.date = d::date
                                                                 and w.institution_id = b.institution_id
                                                                 and w.type = 'WORKING_DAY'))
                        then 1 else 0 end) over (partition by b.institution_id order by d) as working_so_far
        from bounds b
        cross join lateral (select array_agg(day_of_week) as days from office_hours o
                            where o.institution_id = b.institution_id) h
        cross join lateral generate_series(b.first_day, b.last_day, interval '1 day') d),
    finished as (
        select c.*, (c.finished_at at time zone c.tz)::date as finished_day,
               greatest(0, t.working_so_far - s.working_so_far)::integer as days
        from cases c
        join counted s on s.institution_id = c.institution_id and s.day = c.registered_day
        join counted t on t.institution_id = c.institution_id and t.day = (c.finished_at at time zone c.tz)::date
        where c.merged_into is null and c.finished_at is not null),
    figures as (
        select c.institution_id, c.assigned_unit_id, c.registered_day as day, x.figure, x.value
        from cases c, lateral (values
            ('kind', c.kind || '|' || (c.merged_into is not null)::text),
            ('channel', c.channel::text),
            ('category', coalesce(c.category, '')),
            ('state', c.sop_version_id::text || '|' || c.status || '|' || c.current_step || '|' || c.open),
            ('unit', c.unit || '|' || c.kind || '|' || c.open)) x (figure, value)
        union all
        select f.institution_id, f.assigned_unit_id, f.finished_day, x.figure, x.value
        from finished f, lateral (values
            ('outcome', f.outcome),
            ('days', f.days::text),
            ('unitout', f.unit || '|' || f.outcome || '|' || (f.limit_days is null or f.days <= f.limit_days)::text),
            ('procedure', case when f.outcome = 'ANSWERED'
                               then f.sop_version_id::text || '|'
                                        || (f.limit_days is null or f.days <= f.limit_days)::text end)) x (figure, value)
        where x.value is not null
        union all
        select c.institution_id, c.assigned_unit_id, (e.occurred_at at time zone i.time_zone)::date,
               case when e.action = 'complainant-objected' then 'objected' else 'step' end,
               case when e.action = 'complainant-objected' then ''
                    else c.sop_version_id::text || '|' || e.from_step || '|'
                             || (e.previous_due_at is null or e.occurred_at <= e.previous_due_at)::text end
        from (select case_id, occurred_at, action, from_step, to_step,
                     case when lag(seq) over w = seq - 1 then lag(due_at) over w end as previous_due_at
              from case_event
              window w as (partition by case_id order by seq)) e
        join case_file c on c.id = e.case_id
        join institution i on i.id = c.institution_id
        where e.action = 'complainant-objected'
           or (e.from_step is not null and e.to_step is not null and e.to_step <> e.from_step)),
    surveys as (
        select c.institution_id, c.assigned_unit_id, (s.submitted_at at time zone i.time_zone)::date as day,
               'ikm' as figure, x.element as value, x.score as n
        from satisfaction_survey s
        join case_file c on c.id = s.case_id
        join institution i on i.id = c.institution_id
        cross join lateral (values ('n', 1), ('U1', s.u1), ('U2', s.u2), ('U3', s.u3), ('U4', s.u4), ('U5', s.u5),
                                   ('U6', s.u6), ('U7', s.u7), ('U8', s.u8), ('U9', s.u9)) x (element, score))
    select institution_id, unit_id, day, figure, value, sum(n)
    from (select f.institution_id, f.assigned_unit_id, f.day, f.figure, f.value, 1 as n from figures f
          union all
          select * from surveys) f
    cross join lateral (select '00000000-0000-0000-0000-000000000000'::uuid as unit_id
                        union all
                        select f.assigned_unit_id where f.assigned_unit_id is not null) u
    group by 1, 2, 3, 4, 5;
    alter table monitoring_tally enable trigger monitoring_tally_month;
    insert into monitoring_tally_month (institution_id, unit_id, day, figure, value, n)
    select institution_id, unit_id, date_trunc('month', day)::date, figure, value, sum(n)
    from monitoring_tally
    group by 1, 2, 3, 4, 5;
end
$$;

select suara_rebuild_tallies();
