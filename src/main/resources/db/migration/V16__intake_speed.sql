-- Intake speed (ADR 0019). A registration takes its number as the last step before commit, so that registrations of one
-- institution wait for each other only that long: the submission and its case are written first without the number,
-- which the numbering statement fills in. A committed submission or case always has its number: checked at commit.

alter table submission
    alter column registration_sequence drop not null,
    alter column registration_number drop not null;
alter table case_file alter column registration_number drop not null;

create function require_registration_number() returns trigger language plpgsql as $$
begin
    if TG_TABLE_NAME = 'submission' then
        perform 1 from submission where id = new.id and (registration_number is null or registration_sequence is null);
    else
        perform 1 from case_file where id = new.id and registration_number is null;
    end if;
    if found then
        raise exception 'A % must have its registration number when it is committed', TG_TABLE_NAME
            using errcode = 'check_violation';
    end if;
    return null;
end $$;

create constraint trigger submission_numbered after insert on submission
    deferrable initially deferred for each row execute function require_registration_number();
create constraint trigger case_file_numbered after insert on case_file
    deferrable initially deferred for each row execute function require_registration_number();

-- The newest entry of the audit chain, one row: an append reads and advances it with one locking update instead of an
-- advisory lock and a search for the newest entry (ADR 0011).
create table audit_head (
    only_row boolean  primary key default true check (only_row),
    seq      bigint   not null,
    hash     char(64) not null
);

insert into audit_head (seq, hash)
select coalesce(max(seq), 0),
       coalesce((select hash from audit_entry order by seq desc limit 1), repeat('0', 64))
from audit_entry;

-- A registration number from its pattern with every token but {seq}/{seq:N} already filled in (Java's
-- RegistrationNumberFormat.template): the sequence, zero-padded to N digits and never cut, as String.format("%0Nd") does.
create function format_registration_number(template text, seq bigint) returns text
    language plpgsql immutable strict as $$
declare
    token  text[];
    digits text := seq::text;
    result text := template;
begin
    for token in select regexp_matches(template, '\{seq(?::(\d{1,2}))?\}', 'g') loop
        result := replace(result, '{seq' || coalesce(':' || token[1], '') || '}',
            case when token[1] is null or length(digits) >= token[1]::int then digits
                 else lpad(digits, token[1]::int, '0') end);
    end loop;
    return result;
end $$;
