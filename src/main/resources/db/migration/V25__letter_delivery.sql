-- How a signed letter reached its addressee (issue 9, ADR 0025): by e-mail through the outbox (delivered once the mail
-- server accepted it) or by post (recorded by staff, delivered when recorded). Each names the version it delivered.
create table letter_delivery (
    id               uuid         primary key,
    letter_id        uuid         not null references letter (id),
    document_id      uuid         not null references issued_document (id),
    channel          varchar(10)  not null check (channel in ('EMAIL', 'POST')),
    mail_id          uuid         references outgoing_mail (id),
    note             varchar(500),
    recorded_at      timestamptz  not null,
    recorded_by      uuid         not null,
    recorded_by_name varchar(200) not null,
    check ((channel = 'EMAIL') = (mail_id is not null))
);
create index letter_delivery_letter on letter_delivery (letter_id, recorded_at);
