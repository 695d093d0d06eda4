-- suppression-service schema, version 2: raw evidence, bounce history, the suppression list, unbounces
-- and the contact count that sizes the monthly unbounce allowance.

-- Every message or webhook payload exactly as received, for audit. The SHA-256 of the content is the
-- idempotency key: the same bounce delivered twice (mailbox re-poll, webhook retry) is stored once and
-- applied once.
create table evidence (
    id             uuid primary key,
    channel        varchar(16) not null,   -- upload, imap, webhook
    provider       varchar(32),            -- webhook provider (amazon-ses, sendgrid, mailgun, postmark)
    content_type   varchar(100) not null,
    content_sha256 varchar(64) not null unique,
    content        bytea not null,
    message_kind   varchar(32) not null,   -- bounce, complaint, delivery-report, auto-reply, not-a-bounce, webhook
    send_id        varchar(100),
    received_by    varchar(200),
    received_at    timestamptz not null
);

-- One row per recipient verdict: the bounce history of an address, and the soft-bounce counter (the
-- count is the soft bounces within the window after the latest delivery, so it needs no separate state).
create table bounce_event (
    id              bigint generated always as identity primary key,
    evidence_id     uuid not null references evidence (id),
    address         varchar(320),
    category        varchar(32) not null,  -- bounce, complaint, delivery, deferred, dropped, unsubscribe, other
    reason          varchar(32),
    severity        varchar(8) not null,   -- hard, soft, n/a
    action          varchar(32) not null,  -- suppress, count-soft-bounce, ignore, clear-soft-bounces
    enhanced_status varchar(16),
    reply_code      varchar(8),
    diagnostic      text,
    remote_mta      varchar(255),
    source          varchar(48) not null,  -- message, webhook:<provider>
    send_id         varchar(100),
    occurred_at     timestamptz not null
);
create index bounce_event_by_address on bounce_event (address, occurred_at);

-- The suppression list: one row per blocked address. Unbouncing deletes the row (the unbounce table
-- and bounce_event keep the history).
create table suppression (
    address       varchar(320) primary key,
    category      varchar(32) not null,    -- hard-bounce, soft-bounce, complaint, unsubscribe, provider-suppressed, manual
    reason        varchar(32),
    severity      varchar(8) not null,
    global        boolean not null default false,
    note          text,
    send_id       varchar(100),
    evidence_id   uuid references evidence (id),
    created_by    varchar(200),
    suppressed_at timestamptz not null
);
create index suppression_by_time on suppression (suppressed_at, address);
create index suppression_by_send on suppression (send_id) where send_id is not null;

-- Audited unbounces. The primary key enforces "once per address, ever".
create table unbounce (
    address           varchar(320) primary key,
    previous_category varchar(32) not null,
    previous_reason   varchar(32),
    note              text,
    unbounced_by      varchar(200) not null,
    unbounced_at      timestamptz not null
);
create index unbounce_by_time on unbounce (unbounced_at);

-- Total contacts of the account, counted from ContactCreated: 2% of it is the monthly unbounce allowance.
create table contact_tally (
    account_id varchar(64) primary key,
    total      bigint not null
);
