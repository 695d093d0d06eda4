-- contact-service schema, version 2: contact lifecycle (archive, erase), subscription types, per-contact
-- subscription status per type and channel, and the append-only consent ledger.

alter table contact alter column email drop not null;
alter table contact add column archived_at timestamptz;
alter table contact add column erased_at timestamptz;
-- Keyset pagination and the archived filter read contacts in (created_at, id) order.
create index contact_created on contact (created_at, id);

create table subscription_type (
    id          uuid primary key,
    name        varchar(200) not null,
    description varchar(1000),
    is_default  boolean not null default false,
    archived_at timestamptz,
    created_at  timestamptz not null,
    constraint subscription_type_name_unique unique (name)
);
-- Only one default type (HubSpot's "Marketing Information").
create unique index subscription_type_one_default on subscription_type (is_default) where is_default;

insert into subscription_type (id, name, description, is_default, created_at)
values ('00000000-0000-4000-8000-000000000001', 'Marketing Information',
        'The default subscription type for marketing email and SMS', true, now());

create table subscription (
    contact_id                uuid not null references contact (id),
    subscription_type_id      uuid not null references subscription_type (id),
    channel                   varchar(8) not null check (channel in ('EMAIL', 'SMS')),
    status                    varchar(16) not null check (status in ('SUBSCRIBED', 'UNSUBSCRIBED', 'NOT_SPECIFIED')),
    double_opt_in_confirmed_at timestamptz,
    changed_at                timestamptz not null,
    last_consent_id           uuid not null,
    primary key (contact_id, subscription_type_id, channel)
);
-- Audience queries ask "who is subscribed to type T on channel C".
create index subscription_by_type on subscription (subscription_type_id, channel, status);

-- The consent ledger: one row per change of a subscription status, never updated or deleted, so
-- that every opt-in can be proven (R1). Erasure redacts evidence under an explicit session flag.
create table consent_record (
    id                   uuid primary key,
    contact_id           uuid not null references contact (id),
    subscription_type_id uuid references subscription_type (id),
    channel              varchar(8) not null check (channel in ('EMAIL', 'SMS')),
    previous_status      varchar(16) not null,
    new_status           varchar(16) not null,
    source               varchar(32) not null,
    legal_basis          varchar(32) not null,
    double_opt_in        boolean not null default false,
    evidence             jsonb not null default '{}',
    recorded_by          varchar(200) not null,
    recorded_at          timestamptz not null
);
create index consent_record_by_contact on consent_record (contact_id, recorded_at);

create function consent_record_is_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and coalesce(current_setting('rekindle.redacting', true), '') = 'on'
       and new.id = old.id and new.contact_id = old.contact_id and new.new_status = old.new_status
       and new.source = old.source and new.recorded_at = old.recorded_at then
        return new;
    end if;
    raise exception 'consent_record is append-only (% refused)', tg_op;
end;
$$;
create trigger consent_record_append_only before update or delete on consent_record
    for each row execute function consent_record_is_append_only();
