package no.bygdevekst.platform.feed;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.security.Grant;
import no.bygdevekst.platform.security.Roles;

/** What one reader may see of the feed, decided once per request. */
public sealed interface FeedScope {
  /** A reader or the ministry: every event of the service. */
  record Everything() implements FeedScope {}

  /** A municipality or partner: the events of these agreements. */
  record OfAgreements(Set<UUID> agreements) implements FeedScope {
    public OfAgreements {
      agreements = Set.copyOf(agreements);
    }
  }

  /** Anyone, without a token: the events the service calls public, without hidden fields. */
  record Public(List<PublicEvents> rules) implements FeedScope {
    public Public {
      rules = List.copyOf(rules);
    }
  }

  /**
   * The caller's scope: everything for {@code reader} and {@code kdd} in every agreement; else the
   * agreements its grants name, and those in which the municipalities or partners it acts for in
   * every agreement take part, as the service knows them.
   */
  static FeedScope of(Caller caller, FeedAudience audience) {
    if (caller.hasRole(Roles.READER) || caller.hasRole(Roles.KDD)) {
      return new Everything();
    }
    Set<UUID> agreements = new java.util.HashSet<>();
    Set<String> municipalities = new java.util.TreeSet<>();
    Set<String> partners = new java.util.TreeSet<>();
    for (Grant grant : caller.grants()) {
      if (grant.agreementId() != null) {
        agreements.add(grant.agreementId());
      } else if (grant.party() != null && grant.role().equals(Roles.MUNICIPALITY)) {
        municipalities.add(grant.party());
      } else if (grant.party() != null && grant.role().equals(Roles.PARTNER)) {
        partners.add(grant.party());
      }
    }
    if (!municipalities.isEmpty()) {
      agreements.addAll(audience.agreementsOfMunicipalities(municipalities));
    }
    if (!partners.isEmpty()) {
      agreements.addAll(audience.agreementsOfPartners(partners));
    }
    return new OfAgreements(agreements);
  }
}
