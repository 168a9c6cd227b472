package no.bygdevekst.evaluation.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.evaluation.agreement.AgreementAccess;
import no.bygdevekst.evaluation.agreement.AgreementStatus;
import no.bygdevekst.evaluation.agreement.AgreementView;
import no.bygdevekst.evaluation.events.IndicatorDefined;
import no.bygdevekst.platform.audit.AuditEntry;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.http.Page;
import no.bygdevekst.platform.http.PageRequest;
import no.bygdevekst.platform.outbox.Outbox;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.time.Times;

/** Defines result targets and reads them with their measurements. */
@ApplicationScoped
public class IndicatorService {
  static final String AGGREGATE = "Indicator";

  private final AgreementAccess access;
  private final Caller caller;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final EntityManager em;
  private final Clock clock;

  @Inject
  public IndicatorService(
      AgreementAccess access,
      Caller caller,
      Outbox outbox,
      AuditTrail audit,
      EntityManager em,
      Clock clock) {
    this.access = access;
    this.caller = caller;
    this.outbox = outbox;
    this.audit = audit;
    this.em = em;
    this.clock = clock;
  }

  /** Defines an indicator for one of the caller's agreements. */
  @Transactional
  public IndicatorView define(UUID agreementId, DefineIndicator command) {
    AgreementView agreement = access.writableByMunicipality(agreementId);
    if (agreement.status == AgreementStatus.CONCLUDED) {
      throw Problems.conflict("Agreement " + agreementId + " is concluded: no new result targets");
    }
    IndicatorRules.check(command, agreement);
    if (nameTaken(agreementId, command.subGoalNumber(), command.name())) {
      throw Problems.conflict(
          "Sub-goal "
              + command.subGoalNumber()
              + " already has a result target named '"
              + command.name().trim()
              + "'");
    }
    Indicator indicator = new Indicator();
    indicator.id = UUID.randomUUID();
    indicator.agreementId = agreementId;
    indicator.subGoalNumber = command.subGoalNumber();
    indicator.name = command.name().trim();
    indicator.unit = command.unit();
    indicator.measureType = command.measureType();
    indicator.ascending = command.ascending();
    indicator.baselineYear = command.baseline().year();
    indicator.baselineValue = command.baseline().value();
    if (command.measureType().isQualitative()) {
      indicator.assessmentScale.addAll(command.assessmentScale());
      indicator.baselineAssessment =
          command.baseline().assessment() == null
              ? command.assessmentScale().get(0)
              : command.baseline().assessment();
    }
    command.targets().stream()
        .sorted((a, b) -> Integer.compare(a.year(), b.year()))
        .forEach(
            t -> indicator.targets.add(new IndicatorTarget(t.year(), t.value(), t.assessment())));
    indicator.source = command.source();
    indicator.createdAt = Times.nowUtc(clock);
    indicator.createdBy = caller.subject();
    indicator.persist();
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw Problems.conflict("Another result target with this name was defined at the same time");
    }
    outbox.record(agreementId, IndicatorDefined.NAME, 1, defined(indicator));
    audit.record("indicator.defined", AGGREGATE, indicator.id, command);
    return IndicatorView.of(indicator, null);
  }

  private static IndicatorDefined defined(Indicator i) {
    return new IndicatorDefined(
        i.id,
        i.agreementId,
        i.subGoalNumber,
        i.name,
        i.unit,
        i.measureType.name(),
        i.ascending,
        new IndicatorDefined.Baseline(
            IndicatorDefined.text(i.baselineValue), i.baselineAssessment, i.baselineYear),
        i.targets.stream()
            .map(
                t ->
                    new IndicatorDefined.Target(
                        t.year, IndicatorDefined.text(t.value), t.assessment))
            .toList(),
        i.source,
        i.measureType.isQualitative() ? List.copyOf(i.assessmentScale) : null);
  }

  /** The indicators of an agreement, optionally of one sub-goal, by sub-goal and name. */
  @Transactional
  public Page<IndicatorView> list(UUID agreementId, Integer subGoalNumber, PageRequest page) {
    access.readable(agreementId);
    String query =
        subGoalNumber == null
            ? "agreementId = ?1 order by subGoalNumber, name"
            : "agreementId = ?1 and subGoalNumber = ?2 order by subGoalNumber, name";
    Object[] parameters =
        subGoalNumber == null
            ? new Object[] {agreementId}
            : new Object[] {agreementId, subGoalNumber};
    var found = Indicator.<Indicator>find(query, parameters);
    long total = found.count();
    List<IndicatorView> items =
        found.page(page.page(), page.size()).list().stream()
            .map(i -> IndicatorView.of(i, null))
            .toList();
    return Page.of(items, page, total);
  }

  /** One indicator with the whole history of its measurements, corrections kept. */
  @Transactional
  public IndicatorView get(UUID indicatorId) {
    Indicator indicator = readable(indicatorId);
    List<Measurement> history = Measurement.history(indicatorId);
    Map<UUID, UUID> correctedBy = new HashMap<>();
    for (Measurement m : history) {
      if (m.correctsMeasurementId != null) {
        correctedBy.put(m.correctsMeasurementId, m.id);
      }
    }
    return IndicatorView.of(
        indicator,
        history.stream().map(m -> MeasurementView.of(m, correctedBy.get(m.id))).toList());
  }

  /** Who defined the indicator and recorded its measurements, and when. */
  @Transactional
  public Page<AuditEntry> audit(UUID indicatorId, PageRequest page) {
    readable(indicatorId);
    return audit.of(AGGREGATE, indicatorId, page);
  }

  /** The indicator, if the caller may read its agreement. */
  Indicator readable(UUID indicatorId) {
    Indicator indicator = find(indicatorId);
    access.readable(indicator.agreementId);
    return indicator;
  }

  static Indicator find(UUID indicatorId) {
    return Indicator.<Indicator>findByIdOptional(indicatorId)
        .orElseThrow(() -> Problems.notFound("Indicator", indicatorId));
  }

  private static boolean nameTaken(UUID agreementId, int subGoalNumber, String name) {
    return Indicator.count(
            "agreementId = ?1 and subGoalNumber = ?2 and lower(name) = lower(?3)",
            agreementId,
            subGoalNumber,
            name.trim())
        > 0;
  }
}
