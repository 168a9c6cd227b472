package no.bygdevekst.platform.security;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The directory of a service that knows no organisation numbers and no representatives yet: a
 * municipality's system is not recognised from its organisation number, and a person has no roles.
 * A service replaces it by implementing {@link PartyDirectory}.
 */
@DefaultBean
@ApplicationScoped
public class NoPartyDirectory implements PartyDirectory {
  @Override
  public Set<String> municipalitiesOf(String organisationNumber) {
    return Set.of();
  }

  @Override
  public List<Representation> representationsOf(Person person, LocalDate day) {
    return List.of();
  }
}
