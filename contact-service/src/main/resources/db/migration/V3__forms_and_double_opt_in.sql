-- contact-service schema, version 3: forms (notice-and-consent text, types offered) and their
-- submissions waiting for the double opt-in confirmation.

create table form (
    id                    uuid primary key,
    name                  varchar(200) not null,
    notice_text           text not null,
    subscription_type_ids uuid[] not null,
    thank_you_message     varchar(2000),
    archived_at           timestamptz,
    created_at            timestamptz not null
);

-- A submission keeps exactly what the contact saw and sent, because the confirmation turns it into
-- consent records: the notice text is copied, not referenced, so a later form edit cannot rewrite it.
create table form_submission (
    id                    uuid primary key,
    form_id               uuid not null references form (id),
    contact_id            uuid not null references contact (id),
    subscription_type_ids uuid[] not null,
    notice_text           text not null,
    ip                    varchar(64),
    user_agent            varchar(1000),
    submitted_at          timestamptz not null,
    expires_at            timestamptz not null,
    confirmed_at          timestamptz
);
create index form_submission_by_contact on form_submission (contact_id);
