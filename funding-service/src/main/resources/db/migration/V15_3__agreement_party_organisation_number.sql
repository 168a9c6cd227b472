-- A principal municipality's organisation number, as the agreement events carry it: a
-- municipality's own system (Maskinporten's consumer) is recognised by it. Rows kept before it
-- have none until the agreements read model is rebuilt or the agreement's next event.
alter table agreement_view_party add column organisation_number varchar(9);
create index agreement_view_party_by_organisation on agreement_view_party (organisation_number)
    where organisation_number is not null;
