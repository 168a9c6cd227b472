package no.bygdevekst.agreement.agreement;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import no.bygdevekst.platform.feed.FeedAudience;
import no.bygdevekst.platform.feed.PublicEvents;
import no.bygdevekst.platform.feed.SqlFeedAudience;
import no.bygdevekst.platform.inbox.Agreements;

/**
 * Who sees which of agreement-service's events in its feed. A municipality sees the events of the
 * agreements it is a principal party of, a partner those it is a cooperation partner of. The public
 * sees an agreement's events once it is signed, as the public agreements show it: every event
 * carries the agreement's status, so a draft's registration and its first signatures stay out. They
 * leave out {@code changedBy}, the token subject of whoever made the change.
 */
public class AgreementFeedAudience {
  @Produces
  @Singleton
  FeedAudience feedAudience(EntityManager em) {
    return new SqlFeedAudience(
        em,
        "select agreement_id from agreement_party"
            + " where kind = 'MUNICIPALITY' and party_id in (:parties)",
        "select agreement_id from agreement_partner where organisation_number in (:parties)",
        List.of(
            PublicEvents.when(Agreements.EVENTS, "status", Set.of("SIGNED", "ACTIVE", "CONCLUDED"))
                .hiding("changedBy")));
  }
}
