package no.bygdevekst.evaluation.attainment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import no.bygdevekst.evaluation.agreement.AgreementAccess;
import no.bygdevekst.evaluation.agreement.AgreementSubGoal;
import no.bygdevekst.evaluation.agreement.AgreementView;
import no.bygdevekst.evaluation.funding.FundedMoney;
import no.bygdevekst.evaluation.funding.GrantTotals;
import no.bygdevekst.evaluation.indicator.Indicator;
import no.bygdevekst.evaluation.indicator.IndicatorTarget;
import no.bygdevekst.evaluation.indicator.Measurement;
import no.bygdevekst.evaluation.plan.ApprovedPlan;
import no.bygdevekst.evaluation.plan.PlannedMeasure;
import no.bygdevekst.evaluation.plan.PlannedSubGoal;
import no.bygdevekst.platform.problem.Problems;

/**
 * Builds goal attainment per sub-goal from the indicators and measurements kept here and the money
 * known from the action plan and funding events.
 */
@ApplicationScoped
public class AttainmentService {
  private final AgreementAccess access;
  private final StatusRule rule;
  private final Clock clock;

  @Inject
  public AttainmentService(AgreementAccess access, StatusRule rule, Clock clock) {
    this.access = access;
    this.rule = rule;
    this.clock = clock;
  }

  /** The status of an agreement's sub-goals in a year, for a caller who may read it. */
  @Transactional
  public AttainmentReport status(UUID agreementId, Integer year) {
    return statusOf(access.readable(agreementId), year);
  }

  /** Goal attainment at the end of the period, for a caller who may read it. */
  @Transactional
  public AttainmentReport finalReport(UUID agreementId) {
    return finalOf(access.readable(agreementId));
  }

  /** The status report of {@code agreement} for {@code year}. */
  @Transactional(Transactional.TxType.MANDATORY)
  public AttainmentReport statusOf(AgreementView agreement, Integer year) {
    if (year == null) {
      throw Problems.invalid("year", "is required, e.g. ?year=" + agreement.firstYear());
    }
    if (!agreement.coversYear(year)) {
      throw Problems.invalid(
          "year",
          "must be within the agreement's period "
              + agreement.firstYear()
              + "-"
              + agreement.lastYear());
    }
    Map<Integer, List<Indicator>> indicators = indicatorsBySubGoal(agreement);
    Map<UUID, Map<Integer, Measurement>> measured = currentMeasurements(indicators);
    ApprovedPlan plan = ApprovedPlan.inForce(agreement.agreementId, year).orElse(null);
    List<ApprovedPlan> plans = plan == null ? List.of() : List.of(plan);
    List<GrantTotals> grants = GrantTotals.of(agreement.agreementId, year);

    List<SubGoalAttainment> subGoals = new ArrayList<>();
    for (AgreementSubGoal subGoal : agreement.subGoalsInOrder()) {
      List<IndicatorAttainment> rows = new ArrayList<>();
      for (Indicator indicator : indicators.getOrDefault(subGoal.number, List.of())) {
        Measurement m = measured.getOrDefault(indicator.id, Map.of()).get(year);
        YearAttainment y = IndicatorProgress.of(indicator, indicator.targetFor(year), m, year);
        rows.add(row(indicator, y, servingMeasures(plans, indicator), null));
      }
      subGoals.add(subGoal(subGoal, rows, plans, grants));
    }
    return report(ReportKind.STATUS, agreement, year, subGoals);
  }

  /**
   * The final report of {@code agreement}: per indicator every year of the period, and as its
   * attainment the latest value in force measured against the final target.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public AttainmentReport finalOf(AgreementView agreement) {
    Map<Integer, List<Indicator>> indicators = indicatorsBySubGoal(agreement);
    Map<UUID, Map<Integer, Measurement>> measured = currentMeasurements(indicators);
    List<ApprovedPlan> plans = ApprovedPlan.ofAgreement(agreement.agreementId);
    List<GrantTotals> grants =
        GrantTotals.ofAgreement(agreement.agreementId).stream()
            .filter(g -> agreement.coversYear(g.year))
            .toList();

    List<SubGoalAttainment> subGoals = new ArrayList<>();
    for (AgreementSubGoal subGoal : agreement.subGoalsInOrder()) {
      List<IndicatorAttainment> rows = new ArrayList<>();
      for (Indicator indicator : indicators.getOrDefault(subGoal.number, List.of())) {
        Map<Integer, Measurement> byYear = measured.getOrDefault(indicator.id, Map.of());
        List<YearAttainment> years = new ArrayList<>();
        for (int y = agreement.firstYear(); y <= agreement.lastYear(); y++) {
          years.add(IndicatorProgress.of(indicator, indicator.targetFor(y), byYear.get(y), y));
        }
        Measurement latest =
            byYear.values().stream()
                .filter(m -> m.year <= agreement.lastYear())
                .max(Comparator.comparingInt(m -> m.year))
                .orElse(null);
        IndicatorTarget goal = indicator.finalTarget();
        YearAttainment headline =
            IndicatorProgress.of(
                indicator, goal, latest, latest == null ? agreement.lastYear() : latest.year);
        rows.add(row(indicator, headline, servingMeasures(plans, indicator), years));
      }
      subGoals.add(subGoal(subGoal, rows, plans, grants));
    }
    return report(ReportKind.FINAL, agreement, null, subGoals);
  }

  private SubGoalAttainment subGoal(
      AgreementSubGoal subGoal,
      List<IndicatorAttainment> rows,
      List<ApprovedPlan> plans,
      List<GrantTotals> grants) {
    List<BigDecimal> progress =
        rows.stream().map(IndicatorAttainment::progress).filter(Objects::nonNull).toList();
    StatusRule.Judgement judgement = rule.judge(progress);
    return new SubGoalAttainment(
        subGoal.number,
        subGoal.title,
        judgement.status(),
        judgement.progress(),
        rows.size(),
        progress.size(),
        rows.size() - progress.size(),
        measureCount(plans, subGoal.number),
        money(plans, grants, subGoal.number),
        rows);
  }

  private AttainmentReport report(
      ReportKind kind, AgreementView agreement, Integer year, List<SubGoalAttainment> subGoals) {
    return new AttainmentReport(
        kind,
        agreement.agreementId,
        agreement.title,
        agreement.pilotArea,
        agreement.status,
        new AttainmentReport.Period(agreement.periodFrom, agreement.periodTo),
        year,
        OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
        rule,
        subGoals);
  }

  private static IndicatorAttainment row(
      Indicator i, YearAttainment y, List<String> measures, List<YearAttainment> years) {
    return new IndicatorAttainment(
        i.id,
        i.name,
        i.unit,
        i.measureType,
        i.ascending,
        i.baseline(),
        y.year(),
        y.target(),
        y.actual(),
        y.state(),
        y.progress(),
        measures,
        years);
  }

  private static Money money(List<ApprovedPlan> plans, List<GrantTotals> grants, int number) {
    long grant = 0;
    long own = 0;
    for (ApprovedPlan plan : plans) {
      PlannedSubGoal planned = plan.subGoal(number).orElse(null);
      if (planned != null) {
        grant = Math.addExact(grant, planned.grantRequestedOre);
        own = Math.addExact(own, planned.ownResourcesOre);
      }
    }
    FundedMoney funded = FundedMoney.of(grants, number);
    return new Money(
        grant,
        own,
        funded.allocatedOre(),
        funded.ownResourcesAllocatedOre(),
        funded.disbursedOre());
  }

  /**
   * The measures of a sub-goal: the plan's own count for one plan, distinct measures over several.
   */
  private static int measureCount(List<ApprovedPlan> plans, int number) {
    if (plans.size() == 1) {
      return plans.get(0).subGoal(number).map(s -> s.measureCount).orElse(0);
    }
    Set<UUID> distinct = new LinkedHashSet<>();
    for (ApprovedPlan plan : plans) {
      for (PlannedMeasure m : plan.measures) {
        if (m.subGoalNumber == number) {
          distinct.add(m.measureId);
        }
      }
    }
    return distinct.size();
  }

  private static List<String> servingMeasures(List<ApprovedPlan> plans, Indicator indicator) {
    Set<String> titles = new LinkedHashSet<>();
    for (ApprovedPlan plan : plans) {
      for (PlannedMeasure m : plan.measures) {
        if (m.subGoalNumber == indicator.subGoalNumber && m.serves(indicator.name)) {
          titles.add(m.title);
        }
      }
    }
    return List.copyOf(titles);
  }

  private static Map<Integer, List<Indicator>> indicatorsBySubGoal(AgreementView agreement) {
    Map<Integer, List<Indicator>> bySubGoal = new HashMap<>();
    for (Indicator i : Indicator.ofAgreement(agreement.agreementId)) {
      bySubGoal.computeIfAbsent(i.subGoalNumber, n -> new ArrayList<>()).add(i);
    }
    return bySubGoal;
  }

  private static Map<UUID, Map<Integer, Measurement>> currentMeasurements(
      Map<Integer, List<Indicator>> indicators) {
    List<UUID> ids = indicators.values().stream().flatMap(List::stream).map(i -> i.id).toList();
    Map<UUID, Map<Integer, Measurement>> measured = new HashMap<>();
    for (Measurement m : Measurement.currentOf(ids)) {
      measured.computeIfAbsent(m.indicatorId, id -> new HashMap<>()).put(m.year, m);
    }
    return measured;
  }
}
