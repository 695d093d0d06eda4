-- contact-service schema, version 4: CSV imports (progress, idempotency, per-row report) and external
-- activity (orders) recorded against contacts.

create table contact_import (
    id                 uuid primary key,
    -- The client's Idempotency-Key, or a SHA-256 of the options and the file: a retried upload finds
    -- the import it already started instead of applying the file twice.
    idempotency_key    varchar(200) not null,
    fingerprint        varchar(64) not null,
    mode               varchar(16) not null check (mode in ('UPSERT', 'OPT_OUT', 'ARCHIVE')),
    options            jsonb not null,
    status             varchar(16) not null check (status in ('QUEUED', 'RUNNING', 'COMPLETED', 'FAILED')),
    file_name          varchar(300),
    ignored_columns    text[] not null default '{}',
    -- Data rows committed so far; also the checkpoint a resumed import skips to.
    rows_processed     bigint not null default 0,
    created_count      bigint not null default 0,
    updated_count      bigint not null default 0,
    subscribed_count   bigint not null default 0,
    unsubscribed_count bigint not null default 0,
    archived_count     bigint not null default 0,
    skipped_count      bigint not null default 0,
    failed_count       bigint not null default 0,
    failure            varchar(1000),
    requested_by       varchar(200) not null,
    created_at         timestamptz not null,
    started_at         timestamptz,
    finished_at        timestamptz,
    updated_at         timestamptz not null,
    constraint contact_import_idempotency_key_unique unique (idempotency_key)
);
create index contact_import_created on contact_import (created_at desc);

-- One row per data row that failed (changed nothing) or was skipped, with the column at fault.
create table contact_import_issue (
    import_id   uuid not null references contact_import (id) on delete cascade,
    seq         bigint not null,
    line        bigint not null,
    column_name varchar(100),
    outcome     varchar(8) not null check (outcome in ('FAILED', 'SKIPPED')),
    message     varchar(1000) not null,
    primary key (import_id, seq)
);

-- Orders placed in external shops; the unique order id makes intake idempotent (API retries, redelivery).
create table contact_order (
    order_id    varchar(200) primary key,
    contact_id  uuid not null references contact (id),
    amount      numeric(19, 4),
    currency    varchar(3),
    placed_at   timestamptz not null,
    source      varchar(16) not null check (source in ('API', 'KAFKA')),
    recorded_at timestamptz not null
);
-- Segments ask "orders of this contact" (at least once / zero times).
create index contact_order_by_contact on contact_order (contact_id, placed_at);
