-- ADR 0051: similar cases are looked for among the institution's recent open cases, read by case_file_open_recent, and
-- measured there; the two trigram indexes that served the old lookup returned half of all cases for a formulaic title
-- and are read by no statement now, while every registration wrote them. pg_trgm stays: similarity() and % are its.
drop index if exists case_file_title_trgm;
drop index if exists submission_respondent_trgm;
