-- Idempotency-Key: the first response to a key is stored with the hash of its request, in the
-- same transaction as the command's effect, and replayed for a repeat.
create table idempotency_key (
    scope           varchar(200) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64)  not null,
    status          integer,
    response_body   text,
    location        varchar(500),
    created_at      timestamptz  not null default now(),
    primary key (scope, idempotency_key)
);
