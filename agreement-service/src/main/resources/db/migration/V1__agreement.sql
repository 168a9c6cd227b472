-- The agreement registry. An agreement's current content lives in the tables below; every version it
-- has had is kept whole in agreement_version.

-- For the exclusion constraint that keeps one open agreement per municipality at a time.
-- btree_gist is a trusted extension (PostgreSQL 13+): a database owner may create it.
create extension if not exists btree_gist;

create table agreement (
    id                 uuid          primary key,
    version            bigint        not null,
    title              varchar(300)  not null,
    pilot_area         varchar(200)  not null,
    period_from        date          not null,
    period_to          date          not null,
    status             varchar(20)   not null,
    registered_at      timestamptz   not null,
    registered_by      varchar(200)  not null,
    changed_at         timestamptz   not null,
    changed_by         varchar(200)  not null,
    activated_on       date,
    concluded_on       date,
    conclusion_reason  varchar(2000),
    constraint agreement_period_ends_after_start check (period_to > period_from),
    constraint agreement_status_known check (status in ('DRAFT', 'SIGNED', 'ACTIVE', 'CONCLUDED'))
);
-- Activation looks for SIGNED agreements whose start date has come.
create index agreement_status_from on agreement (status, period_from);

-- Principal parties (hovedparter): municipalities by kommunenummer, the ministry as 'KDD'.
create table agreement_party (
    agreement_id  uuid          not null references agreement (id),
    position      integer       not null,
    party_id      varchar(10)   not null,
    kind          varchar(20)   not null check (kind in ('MUNICIPALITY', 'MINISTRY')),
    name          varchar(200)  not null,
    primary key (agreement_id, position),
    constraint agreement_party_once unique (agreement_id, party_id) deferrable initially deferred
);
create index agreement_party_by_party on agreement_party (party_id);

-- Cooperation partners (samarbeidsparter) by organisation number.
create table agreement_partner (
    agreement_id         uuid          not null references agreement (id),
    position             integer       not null,
    organisation_number  varchar(9)    not null,
    name                 varchar(200)  not null,
    primary key (agreement_id, position),
    constraint agreement_partner_once
        unique (agreement_id, organisation_number) deferrable initially deferred
);

-- Sub-goals (delmål); partners and related sub-goals are small sets kept as arrays.
create table agreement_sub_goal (
    agreement_id       uuid           not null references agreement (id),
    position           integer        not null,
    number             integer        not null check (number > 0),
    title              varchar(300)   not null,
    description        varchar(10000),
    partners           varchar(9)[]   not null,
    coordinator        varchar(9),
    related_sub_goals  integer[]      not null,
    primary key (agreement_id, position),
    constraint agreement_sub_goal_number_once
        unique (agreement_id, number) deferrable initially deferred
);

-- Commitments (forpliktelser): who commits to what, for the agreement or one sub-goal.
create table agreement_commitment (
    agreement_id     uuid            not null references agreement (id),
    position         integer         not null,
    committed_by     varchar(10)[]   not null,
    sub_goal_number  integer,
    text             varchar(10000)  not null,
    primary key (agreement_id, position)
);

-- Anchoring (forankring): the political decisions and plans the agreement rests on.
create table agreement_anchor (
    agreement_id  uuid           not null references agreement (id),
    position      integer        not null,
    kind          varchar(30)    not null,
    reference     varchar(1000)  not null,
    decided_on    date,
    party_id      varchar(10),
    primary key (agreement_id, position)
);

-- Signatures: each principal party once, with the date of its political decision.
create table agreement_signature (
    agreement_id             uuid          not null references agreement (id),
    position                 integer       not null,
    party_id                 varchar(10)   not null,
    political_decision_date  date          not null,
    signed_by                varchar(200)  not null,
    signed_at                timestamptz   not null,
    recorded_by              varchar(200)  not null,
    primary key (agreement_id, position),
    constraint agreement_signature_once unique (agreement_id, party_id),
    constraint agreement_signature_after_decision
        check (political_decision_date <= (signed_at at time zone 'Europe/Oslo')::date)
);

-- Every version an agreement has had, whole, with who made it, when and why.
create table agreement_version (
    agreement_id    uuid           not null references agreement (id),
    version         bigint         not null,
    change          varchar(20)    not null,
    reason          varchar(2000),
    changed_at      timestamptz    not null,
    changed_by      varchar(200)   not null,
    changed_fields  varchar(30)[]  not null,
    state           jsonb          not null,
    primary key (agreement_id, version)
);

-- A municipality is a principal party of at most one open (not concluded) agreement at a time.
-- One row per municipality of an open agreement; concluded agreements have none. The constraint
-- is the guard against two writers racing; the service checks first for a clear message.
create table municipality_engagement (
    agreement_id  uuid        not null references agreement (id),
    municipality  varchar(4)  not null,
    period        daterange   not null,
    primary key (agreement_id, municipality),
    constraint municipality_engagement_no_overlap exclude using gist (
        municipality with =, period with &&, agreement_id with <>)
);
