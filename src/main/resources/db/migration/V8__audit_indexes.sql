-- Indexes for reading the audit log newest first (by seq) filtered by institution, actor name or action (also by action
-- prefix, e.g. 'login.%'), and for time ranges across all institutions.

create index audit_entry_institution_seq on audit_entry (institution_id, seq);
create index audit_entry_actor_name on audit_entry (actor_name, seq);
create index audit_entry_action on audit_entry (action varchar_pattern_ops, seq);
create index audit_entry_occurred_at on audit_entry (occurred_at);
