package no.bygdevekst.platform.feed;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A {@link FeedAudience} that asks the service's own tables, by two native selects of agreement ids
 * that take the parties as their {@code :parties} parameter. A service produces one:
 *
 * <pre>{@code
 * @Produces @ApplicationScoped
 * FeedAudience feedAudience(EntityManager em) {
 *   return new SqlFeedAudience(em,
 *       "select agreement_id from agreement_view_party where party_id in (:parties)",
 *       null, // no partners known here
 *       List.of(PublicEvents.always("PlanApproved")));
 * }
 * }</pre>
 */
public final class SqlFeedAudience implements FeedAudience {
  private final EntityManager em;
  private final String municipalities;
  private final String partners;
  private final List<PublicEvents> publicEvents;

  /**
   * @param municipalitiesSelect the agreements of municipalities (kommunenumre)
   * @param partnersSelect the agreements of partners (organisation numbers); null when the service
   *     knows no partners
   */
  public SqlFeedAudience(
      EntityManager em,
      String municipalitiesSelect,
      String partnersSelect,
      List<PublicEvents> publicEvents) {
    this.em = em;
    this.municipalities = municipalitiesSelect;
    this.partners = partnersSelect;
    this.publicEvents = List.copyOf(publicEvents);
  }

  @Override
  public Set<UUID> agreementsOfMunicipalities(Set<String> numbers) {
    return agreementIds(municipalities, numbers);
  }

  @Override
  public Set<UUID> agreementsOfPartners(Set<String> organisations) {
    return partners == null ? Set.of() : agreementIds(partners, organisations);
  }

  @Override
  public List<PublicEvents> publicEvents() {
    return publicEvents;
  }

  private Set<UUID> agreementIds(String select, Set<String> parties) {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        em.createNativeQuery(select).setParameter("parties", parties).getResultList();
    return ids.stream()
        .map(id -> id instanceof UUID uuid ? uuid : UUID.fromString(id.toString()))
        .collect(Collectors.toUnmodifiableSet());
  }
}
