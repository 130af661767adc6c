-- The open cases by due time (the reminder job's digest, the overdue lists) answered from the index alone: at 1,000,000
-- cases the digest's statement of one institution read ~12,000 heap pages for 13,000 open cases due (130 ms cold).
create index case_file_open_due_covering on case_file (institution_id, step_due_at)
    include (id, registration_number, sop_version_id, current_step, assigned_unit_id) where closed_at is null;
drop index case_file_open_due;
