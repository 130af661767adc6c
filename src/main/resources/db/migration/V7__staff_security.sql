-- Sign-in protection and account history: consecutive failed sign-ins lock an account for a while (the counter restarts
-- at every success and at every lock); the last sign-in and the last password change are kept for administrators.

alter table staff_account
    add column failed_attempts     integer     not null default 0,
    add column locked_until        timestamptz,
    add column last_login_at       timestamptz,
    add column password_changed_at timestamptz;

update staff_account set password_changed_at = created_at;

alter table staff_account alter column password_changed_at set not null,
                          alter column password_changed_at set default now();

alter table staff_account add constraint staff_account_failed_attempts_not_negative check (failed_attempts >= 0);

create index staff_account_institution on staff_account (institution_id, username);
