create table probe_item (
    id       uuid primary key,
    name     varchar(100) not null,
    kind     varchar(20)  not null,
    version  bigint       not null
);
create table probe_projection (
    agreement_id uuid    primary key,
    applied      integer not null,
    last_value   integer not null
);
