-- The GIN indexes a registration writes (ADR 0050): a case's search vector and title trigrams, a submission's
-- respondent trigrams. With PostgreSQL's default pending list of 4 MB, the registration that fills it merges it into
-- the index inside its own transaction (~150 ms on a million cases) while the submissions queued behind the
-- institution's counter wait, and every search scans the unsorted list until then. A 256 kB list is merged sixteen
-- times as often, each time sixteen times faster.
alter index case_file_search set (gin_pending_list_limit = 256);
alter index case_file_title_trgm set (gin_pending_list_limit = 256);
alter index submission_respondent_trgm set (gin_pending_list_limit = 256);
