-- Action plans (handlingsplaner): one per agreement and year, with revisions 1, 2, ...; each
-- revision is its own row and resource.
create table action_plan (
    id                      uuid         primary key,
    agreement_id            uuid         not null,
    plan_year               integer      not null,
    revision                integer      not null check (revision >= 1),
    status                  varchar(20)  not null
        check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED')),
    revised_from_plan_id    uuid         references action_plan (id),
    revised_from_revision   integer,
    supersedes_plan_id      uuid         references action_plan (id),
    supersedes_revision     integer,
    superseded_by_plan_id   uuid         references action_plan (id),
    superseded_by_revision  integer,
    created_at              timestamptz  not null,
    created_by              varchar(200) not null,
    updated_at              timestamptz  not null,
    updated_by              varchar(200) not null,
    submitted_at            timestamptz,
    submitted_by            varchar(200),
    approved_at             timestamptz,
    approved_by             varchar(200),
    returned_at             timestamptz,
    returned_by             varchar(200),
    return_reason           varchar(2000),
    version                 bigint       not null,
    unique (agreement_id, plan_year, revision)
);
create index action_plan_agreement on action_plan (agreement_id, plan_year, revision);

-- Measures (tiltak). measure_id is the measure's identity and stays the same when a revision
-- copies it, so that money allocated to a measure follows it from one revision to the next.
create table measure (
    id                   uuid          primary key,
    plan_id              uuid          not null references action_plan (id),
    measure_id           uuid          not null,
    position             integer       not null,
    sub_goal_number      integer       not null check (sub_goal_number >= 1),
    title                varchar(300)  not null,
    description          varchar(5000) not null,
    responsible_party    varchar(20)   not null,
    partners             text[]        not null,
    grant_requested_ore  bigint        not null check (grant_requested_ore >= 0),
    own_resources_ore    bigint        not null check (own_resources_ore >= 0),
    result_targets       text[]        not null,
    created_at           timestamptz   not null,
    created_by           varchar(200)  not null,
    updated_at           timestamptz   not null,
    updated_by           varchar(200)  not null,
    version              bigint        not null,
    unique (plan_id, measure_id)
);
create index measure_plan on measure (plan_id, position);

-- A partner's consent to (or objection against) the current content of one sub-goal of a plan.
-- A change to that sub-goal's measures voids it; voided rows stay for the record.
create table consent (
    id                   uuid          primary key,
    plan_id              uuid          not null references action_plan (id),
    sub_goal_number      integer       not null,
    organisation_number  varchar(9)    not null,
    decision             varchar(10)   not null check (decision in ('CONSENT', 'OBJECT')),
    comment              varchar(2000),
    given_at             timestamptz   not null,
    given_by             varchar(200)  not null,
    voided_at            timestamptz,
    voided_reason        varchar(500)
);
create unique index consent_current
    on consent (plan_id, sub_goal_number, organisation_number) where voided_at is null;
