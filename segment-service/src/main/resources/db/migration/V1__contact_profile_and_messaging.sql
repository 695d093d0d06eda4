-- segment-service schema, version 1: the contact projection, the account settings copy and the event outbox/inbox.

create table contact_profile (
    contact_id  uuid primary key,
    email       varchar(320) not null,
    first_name  varchar(200),
    last_name   varchar(200),
    phone       varchar(16),
    created_at  timestamptz not null
);
create index contact_profile_email on contact_profile (email);

-- Copy of the account settings, kept by rekindle-account-replica from AccountSettingsChanged events.
create table account_settings_replica (
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

-- Transactional outbox (same layout in every service; see rekindle-platform's OutboxEvent).
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
create index outbox_event_unpublished on outbox_event (position) where published_at is null;

-- Idempotent consumers: an event id is recorded in the same transaction as its effect.
create table processed_event (
    consumer     varchar(200) not null,
    event_id     varchar(64) not null,
    event_type   varchar(200) not null,
    processed_at timestamptz not null,
    primary key (consumer, event_id)
);
