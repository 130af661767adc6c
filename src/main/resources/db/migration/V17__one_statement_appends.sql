-- The audit chain's head also keeps the hash before the last append, so that one statement can advance the head,
-- compute the new entry's hash from the previous one and insert the entry (AuditLog.record, ADR 0021).
alter table audit_head add column previous_hash char(64);
