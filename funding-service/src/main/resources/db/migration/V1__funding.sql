-- funding-service: read models of agreements and approved plans, and the money itself.
-- All amounts are whole øre in bigint; nothing here is ever a floating-point number.

-- Read model of agreements, from bygdevekst.agreement.events (state-carrying, by version).
create table agreement_view (
    agreement_id  uuid         primary key,
    version       bigint       not null,
    title         varchar(500),
    status        varchar(30)  not null,
    updated_at    timestamptz  not null
);
create table agreement_view_party (
    agreement_id  uuid         not null references agreement_view on delete cascade,
    party_id      varchar(20)  not null,
    kind          varchar(30)  not null,
    name          varchar(300),
    primary key (agreement_id, party_id)
);
create table agreement_view_sub_goal (
    agreement_id  uuid         not null references agreement_view on delete cascade,
    number        integer      not null,
    title         varchar(500),
    primary key (agreement_id, number)
);

-- Read model of approved action plans, from PlanApproved. Every approved revision is kept; the
-- highest revision of an agreement and year is the one in force.
create table approved_plan (
    plan_id                    uuid         primary key,
    agreement_id               uuid         not null,
    year                       integer      not null,
    revision                   integer      not null,
    supersedes_plan_id         uuid,
    supersedes_revision        integer,
    approved_at                timestamptz,
    approved_by                varchar(200),
    total_grant_requested_ore  bigint       not null,
    total_own_resources_ore    bigint       not null,
    event_id                   uuid         not null,
    received_at                timestamptz  not null,
    unique (agreement_id, year, revision)
);
create table approved_plan_sub_goal (
    plan_id              uuid     not null references approved_plan on delete cascade,
    sub_goal_number      integer  not null,
    measure_count        integer  not null,
    grant_requested_ore  bigint   not null,
    own_resources_ore    bigint   not null,
    primary key (plan_id, sub_goal_number)
);
create table approved_plan_measure (
    plan_id              uuid          not null references approved_plan on delete cascade,
    position             integer       not null,
    measure_id           uuid          not null,
    sub_goal_number      integer       not null,
    title                varchar(500),
    responsible_party    varchar(20),
    grant_requested_ore  bigint        not null,
    own_resources_ore    bigint        not null,
    primary key (plan_id, measure_id)
);

-- The scheme's budget for a year, by budget decision.
create table appropriation (
    id                         uuid          primary key,
    year                       integer       not null,
    amount_ore                 bigint        not null check (amount_ore > 0),
    budget_decision_reference  varchar(200)  not null,
    description                varchar(1000),
    created_at                 timestamptz   not null,
    created_by                 varchar(200)  not null,
    unique (year, budget_decision_reference)
);

-- A grant (tilsagn) to an agreement for a year. Its row is locked by every command that moves its
-- money, so that limits hold when requests race; grant_version counts those commands.
create table funding_grant (
    id                 uuid          primary key,
    agreement_id       uuid          not null,
    year               integer       not null,
    status             varchar(20)   not null,
    granted_ore        bigint        not null check (granted_ore > 0),
    grant_version      bigint        not null,
    last_entry_number  integer       not null,
    created_at         timestamptz   not null,
    created_by         varchar(200)  not null,
    closed_at          timestamptz,
    closed_by          varchar(200),
    unique (agreement_id, year)
);

-- Each award of a grant: the first one and any explicit additions.
create table grant_award (
    id                uuid          primary key,
    grant_id          uuid          not null references funding_grant,
    appropriation_id  uuid          not null references appropriation,
    amount_ore        bigint        not null check (amount_ore > 0),
    addition          boolean       not null,
    conditions        text          not null,
    plan_id           uuid          not null,
    plan_revision     integer       not null,
    awarded_at        timestamptz   not null,
    awarded_by        varchar(200)  not null
);
create index grant_award_grant on grant_award (grant_id);
create index grant_award_appropriation on grant_award (appropriation_id);

create table disbursement (
    id           uuid           primary key,
    grant_id     uuid           not null references funding_grant,
    final        boolean        not null,
    amount_ore   bigint         not null check (amount_ore >= 0),
    reference    varchar(200),
    note         varchar(1000),
    recorded_at  timestamptz    not null,
    recorded_by  varchar(200)   not null
);
create index disbursement_grant on disbursement (grant_id);

-- Every movement of a grant's money. Rows are never changed or removed: a correction is a new entry.
create table ledger_entry (
    id                 uuid          primary key,
    grant_id           uuid          not null references funding_grant,
    entry_number       integer       not null,
    grant_version      bigint        not null,
    type               varchar(30)   not null,
    sub_goal_number    integer,
    measure_id         uuid,
    grant_amount_ore   bigint        not null,
    own_resources_ore  bigint        not null,
    reference_id       uuid          not null,
    appropriation_id   uuid,
    note               varchar(1000),
    actor              varchar(200)  not null,
    occurred_at        timestamptz   not null,
    unique (grant_id, entry_number)
);

create function ledger_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'ledger_entry is append-only: record a new entry instead';
end $$;
create trigger ledger_entry_no_update before update or delete on ledger_entry
    for each row execute function ledger_entry_is_append_only();
