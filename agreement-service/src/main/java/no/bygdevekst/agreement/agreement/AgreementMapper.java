package no.bygdevekst.agreement.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.bygdevekst.agreement.api.AgreementRequest;
import no.bygdevekst.agreement.api.AgreementSummary;
import no.bygdevekst.agreement.api.AgreementView;
import no.bygdevekst.agreement.api.Anchor;
import no.bygdevekst.agreement.api.Commitment;
import no.bygdevekst.agreement.api.CooperationPartner;
import no.bygdevekst.agreement.api.Period;
import no.bygdevekst.agreement.api.PrincipalParty;
import no.bygdevekst.agreement.api.Signature;
import no.bygdevekst.agreement.api.SubGoal;

/** Between an agreement's stored rows and what the API takes and shows. */
public final class AgreementMapper {
  private AgreementMapper() {}

  /**
   * Sets an agreement's content. The collections are replaced in place so that Hibernate rewrites
   * their rows. Related sub-goals are kept both ways: if 1 is related to 2, 2 is related to 1.
   */
  public static void applyContent(Agreement a, AgreementRequest content) {
    a.title = content.title().strip();
    a.pilotArea = content.pilotArea().strip();
    a.periodFrom = content.period().from();
    a.periodTo = content.period().to();
    replace(
        a.parties,
        content.principalParties().stream()
            .map(p -> new PartyRow(p.partyId(), p.kind(), p.name().strip(), p.organisationNumber()))
            .toList());
    replace(
        a.partners,
        content.partners().stream()
            .map(p -> new PartnerRow(p.organisationNumber(), p.name().strip()))
            .toList());
    Map<Integer, TreeSet<Integer>> related = symmetricRelations(content.subGoals());
    replace(
        a.subGoals,
        content.subGoals().stream()
            .map(
                g ->
                    new SubGoalRow(
                        g.number(),
                        g.title().strip(),
                        g.description(),
                        g.partners(),
                        g.coordinator(),
                        List.copyOf(related.get(g.number()))))
            .toList());
    replace(
        a.commitments,
        content.commitments().stream()
            .map(c -> new CommitmentRow(c.committedBy(), c.subGoalNumber(), c.text().strip()))
            .toList());
    replace(
        a.anchoring,
        content.anchoring().stream()
            .map(x -> new AnchorRow(x.kind(), x.reference().strip(), x.date(), x.partyId()))
            .toList());
  }

  /** The content as it would be stored: names stripped, related sub-goals kept both ways. */
  public static AgreementRequest normalised(AgreementRequest content) {
    Agreement probe = new Agreement();
    applyContent(probe, content);
    return contentOf(probe);
  }

  /** The agreement's current content, in the shape a registration takes. */
  public static AgreementRequest contentOf(Agreement a) {
    return new AgreementRequest(
        a.title,
        a.pilotArea,
        period(a),
        parties(a),
        partners(a),
        subGoals(a),
        commitments(a),
        anchoring(a));
  }

  public static AgreementView toView(Agreement a) {
    return new AgreementView(
        a.id,
        a.version,
        a.status,
        a.title,
        a.pilotArea,
        period(a),
        parties(a),
        partners(a),
        subGoals(a),
        commitments(a),
        anchoring(a),
        signatures(a),
        a.awaitingSignatureFrom(),
        a.registeredAt,
        a.registeredBy,
        a.changedAt,
        a.changedBy,
        a.activatedOn,
        a.concludedOn,
        a.conclusionReason);
  }

  public static AgreementSummary toSummary(Agreement a) {
    return new AgreementSummary(
        a.id, a.version, a.status, a.title, a.pilotArea, period(a), parties(a));
  }

  public static Period period(Agreement a) {
    return new Period(a.periodFrom, a.periodTo);
  }

  public static List<PrincipalParty> parties(Agreement a) {
    return a.parties.stream()
        .map(p -> new PrincipalParty(p.partyId, p.kind, p.name, p.organisationNumber))
        .toList();
  }

  public static List<CooperationPartner> partners(Agreement a) {
    return a.partners.stream()
        .map(p -> new CooperationPartner(p.organisationNumber, p.name))
        .toList();
  }

  public static List<SubGoal> subGoals(Agreement a) {
    return a.subGoals.stream()
        .map(
            g ->
                new SubGoal(
                    g.number,
                    g.title,
                    g.description,
                    List.copyOf(g.partners),
                    g.coordinator,
                    List.copyOf(g.relatedSubGoals)))
        .toList();
  }

  public static List<Commitment> commitments(Agreement a) {
    return a.commitments.stream()
        .map(c -> new Commitment(List.copyOf(c.committedBy), c.subGoalNumber, c.text))
        .toList();
  }

  public static List<Anchor> anchoring(Agreement a) {
    return a.anchoring.stream()
        .map(x -> new Anchor(x.kind, x.reference, x.date, x.partyId))
        .toList();
  }

  public static List<Signature> signatures(Agreement a) {
    return a.signatures.stream()
        .map(
            s ->
                new Signature(
                    s.partyId, s.politicalDecisionDate, s.signedBy, s.signedAt, s.recordedBy))
        .toList();
  }

  private static Map<Integer, TreeSet<Integer>> symmetricRelations(List<SubGoal> subGoals) {
    Map<Integer, TreeSet<Integer>> related = new HashMap<>();
    subGoals.forEach(g -> related.put(g.number(), new TreeSet<>()));
    for (SubGoal g : subGoals) {
      for (Integer other : g.relatedSubGoals()) {
        related.get(g.number()).add(other);
        related.get(other).add(g.number());
      }
    }
    return related;
  }

  private static <T> void replace(List<T> target, List<T> rows) {
    target.clear();
    target.addAll(new ArrayList<>(rows));
  }
}
