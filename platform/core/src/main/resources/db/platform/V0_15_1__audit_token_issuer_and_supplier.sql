-- Who acted, as the token said: its issuer (several are trusted at once), the kind of token, and for
-- Maskinporten the vendor (supplier) that called on the organisation's behalf. actor_subject is the
-- token's subject or client id, never a personal identity number.
alter table audit_record
    add column actor_issuer    varchar(500),
    add column actor_kind      varchar(20),
    add column actor_supplier  varchar(9);
