-- What the probe service knows of parties, for its PartyDirectory (probe.ProbeDirectory): as a
-- service will know them from its read models.
create table probe_municipality (
    organisation_number varchar(9) not null,
    kommunenummer       varchar(4) not null,
    primary key (organisation_number, kommunenummer)
);
create table probe_representative (
    id            uuid         primary key,
    issuer        varchar(500) not null,
    subject       varchar(200),
    pid_hash      varchar(64),
    agreement_id  uuid,
    party         varchar(10)  not null,
    role          varchar(20)  not null,
    valid_from    date         not null,
    valid_to      date
);
