-- contact-service schema, version 5: the bounce summary kept from suppression-service's events (B3),
-- so contacts can be filtered by their hard-bounce reason.
alter table contact add column hard_bounce_reason varchar(64);
alter table contact add column suppressed_at timestamptz;
create index contact_hard_bounce_reason on contact (hard_bounce_reason) where hard_bounce_reason is not null;
