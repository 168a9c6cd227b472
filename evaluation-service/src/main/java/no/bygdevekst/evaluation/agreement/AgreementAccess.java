package no.bygdevekst.evaluation.agreement;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.security.Roles;

/**
 * Who may see and change the evaluation data of an agreement: KDD and readers see every agreement;
 * a municipality sees and enters data only for agreements it is a principal party of.
 */
@RequestScoped
public class AgreementAccess {
  private final Caller caller;

  @Inject
  public AgreementAccess(Caller caller) {
    this.caller = caller;
  }

  /** The agreement, if known here (404 otherwise) and if the caller may read it (403 otherwise). */
  public AgreementView readable(UUID agreementId) {
    AgreementView agreement = known(agreementId);
    if (caller.hasRole(Roles.KDD) || caller.hasRole(Roles.READER)) {
      return agreement;
    }
    caller.requireMunicipalityAmong(agreement.agreementId, agreement.municipalities());
    return agreement;
  }

  /** The agreement, if the caller is one of its municipalities (403 otherwise). */
  public AgreementView writableByMunicipality(UUID agreementId) {
    AgreementView agreement = known(agreementId);
    caller.requireMunicipalityAmong(agreement.agreementId, agreement.municipalities());
    return agreement;
  }

  /** The agreement, if the caller is KDD or one of its municipalities (403 otherwise). */
  public AgreementView publishable(UUID agreementId) {
    AgreementView agreement = known(agreementId);
    if (!caller.hasRole(Roles.KDD)) {
      caller.requireMunicipalityAmong(agreement.agreementId, agreement.municipalities());
    }
    return agreement;
  }

  public static AgreementView known(UUID agreementId) {
    return AgreementView.find(agreementId)
        .orElseThrow(() -> Problems.notFound("Agreement", agreementId));
  }
}
