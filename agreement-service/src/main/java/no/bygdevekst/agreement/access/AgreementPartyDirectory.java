package no.bygdevekst.agreement.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.bygdevekst.platform.security.PartyDirectory;
import no.bygdevekst.platform.security.Person;
import no.bygdevekst.platform.security.Representation;

/**
 * What agreement-service knows of who acts for whom: a municipality's organisation number as its
 * agreements record it beside the kommunenummer. The register of representatives is not kept yet
 * (docs/adr/0016), so no person represents anyone and people have no roles.
 */
@ApplicationScoped
public class AgreementPartyDirectory implements PartyDirectory {
  private final EntityManager em;

  public AgreementPartyDirectory(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional
  public Set<String> municipalitiesOf(String organisationNumber) {
    List<?> numbers =
        em.createNativeQuery(
                "select distinct party_id from agreement_party"
                    + " where organisation_number = ?1 and kind = 'MUNICIPALITY'")
            .setParameter(1, organisationNumber)
            .getResultList();
    Set<String> result = new TreeSet<>();
    numbers.forEach(n -> result.add(n.toString()));
    return result;
  }

  @Override
  public List<Representation> representationsOf(Person person, LocalDate day) {
    return List.of();
  }
}
