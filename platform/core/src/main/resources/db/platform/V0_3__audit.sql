-- Append-only audit trail: who changed what and when.
create table audit_record (
    id                  uuid         primary key,
    occurred_at         timestamptz  not null,
    actor_subject       varchar(200) not null,
    actor_role          varchar(50),
    actor_municipality  varchar(4),
    actor_org           varchar(9),
    action              varchar(100) not null,
    aggregate_type      varchar(100) not null,
    aggregate_id        uuid         not null,
    details             jsonb
);
create index audit_record_aggregate on audit_record (aggregate_type, aggregate_id, occurred_at);

create function audit_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only';
end $$;
create trigger audit_record_no_update before update or delete on audit_record
    for each row execute function audit_record_is_append_only();
