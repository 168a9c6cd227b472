-- A read model of another service's aggregate, kept at its highest version (LatestVersionsTest).
create table probe_latest (
    id       uuid    primary key,
    version  bigint  not null,
    label    varchar(100) not null
);
