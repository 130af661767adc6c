-- Saved views of the back-office inbox: a named filter (the query string of the inbox page) per staff account.

create table saved_view (
    id         uuid primary key,
    account_id uuid         not null references staff_account (id) on delete cascade,
    name       varchar(80)  not null,
    query      varchar(1000) not null
);

create index saved_view_account on saved_view (account_id, name);
