-- campaign-service schema, version 3: campaigns and the recipients fixed when a campaign starts.

create table campaign (
    id                   uuid primary key,
    name                 varchar(200) not null,
    kind                 varchar(32) not null,
    channel              varchar(16) not null,
    subscription_type_id uuid not null,
    template_id          uuid not null references email_template (id),
    audience             jsonb not null,
    send_at_local        timestamp,
    send_at_time_zone    varchar(64),
    send_at              timestamptz,
    status               varchar(32) not null,
    started_at           timestamptz,
    -- The HTML body's links, frozen at start: a click token names an index here, so a click can only
    -- ever redirect to a link of this campaign, even if the template is edited later.
    tracked_links        text[],
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint not null
);
-- The scheduler's query: scheduled campaigns that are due.
create index campaign_due on campaign (send_at) where status = 'SCHEDULED';

-- One row per contact and campaign, written once at start: the primary key is what guarantees that
-- nobody is targeted twice by the same campaign. No personal data: it is read from contact_copy.
create table campaign_recipient (
    campaign_id     uuid not null references campaign (id),
    contact_id      uuid not null,
    status          varchar(32) not null,
    not_sent_reason varchar(64),
    resolved_at     timestamptz not null,
    -- Set when the message is handed to SMTP: names the send in events, tokens and the VERP return path.
    send_id         uuid unique,
    sent_at         timestamptz,
    failure         varchar(500),
    opened_at       timestamptz,
    confirmed_at    timestamptz,
    unsubscribed_at timestamptz,
    primary key (campaign_id, contact_id)
);
create index campaign_recipient_by_status on campaign_recipient (campaign_id, status, contact_id);
