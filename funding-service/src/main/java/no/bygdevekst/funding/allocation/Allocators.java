package no.bygdevekst.funding.allocation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import no.bygdevekst.funding.agreement.AgreementView;
import no.bygdevekst.funding.agreement.AgreementViewRepository;
import no.bygdevekst.funding.grant.Grant;
import no.bygdevekst.funding.grant.GrantRepository;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;

/** Who may allocate a grant: a municipality that is a principal party of its agreement. */
@ApplicationScoped
public class Allocators {
  private final GrantRepository grants;
  private final AgreementViewRepository agreements;
  private final Caller caller;

  @Inject
  public Allocators(GrantRepository grants, AgreementViewRepository agreements, Caller caller) {
    this.grants = grants;
    this.agreements = agreements;
    this.caller = caller;
  }

  /**
   * Refuses with 404 for an unknown grant and 403 unless the caller is a principal municipality of
   * the grant's agreement. Runs before an idempotent replay, so a stored answer is shown only to
   * someone who may see it.
   */
  @Transactional
  public void requireAllocator(UUID grantId) {
    Grant grant = grants.require(grantId);
    AgreementView agreement =
        agreements
            .findByIdOptional(grant.agreementId)
            .orElseThrow(
                () ->
                    Problems.conflict(
                        "The parties of agreement "
                            + grant.agreementId
                            + " are not known to the funding service yet; try again shortly"));
    caller.requireMunicipalityAmong(agreement.agreementId, agreement.municipalityNumbers());
  }
}
