package no.bygdevekst.evaluation.agreement;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.util.List;
import no.bygdevekst.platform.feed.FeedAudience;
import no.bygdevekst.platform.feed.PublicEvents;
import no.bygdevekst.platform.feed.SqlFeedAudience;

/**
 * Who sees which of evaluation-service's events in its feed, from the agreements' read model: a
 * municipality those of the agreements it is a principal party of. The read model keeps no
 * cooperation partners, so a partner acting in every agreement sees none here (a person who
 * represents a partner in one agreement sees that agreement's). The public sees published reports
 * only, as the public attainment does: indicators and measurements become public through a report.
 */
public class EvaluationFeedAudience {
  @Produces
  @Singleton
  FeedAudience feedAudience(EntityManager em) {
    return new SqlFeedAudience(
        em,
        "select agreement_id from agreement_view_party where party_id in (:parties)",
        null,
        List.of(PublicEvents.always("AttainmentReportPublished")));
  }
}
