-- Housekeeping removes inbox rows by age (bygdevekst.retention.inbox); published outbox rows go in
-- seq order, through the primary key.
create index inbox_event_applied_at on inbox_event (applied_at);
