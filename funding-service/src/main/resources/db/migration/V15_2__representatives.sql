-- The registers of representatives as agreement-service's events tell them (docs/security.md):
-- who acts for which party of which agreement, from when to when. People are authorised from
-- here, never by asking agreement-service. One row per registration, at its highest version.
create table representative_view (
    representative_id uuid         primary key,
    agreement_id      uuid         not null,
    version           bigint       not null,
    issuer            varchar(300) not null,
    subject           varchar(300) not null,
    pid_hash          char(64),
    party_id          varchar(20)  not null,
    role              varchar(20)  not null,
    administrator     boolean      not null,
    valid_from        date         not null,
    valid_to          date,
    updated_at        timestamptz  not null
);
create index representative_view_by_person on representative_view (issuer, subject);
create index representative_view_by_pid_hash on representative_view (pid_hash) where pid_hash is not null;
