-- Institutions (tenants), their units, and staff accounts with their roles.

create table institution (
    id                   uuid primary key,
    code                 varchar(40)  not null unique,
    name                 varchar(200) not null,
    kind                 varchar(30)  not null,
    time_zone            varchar(40)  not null,
    registration_pattern varchar(100) not null,
    created_at           timestamptz  not null default now()
);

create table unit (
    id             uuid primary key,
    institution_id uuid         not null references institution (id),
    code           varchar(40)  not null,
    name           varchar(200) not null,
    type           varchar(30)  not null,
    unique (institution_id, code)
);

create table staff_account (
    id             uuid primary key,
    institution_id uuid references institution (id),
    username       varchar(60)  not null unique,
    display_name   varchar(120) not null,
    password_hash  varchar(200) not null,
    enabled        boolean      not null default true,
    created_at     timestamptz  not null default now()
);

create table staff_role (
    account_id uuid        not null references staff_account (id) on delete cascade,
    role       varchar(40) not null,
    unit_id    uuid references unit (id),
    unique nulls not distinct (account_id, role, unit_id)
);
