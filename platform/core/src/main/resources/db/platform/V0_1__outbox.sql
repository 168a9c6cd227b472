-- Transactional outbox: events written in the same transaction as the change they describe.
-- Versions V0_x are reserved for the platform; a service's own migrations start at V1.
create table outbox_event (
    seq             bigserial    primary key,
    id              uuid         not null unique,
    topic           varchar(200) not null,
    record_key      varchar(200) not null,
    type            varchar(200) not null,
    source          varchar(200) not null,
    subject         varchar(200) not null,
    schema_version  integer      not null,
    occurred_at     timestamptz  not null,
    payload         jsonb        not null,
    created_at      timestamptz  not null default now(),
    published_at    timestamptz,
    attempts        integer      not null default 0,
    last_error      varchar(1000)
);
-- The relay reads unpublished rows in commit order; published rows stay for audit and replay.
create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
