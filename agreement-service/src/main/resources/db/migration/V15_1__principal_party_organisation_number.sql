-- A principal party's organisation number (Enhetsregisteret) beside its kommunenummer: a
-- municipality's own case system is recognised by it (Maskinporten's consumer). Optional, so that
-- agreements registered before it keep their rows; the API checks its mod-11 check digit.
alter table agreement_party
    add column organisation_number varchar(9)
        constraint agreement_party_organisation_number_digits check (organisation_number ~ '^[0-9]{9}$');
-- Which municipality an organisation number is (security.PartyDirectory).
create index agreement_party_by_organisation on agreement_party (organisation_number)
    where organisation_number is not null;
