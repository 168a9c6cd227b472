package no.bygdevekst.platform.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.bygdevekst.platform.security.PartyDirectory;
import no.bygdevekst.platform.security.Person;
import no.bygdevekst.platform.security.Representation;

/**
 * A {@link PartyDirectory} that answers for people from the service's read model of the registers
 * of representatives ({@link Representatives}): a person is matched by issuer and subject, or by
 * the keyed hash of their personal identity number where both the token and the register have one.
 * A service extends it with the organisation numbers its agreement read model holds.
 */
public abstract class RepresentedParties implements PartyDirectory {
  private EntityManager em;
  private String entity;
  private String municipalitiesQuery;

  /** For the container's client proxy. */
  protected RepresentedParties() {}

  protected RepresentedParties(
      EntityManager em, Class<? extends RepresentativeRow> row, String municipalitiesQuery) {
    this.em = em;
    this.entity = row.getSimpleName();
    this.municipalitiesQuery = municipalitiesQuery;
  }

  @Override
  public Set<String> municipalitiesOf(String organisationNumber) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              Set<String> numbers = new TreeSet<>();
              em.createNativeQuery(municipalitiesQuery)
                  .setParameter(1, organisationNumber)
                  .getResultList()
                  .forEach(n -> numbers.add(n.toString()));
              return numbers;
            });
  }

  @Override
  public List<Representation> representationsOf(Person person, LocalDate day) {
    String who =
        person.pidHash().isPresent()
            ? "((r.issuer = :issuer and r.subject = :subject) or r.pidHash = :hash)"
            : "r.issuer = :issuer and r.subject = :subject";
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              var query =
                  em.createQuery(
                          "from "
                              + entity
                              + " r where "
                              + who
                              + " and r.validFrom <= :day"
                              + " and (r.validTo is null or r.validTo >= :day)",
                          RepresentativeRow.class)
                      .setParameter("issuer", person.issuer())
                      .setParameter("subject", person.subject())
                      .setParameter("day", day);
              person.pidHash().ifPresent(hash -> query.setParameter("hash", hash));
              return query
                  .getResultStream()
                  .map(
                      r ->
                          new Representation(
                              r.agreementId, r.partyId, r.role, r.validFrom, r.validTo))
                  .toList();
            });
  }
}
