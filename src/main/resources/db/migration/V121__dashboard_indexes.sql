-- Two reads of the monitoring dashboard (ADR 0038, measured in ADR 0042 at 1,000,000 cases) answered from an index alone:
-- the cases open now by procedure, status and step (of the institution, or of one unit), which read every open case's
-- row from the heap (126 ms for 17,800 open cases of one institution), and the objections of a period, which scanned
-- the whole step tally (95 ms) because its primary key leads with the unit and the procedure after the day.
create index case_file_open_state on case_file (institution_id, sop_version_id, status, current_step)
    include (assigned_unit_id) where closed_at is null;
create index case_step_tally_objections on case_step_tally (institution_id, day) include (unit_id, n)
    where event = 'OBJECTED';
