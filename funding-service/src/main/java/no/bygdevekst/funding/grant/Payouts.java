package no.bygdevekst.funding.grant;

import java.util.List;
import java.util.UUID;

/**
 * The payouts of a grant, as the grant's view shows them. The disbursement package records them and
 * implements this, so that the grant, which disbursements change, needs nothing of it.
 */
public interface Payouts {
  /** The grant's disbursements, oldest first, each with its lines per sub-goal. */
  List<GrantView.DisbursementView> of(UUID grantId);
}
