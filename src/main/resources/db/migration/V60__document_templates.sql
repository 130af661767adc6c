-- Document templates edited by an institution's administrator (issue 9, ADR 0029). Each save is a new version, kept for
-- good: who, when, why, and the text. The newest version of an institution and type is the one new documents use; a
-- version without text means "back to the template shipped with Suara". Documents already issued are stored as PDFs and
-- never change (ADR 0024).
create table document_template_version (
    id              uuid          primary key,
    institution_id  uuid          not null references institution (id),
    document_type   varchar(40)   not null,
    version         integer       not null check (version >= 1),
    body            text          check (body is null or octet_length(body) <= 102400),
    note            varchar(500),
    restored_from   integer,
    created_at      timestamptz   not null,
    created_by      uuid,
    created_by_name varchar(200)  not null,
    unique (institution_id, document_type, version)
);

-- Versions are never changed or removed: going back is a new version.
create function document_template_version_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'A template version is never changed or removed; save a new version instead'
        using errcode = 'check_violation';
end $$;
create trigger document_template_version_immutable before update or delete on document_template_version
    for each row execute function document_template_version_is_immutable();

-- Which of the institution's template versions printed a document; null: the template shipped with Suara.
alter table issued_document add column template_version integer;
