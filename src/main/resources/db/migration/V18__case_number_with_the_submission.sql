-- A case takes its registration number in the statement that numbers its submission, so that a registration holds its
-- institution's number for one round trip fewer (ADR 0021). The case's copy of the number is also found by search.
create function case_file_takes_registration_number() returns trigger language plpgsql as $$
begin
    update case_file
    set registration_number = new.registration_number,
        search = setweight(to_tsvector('simple', new.registration_number), 'A') || search
    where id = new.id;
    return null;
end $$;

create trigger case_file_takes_registration_number
    after update of registration_number on submission
    for each row
    when (new.registration_number is not null and new.registration_number is distinct from old.registration_number)
    execute function case_file_takes_registration_number();
