-- Notices to complainants and staff (issue 11, ADR 0035).

-- The language the complainant is written to in: Indonesian unless they chose English.
alter table submission add column language varchar(2) not null default 'id' check (language in ('id', 'en'));

-- Staff hear of their cases by mail: at once, in a daily digest, or not at all.
alter table staff_account
    add column email varchar(254),
    add column notification_preference varchar(10) not null default 'DIGEST'
        check (notification_preference in ('IMMEDIATE', 'DIGEST', 'NONE'));

-- A notice's key names its case, history entry, milestone, channel and recipient: longer than a letter's.
alter table outgoing_mail alter column mail_key type varchar(400);

-- An institution's own wording of a milestone notice; without one, the shipped default is used.
create table notice_template (
    institution_id uuid         not null references institution (id),
    milestone      varchar(30)  not null,
    language       varchar(2)   not null check (language in ('id', 'en')),
    subject        varchar(300) not null,
    body           text         not null check (length(body) <= 10000),
    updated_at     timestamptz  not null,
    updated_by     uuid references staff_account (id),
    primary key (institution_id, milestone, language)
);

-- An institution's SMS/WhatsApp gateway: a webhook Suara calls, signed with the secret (never shown back).
create table notice_gateway (
    institution_id uuid         primary key references institution (id),
    url            varchar(500) not null,
    secret         varchar(200) not null,
    sms            boolean      not null,
    whatsapp       boolean      not null,
    updated_at     timestamptz  not null
);

-- Outgoing webhook calls to the gateway, one per notice, channel and recipient; sent after commit like outgoing_mail.
create table outgoing_webhook (
    id              uuid         primary key,
    institution_id  uuid         not null references institution (id),
    submission_id   uuid         references submission (id),
    webhook_key     varchar(400) not null unique,
    milestone       varchar(30)  not null,
    channel         varchar(10)  not null check (channel in ('SMS', 'WHATSAPP')),
    recipient       varchar(30)  not null,
    payload         text         not null,
    status          varchar(20)  not null check (status in ('QUEUED', 'SENT')),
    attempts        integer      not null default 0,
    last_error      varchar(500),
    last_attempt_at timestamptz,
    queued_at       timestamptz  not null,
    sent_at         timestamptz
);
create index outgoing_webhook_submission on outgoing_webhook (submission_id, queued_at);
