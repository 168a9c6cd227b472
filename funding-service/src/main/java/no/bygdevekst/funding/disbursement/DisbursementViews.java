package no.bygdevekst.funding.disbursement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import no.bygdevekst.funding.grant.GrantView;
import no.bygdevekst.funding.grant.Payouts;
import no.bygdevekst.funding.ledger.LedgerEntry;
import no.bygdevekst.funding.ledger.LedgerRepository;

/** A grant's disbursements with their lines: the ledger entries that carry their id. */
@ApplicationScoped
public class DisbursementViews implements Payouts {
  private final DisbursementRepository disbursements;
  private final LedgerRepository ledger;

  @Inject
  public DisbursementViews(DisbursementRepository disbursements, LedgerRepository ledger) {
    this.disbursements = disbursements;
    this.ledger = ledger;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public List<GrantView.DisbursementView> of(UUID grantId) {
    Map<UUID, List<LedgerEntry>> linesByDisbursement =
        ledger.of(grantId).stream()
            .filter(e -> e.type.isDisbursement())
            .collect(Collectors.groupingBy(e -> e.referenceId));
    return disbursements.of(grantId).stream()
        .map(
            d ->
                new GrantView.DisbursementView(
                    d.id,
                    d.finalDisbursement,
                    d.amountOre,
                    linesByDisbursement.getOrDefault(d.id, List.of()).stream()
                        .map(e -> new GrantView.DisbursementLine(e.subGoalNumber, e.grantAmountOre))
                        .toList(),
                    d.reference,
                    d.note,
                    d.recordedAt,
                    d.recordedBy))
        .toList();
  }
}
