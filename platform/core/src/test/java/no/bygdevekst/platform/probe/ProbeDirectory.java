package no.bygdevekst.platform.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import no.bygdevekst.platform.security.PartyDirectory;
import no.bygdevekst.platform.security.Person;
import no.bygdevekst.platform.security.Representation;

/**
 * The probe service's party directory, from its own tables as a service's will be from its read
 * models: a person is matched by issuer and subject, or by the keyed hash of their pid.
 */
@ApplicationScoped
public class ProbeDirectory implements PartyDirectory {
  private final EntityManager em;

  public ProbeDirectory(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional
  public Set<String> municipalitiesOf(String organisationNumber) {
    List<?> rows =
        em.createNativeQuery(
                "select kommunenummer from probe_municipality where organisation_number = ?1")
            .setParameter(1, organisationNumber)
            .getResultList();
    Set<String> numbers = new TreeSet<>();
    rows.forEach(r -> numbers.add(r.toString()));
    return numbers;
  }

  @Override
  @Transactional
  public List<Representation> representationsOf(Person person, LocalDate day) {
    List<?> rows =
        em.createNativeQuery(
                "select agreement_id, party, role, valid_from, valid_to from probe_representative"
                    + " where ((issuer = ?1 and subject = ?2) or pid_hash = ?3)"
                    + " and valid_from <= ?4 and (valid_to is null or valid_to >= ?4)")
            .setParameter(1, person.issuer())
            .setParameter(2, person.subject())
            .setParameter(3, person.pidHash().orElse("-"))
            .setParameter(4, day)
            .getResultList();
    return rows.stream()
        .map(Object[].class::cast)
        .map(
            r ->
                new Representation(
                    (UUID) r[0],
                    (String) r[1],
                    (String) r[2],
                    localDate(r[3]),
                    r[4] == null ? null : localDate(r[4])))
        .toList();
  }

  private static LocalDate localDate(Object value) {
    return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
  }
}
