-- contact-service schema, version 6: commands other services send (e.g. a re-engagement program
-- unsubscribing its non-confirmers), remembered by id so that a retry has no second effect.
create table processed_command (
    command_id   varchar(100) primary key,
    kind         varchar(64) not null,
    result       jsonb not null,
    processed_at timestamptz not null
);
