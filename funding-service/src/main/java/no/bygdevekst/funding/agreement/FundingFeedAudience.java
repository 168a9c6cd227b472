package no.bygdevekst.funding.agreement;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import no.bygdevekst.platform.feed.FeedAudience;
import no.bygdevekst.platform.feed.SqlFeedAudience;

/**
 * Who sees which of funding-service's events in its feed, from the agreements' read model: a
 * municipality those of the agreements it is a principal party of. The read model keeps no
 * cooperation partners, so a partner acting in every agreement sees none here (a person who
 * represents a partner in one agreement sees that agreement's). Nothing of funding's is public: the
 * portal shows money only as evaluation-service's published reports carry it.
 */
public class FundingFeedAudience {
  @Produces
  @Singleton
  FeedAudience feedAudience(EntityManager em) {
    return new SqlFeedAudience(
        em,
        "select agreement_id from agreement_view_party where party_id in (:parties)",
        null,
        List.of());
  }
}
