-- contact-service schema, version 7: the engagement summary kept from campaign-service's events
-- (issue 3 item 7). Opens are human opens only: machine opens (privacy proxies) say nothing about
-- whether a person read the email.
alter table contact add column last_email_sent_at timestamptz;
alter table contact add column last_email_opened_at timestamptz;
alter table contact add column last_email_clicked_at timestamptz;
alter table contact add column emails_received integer not null default 0;
alter table contact add column last_sms_clicked_at timestamptz;
