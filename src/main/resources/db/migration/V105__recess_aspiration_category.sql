-- A case registered from an aspiration heard at a recess (ADR 0032) is about what the aspiration's category says: the
-- case takes it when it has none (staff may change it on the case afterwards), and follows a change of the aspiration's
-- category while staff have not set another. Monitoring counts cases by category (ADR 0038).

update case_file c set category = a.category
from recess_aspiration a
where a.case_id = c.id and c.category is null;

create function suara_aspiration_category() returns trigger
    language plpgsql as
$$
begin
    update case_file set category = new.category
    where id = new.case_id
      and (category is null or (tg_op = 'UPDATE' and category = old.category));
    return null;
end
$$;

create trigger recess_aspiration_category after insert or update of category on recess_aspiration
    for each row execute function suara_aspiration_category();
