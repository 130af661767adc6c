-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.0 for PostgreSQL): events
-- published in a transaction are stored with it and handed to their listeners after commit; a listener that fails leaves
-- its publication to be resubmitted (ADR 0025).
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- Every mail Suara sends, as queued and as it went: the delivery log. A mail is queued once per key.
create table outgoing_mail (
    id              uuid         primary key,
    institution_id  uuid         references institution (id),
    submission_id   uuid         references submission (id),
    mail_key        varchar(200) not null unique,
    recipient       varchar(254) not null,
    subject         varchar(300) not null,
    body            text         not null,
    status          varchar(20)  not null check (status in ('QUEUED', 'SENT')),
    attempts        integer      not null default 0,
    last_error      varchar(500),
    last_attempt_at timestamptz,
    queued_at       timestamptz  not null,
    sent_at         timestamptz
);
create index outgoing_mail_submission on outgoing_mail (submission_id, queued_at);

create table outgoing_mail_attachment (
    mail_id      uuid         not null references outgoing_mail (id),
    position     integer      not null,
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    content      bytea        not null,
    primary key (mail_id, position)
);
