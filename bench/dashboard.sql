-- The statements of one dashboard (id.suara.monitoring.Monitoring) for one institution and period, timed by PostgreSQL
-- with EXPLAIN ANALYZE, and the reference: a plain GROUP BY over the institution's cases of the same period.
-- psql variables: institution (uuid), from, to (dates), zone (time zone). Run by bench/dashboards.
\set QUIET on
\pset footer off
\echo '-- monitoring_tally_month: every figure of the period (IKM included), summed per figure and key (whole months)'
explain (analyze, summary) select figure, value, sum(n) as n from monitoring_tally_month
where institution_id = :'institution' and unit_id = '00000000-0000-0000-0000-000000000000'
  and day between :'from' and :'to'
group by figure, value
having sum(n) <> 0;
\echo '-- monitoring_tally: the same from the daily rows (what a period with edge days reads for those days)'
explain (analyze, summary) select figure, value, sum(n) as n from monitoring_tally
where institution_id = :'institution' and unit_id = '00000000-0000-0000-0000-000000000000'
  and day between :'from' and :'to'
group by figure, value
having sum(n) <> 0;
\echo '-- monitoring_tally: received and finished per day (weekly and monthly trends)'
explain (analyze, summary) select day, figure, sum(n) as n from monitoring_tally
where institution_id = :'institution' and unit_id = '00000000-0000-0000-0000-000000000000'
  and day between :'from' and :'to' and figure in ('kind', 'outcome')
group by day, figure
having sum(n) <> 0;
\echo '-- case_file: open now (not a tally)'
explain (analyze, summary) select sop_version_id, status, current_step, count(*) as n from case_file
where institution_id = :'institution' and closed_at is null
group by sop_version_id, status, current_step order by n desc, current_step;
\echo '-- case_file: overdue list and count (not a tally)'
explain (analyze, summary) select id, registration_number, title, sop_version_id, current_step, assigned_unit_id, step_due_at
from case_file where institution_id = :'institution' and closed_at is null and step_due_at < now()
order by step_due_at, id limit 50;
explain (analyze, summary) select count(*) from case_file
where institution_id = :'institution' and closed_at is null and step_due_at < now();
\echo '-- reference: a plain GROUP BY over the same institution-period of case_file'
explain (analyze, summary) select kind, channel, status, current_step, closed_at is null as open, count(*)
from case_file
where institution_id = :'institution'
  and registered_at >= (:'from'::date)::timestamp at time zone :'zone'
  and registered_at < ((:'to'::date) + 1)::timestamp at time zone :'zone'
group by 1, 2, 3, 4, 5;
\echo '-- reference: a plain GROUP BY over every case_file row'
explain (analyze, summary) select institution_id, kind, channel, status, count(*) from case_file group by 1, 2, 3, 4;
