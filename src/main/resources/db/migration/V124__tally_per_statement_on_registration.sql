-- A registration group (ADR 0022: one INSERT of its cases, one of their histories) is counted into the monitoring tally
-- once per statement instead of once per row (ADR 0047): the figures of all the group's cases are summed first, so that
-- sixteen complaints to one institution on one day add to its "kind", "channel", "unit" and "state" rows once each, and
-- the monthly rows' trigger runs once per distinct row, not once per case and figure. The counts are the same: each
-- case's contribution is still suara_case_contributions() of its row, each history entry's suara_case_step_contributions()
-- of its entry. Changes of a case stay counted per row (the old row's contribution against the new one's).

drop trigger case_file_tallied on case_file;
create trigger case_file_tallied after update on case_file
    for each row execute function suara_case_file_tallied();

create function suara_case_files_registered() returns trigger
    language plpgsql as
$$
begin
    insert into monitoring_tally as t (institution_id, unit_id, day, figure, value, n)
    select x.institution_id, x.unit_id, x.day, x.figure, x.value, sum(x.n)
    from registered c
    cross join lateral suara_case_contributions(c, 1) x
    group by 1, 2, 3, 4, 5
    having sum(x.n) <> 0
    order by 1, 2, 3, 4, 5
    on conflict (institution_id, unit_id, day, figure, value) do update set n = t.n + excluded.n;
    return null;
end
$$;

create trigger case_files_registered after insert on case_file
    referencing new table as registered
    for each statement execute function suara_case_files_registered();

drop trigger case_event_tallied on case_event;

-- History entries counted when written, under the institution and the unit each case is assigned to then, summed over
-- the statement's entries (a registration group's, or one action's).
create function suara_steps_tallied() returns trigger
    language plpgsql as
$$
begin
    insert into monitoring_tally as t (institution_id, unit_id, day, figure, value, n)
    select x.institution_id, x.unit_id, x.day, x.figure, x.value, sum(x.n)
    from written e
    join case_file c on c.id = e.case_id
    cross join lateral (select '00000000-0000-0000-0000-000000000000'::uuid as unit_id
                        union all
                        select c.assigned_unit_id where c.assigned_unit_id is not null) u
    cross join lateral suara_case_step_contributions(c, u.unit_id, 1, e.seq) x
    where e.action = 'complainant-objected'
       or (e.from_step is not null and e.to_step is not null and e.to_step <> e.from_step)
    group by 1, 2, 3, 4, 5
    order by 1, 2, 3, 4, 5
    on conflict (institution_id, unit_id, day, figure, value) do update set n = t.n + excluded.n;
    return null;
end
$$;

create trigger case_event_tallied after insert on case_event
    referencing new table as written
    for each statement execute function suara_steps_tallied();

drop function suara_step_tallied();
