-- segment-service schema, version 2: archived contacts stay in the projection but leave audiences.
alter table contact_profile add column archived_at timestamptz;
