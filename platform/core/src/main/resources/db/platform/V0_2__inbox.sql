-- Idempotent consumers: the id of every event applied, written in the same transaction as its effect.
create table inbox_event (
    consumer     varchar(100) not null,
    event_id     uuid         not null,
    type         varchar(200) not null,
    subject      varchar(200),
    applied_at   timestamptz  not null default now(),
    primary key (consumer, event_id)
);
