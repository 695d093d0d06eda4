-- contact-service schema, version 1: contacts, the account's settings, and the event outbox/inbox.

create table contact (
    id          uuid primary key,
    email       varchar(320) not null,
    first_name  varchar(200),
    last_name   varchar(200),
    phone       varchar(16),
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     bigint not null default 0,
    constraint contact_email_unique unique (email)
);

create table account_settings (
    account_id                   varchar(64) primary key,
    name                         varchar(200) not null,
    time_zone                    varchar(64) not null,
    default_from_name            varchar(200),
    default_from_address         varchar(320),
    verified_sending_domains     text[] not null default '{}',
    resubscription_through_forms boolean not null default false,
    revision                     bigint not null,
    changed_at                   timestamptz not null
);

-- Transactional outbox: rows are written with the state change and published by the relay.
create table outbox_event (
    position     bigint generated always as identity primary key,
    event_id     varchar(64) not null unique,
    event_type   varchar(200) not null,
    topic        varchar(200) not null,
    aggregate_id varchar(200) not null,
    envelope     text not null,
    created_at   timestamptz not null,
    published_at timestamptz
);
-- The relay only ever scans unpublished rows in order: keep that scan small however large the table.
create index outbox_event_unpublished on outbox_event (position) where published_at is null;

-- Idempotent consumers: an event id is recorded in the same transaction as its effect.
create table processed_event (
    consumer     varchar(200) not null,
    event_id     varchar(64) not null,
    event_type   varchar(200) not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);
