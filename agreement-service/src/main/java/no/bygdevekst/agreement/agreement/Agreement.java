package no.bygdevekst.agreement.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import no.bygdevekst.agreement.api.AgreementStatus;
import no.bygdevekst.agreement.api.PartyKind;
import no.bygdevekst.platform.problem.Problems;
import org.hibernate.annotations.BatchSize;

/**
 * A bygdevekstavtale: its content, its status and the signatures of its principal parties. The
 * methods that change it check the rules that depend on its state; content rules are in {@link
 * AgreementRules}.
 */
@Entity
@Table(name = "agreement")
public class Agreement {
  @Id public UUID id;

  /** Increases by one with every change that makes a new version (one flush per change). */
  @Version
  @Column(nullable = false)
  public long version;

  @Column(nullable = false)
  public String title;

  @Column(name = "pilot_area", nullable = false)
  public String pilotArea;

  @Column(name = "period_from", nullable = false)
  public LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  public LocalDate periodTo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public AgreementStatus status;

  @Column(name = "registered_at", nullable = false)
  public Instant registeredAt;

  @Column(name = "registered_by", nullable = false)
  public String registeredBy;

  @Column(name = "changed_at", nullable = false)
  public Instant changedAt;

  @Column(name = "changed_by", nullable = false)
  public String changedBy;

  @Column(name = "activated_on")
  public LocalDate activatedOn;

  @Column(name = "concluded_on")
  public LocalDate concludedOn;

  @Column(name = "conclusion_reason")
  public String conclusionReason;

  @ElementCollection
  @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  public List<PartyRow> parties = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "agreement_partner", joinColumns = @JoinColumn(name = "agreement_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  public List<PartnerRow> partners = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "agreement_sub_goal", joinColumns = @JoinColumn(name = "agreement_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  public List<SubGoalRow> subGoals = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "agreement_commitment", joinColumns = @JoinColumn(name = "agreement_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  public List<CommitmentRow> commitments = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "agreement_anchor", joinColumns = @JoinColumn(name = "agreement_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  public List<AnchorRow> anchoring = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "agreement_signature", joinColumns = @JoinColumn(name = "agreement_id"))
  @OrderColumn(name = "position")
  @BatchSize(size = 50)
  public List<SignatureRow> signatures = new ArrayList<>();

  protected Agreement() {}

  /** A new draft; its content is set with {@link AgreementMapper#applyContent}. */
  public static Agreement draft(UUID id, Instant now, String actor) {
    Agreement a = new Agreement();
    a.id = id;
    a.version = 1;
    a.status = AgreementStatus.DRAFT;
    a.registeredAt = now;
    a.registeredBy = actor;
    a.changedAt = now;
    a.changedBy = actor;
    return a;
  }

  /** The kommunenumre of its municipalities. */
  public SortedSet<String> municipalities() {
    return parties.stream()
        .filter(p -> p.kind == PartyKind.MUNICIPALITY)
        .map(p -> p.partyId)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  public Optional<PartyRow> party(String partyId) {
    return parties.stream().filter(p -> p.partyId.equals(partyId)).findFirst();
  }

  public Optional<SignatureRow> signatureOf(String partyId) {
    return signatures.stream().filter(s -> s.partyId.equals(partyId)).findFirst();
  }

  /** Principal parties that have not signed yet, in the order they are listed. */
  public List<String> awaitingSignatureFrom() {
    return parties.stream().map(p -> p.partyId).filter(id -> signatureOf(id).isEmpty()).toList();
  }

  /** Whether its start date has come, so that a signed agreement is active. */
  public boolean isDueForActivation(LocalDate today) {
    return status == AgreementStatus.SIGNED && !today.isBefore(periodFrom);
  }

  /** Refuses (409) to replace anything but a draft that no party has signed yet. */
  public void requireReplaceable() {
    if (status != AgreementStatus.DRAFT) {
      throw Problems.conflict(
          "Agreement "
              + id
              + " is "
              + status
              + "; only a draft can be replaced. Change it by an amendment instead");
    }
    if (!signatures.isEmpty()) {
      throw Problems.conflict(
          "Agreement "
              + id
              + " has been signed by "
              + signatures.stream().map(s -> s.partyId).collect(Collectors.joining(", "))
              + "; a draft can be replaced only before anyone signs it");
    }
  }

  /** Refuses (409) to amend anything but a signed or active agreement. */
  public void requireAmendable() {
    if (!status.isAmendable()) {
      throw Problems.conflict(
          "Agreement "
              + id
              + " is "
              + status
              + "; only a signed or active agreement is amended"
              + (status == AgreementStatus.DRAFT ? " (replace a draft with PUT)" : ""));
    }
  }

  /**
   * Refuses a signature by someone who is not a principal party (403), by a party that has signed
   * (409), or when the agreement is no longer open for signing (409).
   */
  public void requireSignableBy(String partyId) {
    if (party(partyId).isEmpty()) {
      throw Problems.forbidden(partyId + " is not a principal party of agreement " + id);
    }
    Optional<SignatureRow> earlier = signatureOf(partyId);
    if (earlier.isPresent()) {
      throw Problems.conflict(
          partyId
              + " signed agreement "
              + id
              + " at "
              + earlier.get().signedAt
              + "; each principal party signs once");
    }
    if (status != AgreementStatus.DRAFT) {
      throw Problems.conflict("Agreement " + id + " is " + status + "; it is not open for signing");
    }
  }

  /**
   * Records a principal party's signature; when it is the last one, the agreement is signed.
   *
   * @return whether this was the last signature
   */
  public boolean sign(SignatureRow signature, Instant now, String actor) {
    requireSignableBy(signature.partyId);
    signatures.add(signature);
    touch(now, actor);
    if (awaitingSignatureFrom().isEmpty()) {
      moveTo(AgreementStatus.SIGNED);
      return true;
    }
    return false;
  }

  /** A signed agreement becomes active once its start date has come. */
  public void activate(LocalDate today, Instant now, String actor) {
    if (!isDueForActivation(today)) {
      throw new IllegalStateException("Agreement " + id + " is not due for activation");
    }
    moveTo(AgreementStatus.ACTIVE);
    activatedOn = today;
    touch(now, actor);
  }

  /** Refuses (409) to conclude a draft or a concluded agreement. */
  public void requireConcludable() {
    if (status == AgreementStatus.DRAFT || status == AgreementStatus.CONCLUDED) {
      throw Problems.conflict(
          "Agreement " + id + " is " + status + "; only a signed or active agreement is concluded");
    }
  }

  public void conclude(LocalDate on, String reason, Instant now, String actor) {
    requireConcludable();
    moveTo(AgreementStatus.CONCLUDED);
    concludedOn = on;
    conclusionReason = reason;
    touch(now, actor);
  }

  public void touch(Instant now, String actor) {
    changedAt = now;
    changedBy = actor;
  }

  private boolean canMoveTo(AgreementStatus target) {
    return status.canMoveTo(target);
  }

  private void moveTo(AgreementStatus target) {
    if (!canMoveTo(target)) {
      throw new IllegalStateException(status + " cannot move to " + target);
    }
    status = target;
  }
}
