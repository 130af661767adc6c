-- Letter numbers run per number series, not per document type (ADR 0025, amended): types whose patterns print the same
-- classification code and unit code share one running number, as letters share a secretariat's outgoing-letter register,
-- so that two types can never be given the same number. A series is the pattern with {kka} and {unit} filled in.

create table letter_number_series (
    institution_id uuid         not null references institution (id),
    series         varchar(200) not null,
    year           integer      not null,
    last_value     integer      not null check (last_value >= 1),
    primary key (institution_id, series, year)
);

-- Each type's counter joins its series; where two types already shared one, the series carries on after the higher.
insert into letter_number_series (institution_id, series, year, last_value)
select c.institution_id,
       coalesce(replace(replace(p.pattern, '{kka}', p.classification_code), '{unit}', p.unit_code),
                '000/{seq}/' || case when i.kind = 'COUNCIL_SECRETARIAT' then 'Setwan' else 'Dinas' end || '/{month}/{year}'),
       c.year,
       max(c.last_value)
from letter_number_counter c
join institution i on i.id = c.institution_id
left join letter_number_pattern p on p.institution_id = c.institution_id and p.document_type = c.document_type
group by 1, 2, 3;

drop table letter_number_counter;
