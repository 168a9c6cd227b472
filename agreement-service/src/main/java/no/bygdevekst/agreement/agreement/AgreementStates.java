package no.bygdevekst.agreement.agreement;

import java.util.List;
import no.bygdevekst.agreement.events.AgreementState;

/** An agreement's state as its events carry it. */
final class AgreementStates {
  private AgreementStates() {}

  static AgreementState of(Agreement a) {
    return new AgreementState(
        a.id,
        a.version,
        a.title,
        a.pilotArea,
        new AgreementState.Period(a.periodFrom, a.periodTo),
        a.status.name(),
        a.parties.stream()
            .map(
                p ->
                    new AgreementState.Party(
                        p.partyId, p.kind.name(), p.name, p.organisationNumber))
            .toList(),
        a.partners.stream()
            .map(p -> new AgreementState.Partner(p.organisationNumber, p.name))
            .toList(),
        a.subGoals.stream()
            .map(
                g ->
                    new AgreementState.SubGoal(
                        g.number,
                        g.title,
                        List.copyOf(g.partners),
                        g.coordinator,
                        List.copyOf(g.relatedSubGoals)))
            .toList(),
        a.signatures.stream()
            .map(
                s ->
                    new AgreementState.Signature(
                        s.partyId, s.politicalDecisionDate, s.signedBy, s.signedAt))
            .toList(),
        a.changedAt,
        a.changedBy);
  }
}
