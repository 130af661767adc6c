-- Public statistics (issue 4): each history entry remembers the due time of the step the case was in after it, so
-- "answered on time" can be told later: the answer was published before the due time of the step it was published in.
alter table case_event add column due_at timestamptz;

create index case_file_answered on case_file (institution_id, answered_at desc) where public_answer is not null;
