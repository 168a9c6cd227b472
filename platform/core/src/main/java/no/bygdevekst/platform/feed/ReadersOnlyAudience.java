package no.bygdevekst.platform.feed;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The feed's audience of a service that names none: readers and the ministry only. */
@DefaultBean
@ApplicationScoped
public class ReadersOnlyAudience implements FeedAudience {
  @Override
  public Set<UUID> agreementsOfMunicipalities(Set<String> municipalities) {
    return Set.of();
  }

  @Override
  public Set<UUID> agreementsOfPartners(Set<String> organisations) {
    return Set.of();
  }

  @Override
  public List<PublicEvents> publicEvents() {
    return List.of();
  }
}
