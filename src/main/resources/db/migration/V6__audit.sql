-- The audit log: every read of a confidential identity, every case action, every login and every administrative change.
-- Entries are hash-chained: each stores the SHA-256 of its own content and of the entry before it, so a changed or
-- removed entry is detected by verification. Appended under an advisory lock, never updated or deleted.

create table audit_entry (
    seq            bigint primary key,
    occurred_at    timestamptz  not null,
    institution_id uuid,
    actor_id       uuid,
    actor_name     varchar(120) not null,
    action         varchar(60)  not null,
    subject_type   varchar(40),
    subject_id     varchar(100),
    details        text         not null,
    client_address varchar(64),
    previous_hash  char(64)     not null,
    hash           char(64)     not null
);

create index audit_entry_institution on audit_entry (institution_id, occurred_at);
create index audit_entry_actor on audit_entry (actor_id, occurred_at);
create index audit_entry_subject on audit_entry (subject_type, subject_id);

create trigger audit_entry_append_only before update or delete on audit_entry
    for each statement execute function refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function refuse_change();
