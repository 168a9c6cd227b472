package no.bygdevekst.actionplan.agreement;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import no.bygdevekst.platform.feed.FeedAudience;
import no.bygdevekst.platform.feed.PublicEvents;
import no.bygdevekst.platform.feed.SqlFeedAudience;

/**
 * Who sees which of actionplan-service's events in its feed, from the agreements' read model: a
 * municipality those of the agreements it is a principal party of, a partner those it is a
 * cooperation partner of. The public sees approved plans only, as the public plans do (a submitted,
 * returned or revised plan is not public), without {@code approvedBy}, the approver's token
 * subject.
 */
public class ActionPlanFeedAudience {
  @Produces
  @Singleton
  FeedAudience feedAudience(EntityManager em) {
    return new SqlFeedAudience(
        em,
        "select v.agreement_id from agreement_view v,"
            + " jsonb_array_elements(v.state -> 'principalParties') p"
            + " where p ->> 'partyId' in (:parties)",
        "select v.agreement_id from agreement_view v,"
            + " jsonb_array_elements(v.state -> 'partners') p"
            + " where p ->> 'organisationNumber' in (:parties)",
        List.of(PublicEvents.always("PlanApproved").hiding("approvedBy")));
  }
}
