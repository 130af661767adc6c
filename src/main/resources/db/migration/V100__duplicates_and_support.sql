-- Duplicates and "saya juga mengalami" (issue 11, ADR 0037).
--
-- pg_trgm ships with PostgreSQL's contrib modules (the embedded PostgreSQL 18 and the PostgreSQL 15 server both have it)
-- and is a trusted extension: a database owner creates it without being a superuser.
create extension if not exists pg_trgm;

-- A duplicate merged into a main case: closed (closed_at = merged_at) at the step and status it had, its own clock
-- stopped; merged_due_at keeps the due time it had then, so that undoing the merge gives it back the time it had left.
alter table case_file add column merged_into   uuid references case_file (id);
alter table case_file add column merged_at     timestamptz;
alter table case_file add column merged_due_at timestamptz;

create index case_file_merged_into on case_file (merged_into) where merged_into is not null;

-- Similar cases are looked for among an institution's recent open cases by their title (trigrams), their words (the
-- existing full-text index, case_file_search) and the submission's respondent (trigrams).
create index case_file_title_trgm on case_file using gin (lower(title) gin_trgm_ops);
create index submission_respondent_trgm on submission using gin (lower(respondent) gin_trgm_ops);
create index case_file_open_recent on case_file (institution_id, registered_at desc) where closed_at is null;

-- Supporters ("saya juga mengalami"): one row per browser (a random cookie, stored as its SHA-256) and case; the client
-- address (IPv4, or an IPv6 /64) is kept as its SHA-256 too, only to bound how many supports one address gives a case.
create table case_support (
    case_id        uuid        not null references case_file (id),
    browser_hash   bytea       not null,
    client_hash    bytea       not null,
    supported_at   timestamptz not null,
    primary key (case_id, browser_hash)
);

create index case_support_client on case_support (case_id, client_hash);

alter table case_file add column supporters integer not null default 0;
