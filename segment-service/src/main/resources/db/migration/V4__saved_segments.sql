-- segment-service schema, version 4: saved segments and the members of static ones.
create table segment (
    id         uuid primary key,
    name       varchar(200) not null,
    kind       varchar(10) not null check (kind in ('ACTIVE', 'STATIC')),
    -- the criteria tree as the API received it (JSON), re-read on every evaluation of an active segment
    criteria   text not null,
    created_at timestamptz not null,
    updated_at timestamptz not null
);

-- A static segment's members, taken once when it is created (or its criteria change). An active
-- segment has no rows here: it is evaluated on the read model whenever it is read.
create table segment_member (
    segment_id uuid not null references segment (id) on delete cascade,
    contact_id uuid not null,
    added_at   timestamptz not null,
    primary key (segment_id, contact_id)
);
create index segment_member_contact on segment_member (contact_id);
