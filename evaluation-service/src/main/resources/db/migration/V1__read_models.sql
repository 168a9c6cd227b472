-- What the evaluation service knows of other services, kept from their events (docs/events.md).
-- Every read model is version-guarded: a replay or a late repeat never moves it backwards.

-- Agreements: the whole state carried by each agreement event; the highest version wins.
create table agreement_view (
    agreement_id  uuid         primary key,
    version       bigint       not null,
    title         varchar(500) not null,
    pilot_area    varchar(200),
    period_from   date         not null,
    period_to     date         not null,
    status        varchar(20)  not null,
    updated_at    timestamptz  not null
);

create table agreement_view_party (
    agreement_id  uuid         not null references agreement_view (agreement_id) on delete cascade,
    party_id      varchar(20)  not null,
    kind          varchar(20),
    name          varchar(300)
);
create index agreement_view_party_agreement on agreement_view_party (agreement_id);

create table agreement_view_sub_goal (
    agreement_id  uuid         not null references agreement_view (agreement_id) on delete cascade,
    number        integer      not null,
    title         varchar(500) not null
);
create index agreement_view_sub_goal_agreement on agreement_view_sub_goal (agreement_id);

-- Approved action plans: the latest approved revision per agreement and year is the one in force.
create table approved_plan (
    id            uuid         primary key,
    agreement_id  uuid         not null,
    year          integer      not null,
    plan_id       uuid         not null,
    revision      integer      not null,
    approved_at   timestamptz  not null,
    approved_by   varchar(200),
    updated_at    timestamptz  not null,
    constraint approved_plan_per_year unique (agreement_id, year)
);

create table approved_plan_sub_goal (
    approved_plan_id     uuid    not null references approved_plan (id) on delete cascade,
    sub_goal_number      integer not null,
    measure_count        integer not null,
    grant_requested_ore  bigint  not null,
    own_resources_ore    bigint  not null
);
create index approved_plan_sub_goal_plan on approved_plan_sub_goal (approved_plan_id);

create table approved_plan_measure (
    approved_plan_id     uuid         not null references approved_plan (id) on delete cascade,
    measure_id           uuid         not null,
    sub_goal_number      integer      not null,
    title                varchar(500) not null,
    grant_requested_ore  bigint       not null,
    own_resources_ore    bigint       not null,
    result_targets       text[]       not null
);
create index approved_plan_measure_plan on approved_plan_measure (approved_plan_id);

-- Funding: every funding event carries the grant's totals; the highest grantVersion wins.
create table grant_totals (
    grant_id       uuid        primary key,
    agreement_id   uuid        not null,
    year           integer     not null,
    grant_version  bigint      not null,
    granted_ore    bigint      not null,
    updated_at     timestamptz not null
);
create index grant_totals_agreement_year on grant_totals (agreement_id, year);

create table grant_totals_sub_goal (
    grant_id           uuid    not null references grant_totals (grant_id) on delete cascade,
    sub_goal_number    integer not null,
    allocated_ore      bigint  not null,
    own_resources_ore  bigint  not null,
    disbursed_ore      bigint  not null
);
create index grant_totals_sub_goal_grant on grant_totals_sub_goal (grant_id);
