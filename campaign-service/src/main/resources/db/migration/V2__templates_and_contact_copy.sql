-- campaign-service schema, version 2: email templates and the copy of contacts and their subscriptions.

create table email_template (
    id           uuid primary key,
    name         varchar(200) not null,
    kind         varchar(32) not null,
    from_name    varchar(200),
    from_address varchar(320),
    reply_to     varchar(320),
    subject      varchar(998) not null,
    preheader    varchar(500),
    html_body    text not null,
    text_body    text not null,
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    version      bigint not null
);
create index email_template_name on email_template (lower(name));

-- Kept from rekindle.contacts.v1; an erased contact's row is deleted (GDPR).
create table contact_copy (
    contact_id  uuid primary key,
    email       varchar(320) not null,
    first_name  varchar(200),
    last_name   varchar(200),
    archived_at timestamptz,
    created_at  timestamptz not null
);

-- One row per contact, subscription type and channel. No foreign key to contact_copy: a subscription
-- event may be consumed before the contact's creation is.
create table contact_subscription (
    contact_id           uuid not null,
    subscription_type_id uuid not null,
    channel              varchar(16) not null,
    status               varchar(32) not null,
    changed_at           timestamptz not null,
    primary key (contact_id, subscription_type_id, channel)
);
-- Audience resolution: "everyone subscribed to this type on this channel".
create index contact_subscription_by_type on contact_subscription (subscription_type_id, channel, status);
