-- What this service knows of each agreement, from agreement-service's events (never from its API).
-- One row per agreement: the state of the highest version seen, so that a replayed or reordered
-- event never moves it backwards.
create table agreement_view (
    agreement_id  uuid         primary key,
    version       bigint       not null,
    status        varchar(30)  not null,
    title         varchar(500),
    period_from   date         not null,
    period_to     date         not null,
    state         jsonb        not null,
    last_event_id uuid         not null,
    updated_at    timestamptz  not null
);
