-- segment-service schema, version 3: the read model segments are evaluated on, fed only by events
-- (rebuildable by replaying rekindle.contacts.v1 and rekindle.engagement.v1).

-- Latest status per contact, subscription type and channel (SubscriptionChanged); an older event
-- arriving late never overwrites a newer one (changed_at decides).
create table contact_subscription (
    contact_id              uuid not null,
    subscription_type_id    uuid not null,
    channel                 varchar(8) not null,
    status                  varchar(20) not null,
    double_opt_in_confirmed boolean not null default false,
    -- start of the current uninterrupted subscription ("subscribed more than 60 days ago", K3)
    subscribed_at           timestamptz,
    changed_at              timestamptz not null,
    primary key (contact_id, subscription_type_id, channel)
);
create index contact_subscription_subscribed on contact_subscription (channel, status, contact_id);

-- Orders placed (OrderRecorded), once per order id.
create table contact_order (
    order_id   varchar(200) primary key,
    contact_id uuid not null,
    amount     numeric(19, 4),
    currency   varchar(3),
    placed_at  timestamptz not null
);
create index contact_order_contact on contact_order (contact_id, placed_at);

-- One row per message sent to one contact (email or SMS), built from whichever of its events arrives
-- first: every engagement event names the send, campaign and contact, so the order does not matter.
create table message_send (
    send_id              uuid primary key,
    contact_id           uuid not null,
    campaign_id          uuid not null,
    channel              varchar(8) not null,
    campaign_kind        varchar(32),
    subscription_type_id uuid,
    sent_at              timestamptz,
    delivered_at         timestamptz,
    first_open_at        timestamptz,
    last_open_at         timestamptz,
    first_human_open_at  timestamptz,
    last_human_open_at   timestamptz,
    first_click_at       timestamptz,
    last_click_at        timestamptz,
    bounced_at           timestamptz,
    bounce_severity      varchar(8),
    bounce_reason        varchar(100),
    confirmed_at         timestamptz,
    -- when the message reached the contact: the send time, or the first later evidence of it when
    -- the send event has not arrived yet
    received_at          timestamptz generated always as (coalesce(sent_at, delivered_at, first_open_at, first_click_at)) stored,
    -- a bounced message was not received, unless delivery or engagement proves otherwise (a soft bounce retried)
    received             boolean generated always as (
        coalesce(sent_at, delivered_at, first_open_at, first_click_at) is not null
        and (bounced_at is null or coalesce(delivered_at, first_open_at, first_click_at) is not null)) stored
);
create index message_send_contact on message_send (contact_id, channel, received_at desc);
create index message_send_campaign on message_send (campaign_id, contact_id);

-- Links followed per send, for "clicked link L of campaign X".
create table message_click (
    send_id          uuid not null,
    link_id          varchar(200) not null,
    first_clicked_at timestamptz not null,
    last_clicked_at  timestamptz not null,
    primary key (send_id, link_id)
);

-- Per-contact latest engagement, kept alongside message_send so "last open more than 52 weeks ago"
-- reads one row instead of scanning a contact's history.
create table contact_engagement (
    contact_id               uuid primary key,
    last_email_received_at   timestamptz,
    last_email_open_at       timestamptz,
    last_email_human_open_at timestamptz,
    last_email_click_at      timestamptz,
    last_sms_received_at     timestamptz,
    last_sms_click_at        timestamptz
);
