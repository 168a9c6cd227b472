package no.bygdevekst.platform.probe;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.bygdevekst.platform.feed.FeedAudience;
import no.bygdevekst.platform.feed.PublicEvents;

/**
 * The probe's feed audience: municipality 5628 takes part in one agreement, partner 974760673 in
 * another; a ProbeHappened event is public when its value is 0, and then without its agreementId.
 */
@ApplicationScoped
public class ProbeAudience implements FeedAudience {
  public static final UUID OF_5628 = UUID.fromString("5628a9f0-0000-4000-8000-000000005628");
  public static final UUID OF_PARTNER = UUID.fromString("97476067-3000-4000-8000-000974760673");

  @Override
  public Set<UUID> agreementsOfMunicipalities(Set<String> municipalities) {
    return municipalities.contains("5628") ? Set.of(OF_5628) : Set.of();
  }

  @Override
  public Set<UUID> agreementsOfPartners(Set<String> organisations) {
    return organisations.contains("974760673") ? Set.of(OF_PARTNER) : Set.of();
  }

  @Override
  public List<PublicEvents> publicEvents() {
    return List.of(
        PublicEvents.when(List.of("ProbeHappened"), "value", Set.of("0")).hiding("agreementId"));
  }
}
