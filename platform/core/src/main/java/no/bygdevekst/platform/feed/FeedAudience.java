package no.bygdevekst.platform.feed;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a service contributes to its event feed: who of the parties sees which agreements' events,
 * and which events are public. Every event is about one agreement (its subject), so a municipality
 * or a partner sees the events of the agreements it is a party or partner of, as the service knows
 * them from its own data or its read model of agreements. A reader and the ministry see everything.
 *
 * <p>A service without a bean of its own gets {@link ReadersOnlyAudience}: no party sees anything
 * and nothing is public.
 */
public interface FeedAudience {
  /** The agreements in which one of these municipalities (kommunenumre) is a principal party. */
  Set<UUID> agreementsOfMunicipalities(Set<String> municipalities);

  /** The agreements in which one of these organisations is a cooperation partner. */
  Set<UUID> agreementsOfPartners(Set<String> organisations);

  /** The events the public feed shows, without a token, for the portal; empty: none. */
  List<PublicEvents> publicEvents();
}
