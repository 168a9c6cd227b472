-- Result targets (resultatmål): an indicator under a sub-goal, with its baseline and targets.
create table indicator (
    id                   uuid          primary key,
    agreement_id         uuid          not null,
    sub_goal_number      integer       not null,
    name                 varchar(300)  not null,
    unit                 varchar(100),
    measure_type         varchar(20)   not null,
    ascending            boolean       not null,
    baseline_value       numeric,
    baseline_assessment  varchar(100),
    baseline_year        integer       not null,
    source               varchar(500),
    created_at           timestamptz   not null,
    created_by           varchar(200)  not null,
    version              bigint        not null
);
create unique index indicator_name_per_sub_goal on indicator (agreement_id, sub_goal_number, lower(name));
create index indicator_agreement on indicator (agreement_id, sub_goal_number);

create table indicator_target (
    indicator_id  uuid         not null references indicator (id) on delete cascade,
    year          integer      not null,
    value         numeric,
    assessment    varchar(100),
    primary key (indicator_id, year)
);

-- The ordinal scale of a qualitative indicator, worst first.
create table indicator_scale_level (
    indicator_id  uuid         not null references indicator (id) on delete cascade,
    position      integer      not null,
    label         varchar(100) not null,
    primary key (indicator_id, position)
);

-- Measurements are never changed: a correction is a new row that names the one it corrects, so the
-- history keeps every value. The current value of a year is the one no other row corrects.
create table measurement (
    id                       uuid          primary key,
    indicator_id             uuid          not null references indicator (id),
    year                     integer       not null,
    value                    numeric,
    assessment               varchar(100),
    narrative                varchar(4000),
    source                   varchar(500)  not null,
    recorded_by              varchar(200)  not null,
    recorded_at              timestamptz   not null,
    corrects_measurement_id  uuid          references measurement (id)
);
create index measurement_indicator on measurement (indicator_id, year);
-- One first measurement per indicator and year, and each measurement corrected at most once: two
-- people correcting the same value at once cannot both win.
create unique index measurement_first_per_year on measurement (indicator_id, year)
    where corrects_measurement_id is null;
create unique index measurement_corrected_once on measurement (corrects_measurement_id);

-- Published attainment reports: a snapshot of the report as it was when published.
create table published_report (
    id            uuid          primary key,
    agreement_id  uuid          not null,
    kind          varchar(10)   not null,
    year          integer,
    published_at  timestamptz   not null,
    published_by  varchar(200)  not null,
    content       text          not null
);
create index published_report_agreement on published_report (agreement_id, kind, year, published_at);
