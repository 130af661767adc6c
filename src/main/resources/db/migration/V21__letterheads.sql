-- Each institution's letterhead (kop surat, GOVDOCS §1.1): the region's government line, the unit's name, its address and
-- contacts, and the place written before a letter's date. Without a row, documents carry the institution's name only.
create table institution_letterhead (
    institution_id uuid         primary key references institution (id),
    government     varchar(200),
    unit_name      varchar(200) not null,
    address        varchar(300),
    phone          varchar(60),
    email          varchar(120),
    website        varchar(200),
    place          varchar(80),
    updated_at     timestamptz  not null,
    updated_by     uuid
);
