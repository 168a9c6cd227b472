-- The register of representatives: per agreement, which person acts for which principal
-- municipality or cooperation partner, from when to when (docs/security.md). A person is their
-- identity provider's issuer and subject; where KDD knows the personal identity number, only its
-- keyed hash (HMAC-SHA256) is kept, so that the same person is matched through another provider.
-- The columns of a registration are those of every service's read model of it (inbox.RepresentativeRow).
create table representative (
    representative_id uuid        primary key,
    agreement_id    uuid          not null references agreement (id),
    version         bigint        not null,
    issuer          varchar(300)  not null,
    subject         varchar(300)  not null,
    pid_hash        char(64)      constraint representative_pid_hash_hex check (pid_hash ~ '^[0-9a-f]{64}$'),
    party_id        varchar(20)   not null,
    role            varchar(20)   not null constraint representative_role check (role in ('municipality', 'partner')),
    administrator   boolean       not null,
    valid_from      date          not null,
    valid_to        date,
    registered_at   timestamptz   not null,
    registered_by   varchar(200)  not null,
    ended_at        timestamptz,
    ended_by        varchar(200),
    end_reason      varchar(2000),
    updated_at      timestamptz   not null,
    constraint representative_period check (valid_to is null or valid_to >= valid_from - 1)
);
create index representative_by_agreement on representative (agreement_id, registered_at);
-- Who a person's token says they are (security.PartyDirectory).
create index representative_by_person on representative (issuer, subject);
create index representative_by_pid_hash on representative (pid_hash) where pid_hash is not null;
