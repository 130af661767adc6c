-- SOP definitions as versioned data. A case keeps the version it started with; a new version never rewrites running cases.

create table sop_version (
    id             uuid primary key,
    institution_id uuid        not null references institution (id),
    code           varchar(60) not null,
    version        integer     not null,
    status         varchar(10) not null check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    definition     jsonb       not null,
    preset         varchar(60),
    created_at     timestamptz not null default now(),
    activated_at   timestamptz,
    unique (institution_id, code, version)
);

create unique index sop_version_one_active on sop_version (institution_id, code) where status = 'ACTIVE';

-- Definitions are immutable once written: only the status and activation time of a version may change.
create function sop_version_immutable() returns trigger language plpgsql as $$
begin
    if new.definition is distinct from old.definition or new.code is distinct from old.code
       or new.version is distinct from old.version or new.institution_id is distinct from old.institution_id then
        raise exception 'SOP version % is immutable; create a new version instead', old.id;
    end if;
    return new;
end $$;

create trigger sop_version_immutable before update on sop_version
    for each row execute function sop_version_immutable();
