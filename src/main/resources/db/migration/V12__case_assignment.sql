-- Every unit (council organ, government office, division) a case is or ever was assigned to. Staff whose roles are all
-- bound to a unit (organ members, liaison officers) read only the cases of this table's rows for their units (ADR 0014);
-- a case assigned to another unit later stays readable to the unit that had it.

create table case_assignment (
    case_id     uuid        not null references case_file (id),
    unit_id     uuid        not null references unit (id),
    assigned_at timestamptz not null,
    primary key (case_id, unit_id)
);

-- The case list of a unit-bound reader: exists (... where unit_id in (:units) and case_id = case_file.id).
create index case_assignment_unit on case_assignment (unit_id, case_id);

-- Backfill 1: the assignments recorded in the history. An action whose SOP transition has a field with the effect
-- ASSIGN_UNIT records that unit's id under the field's name in case_event.fields.
insert into case_assignment (case_id, unit_id, assigned_at)
select e.case_id, u.id, min(e.occurred_at)
from case_event e
join case_file c on c.id = e.case_id
join sop_version v on v.id = c.sop_version_id
cross join lateral jsonb_array_elements(
    case jsonb_typeof(v.definition -> 'transitions') when 'array' then v.definition -> 'transitions' else '[]' end) t
cross join lateral jsonb_array_elements(
    case jsonb_typeof(t -> 'fields') when 'array' then t -> 'fields' else '[]' end) f
join unit u on u.institution_id = c.institution_id and u.id::text = lower(e.fields ->> (f ->> 'name'))
where t ->> 'from' = e.from_step
  and t ->> 'action' = e.action
  and f ->> 'effect' = 'ASSIGN_UNIT'
group by e.case_id, u.id
on conflict do nothing;

-- Backfill 2: the unit each case is assigned to now, in case its history does not show it.
insert into case_assignment (case_id, unit_id, assigned_at)
select id, assigned_unit_id, step_entered_at
from case_file
where assigned_unit_id is not null
on conflict do nothing;
