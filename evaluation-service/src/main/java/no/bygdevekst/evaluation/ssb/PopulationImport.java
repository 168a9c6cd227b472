package no.bygdevekst.evaluation.ssb;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import no.bygdevekst.evaluation.agreement.AgreementAccess;
import no.bygdevekst.evaluation.agreement.AgreementView;
import no.bygdevekst.evaluation.indicator.Indicator;
import no.bygdevekst.evaluation.indicator.MeasureType;
import no.bygdevekst.evaluation.indicator.Measurement;
import no.bygdevekst.evaluation.indicator.MeasurementService;
import no.bygdevekst.evaluation.indicator.RecordMeasurement;
import no.bygdevekst.platform.problem.Problems;

/**
 * Turns SSB's population figures into measurements of a population indicator, so that nobody types
 * them in. A year's first figure is recorded; a figure that SSB has since revised is recorded as a
 * correction (the earlier value stays in the history); an equal one changes nothing. SSB is asked
 * outside any database transaction, so a slow answer holds no lock.
 */
@ApplicationScoped
public class PopulationImport {
  private final AgreementAccess access;
  private final PopulationStatistics statistics;
  private final MeasurementService measurements;

  @Inject
  public PopulationImport(
      AgreementAccess access, PopulationStatistics statistics, MeasurementService measurements) {
    this.access = access;
    this.statistics = statistics;
    this.measurements = measurements;
  }

  public ImportResult run(UUID indicatorId, ImportPopulation command) {
    List<String> municipalities =
        QuarkusTransaction.requiringNew().call(() -> check(indicatorId, command));
    List<Integer> years = List.copyOf(new TreeSet<>(command.years()));
    Population population = statistics.population(municipalities, years);
    String source = source(population);
    return QuarkusTransaction.requiringNew()
        .call(() -> record(indicatorId, years, population, source));
  }

  private List<String> check(UUID indicatorId, ImportPopulation command) {
    Indicator indicator =
        Indicator.<Indicator>findByIdOptional(indicatorId)
            .orElseThrow(() -> Problems.notFound("Indicator", indicatorId));
    AgreementView agreement = access.writableByMunicipality(indicator.agreementId);
    if (indicator.measureType != MeasureType.UNIT) {
      throw Problems.conflict(
          "Population is a count of persons: it can only be imported into a UNIT indicator, not "
              + indicator.measureType);
    }
    for (Integer year : command.years()) {
      if (year < indicator.baselineYear || year > agreement.lastYear()) {
        throw Problems.invalid(
            "years",
            year
                + " is outside "
                + indicator.baselineYear
                + "-"
                + agreement.lastYear()
                + " (baseline year to the period's end)");
      }
    }
    List<String> municipalities =
        command.municipalities() == null || command.municipalities().isEmpty()
            ? agreement.municipalities().stream().sorted().toList()
            : List.copyOf(new TreeSet<>(command.municipalities()));
    if (municipalities.isEmpty()) {
      throw Problems.invalid("municipalities", "the agreement names no municipality");
    }
    return municipalities;
  }

  private ImportResult record(
      UUID indicatorId, List<Integer> years, Population population, String source) {
    Indicator indicator = measurements.lockForWriting(indicatorId);
    AgreementView agreement = access.writableByMunicipality(indicator.agreementId);
    List<ImportResult.Year> outcomes = new ArrayList<>();
    for (Integer year : years) {
      BigDecimal value = population.totals().get(year);
      if (value == null) {
        outcomes.add(new ImportResult.Year(year, null, ImportResult.Outcome.MISSING, null));
        continue;
      }
      Optional<Measurement> current = Measurement.current(indicator.id, year);
      if (current.isPresent() && current.get().value.compareTo(value) == 0) {
        outcomes.add(
            new ImportResult.Year(year, value, ImportResult.Outcome.UNCHANGED, current.get().id));
        continue;
      }
      UUID corrects = current.map(m -> m.id).orElse(null);
      Measurement recorded =
          measurements.record(
              indicator,
              agreement,
              new RecordMeasurement(year, value, null, null, source, corrects));
      outcomes.add(
          new ImportResult.Year(
              year,
              value,
              corrects == null ? ImportResult.Outcome.RECORDED : ImportResult.Outcome.CORRECTED,
              recorded.id));
    }
    return new ImportResult(indicator.id, population.municipalities(), source, outcomes);
  }

  private static String source(Population population) {
    return "SSB statistikkbanken, tabell 07459 (folkemengde 1. januar; kommuner "
        + String.join(", ", population.municipalities())
        + (population.updated() == null ? "" : "; oppdatert " + population.updated())
        + ")";
  }
}
