package no.bygdevekst.evaluation.indicator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.bygdevekst.evaluation.agreement.AgreementAccess;
import no.bygdevekst.evaluation.agreement.AgreementView;
import no.bygdevekst.evaluation.events.IndicatorDefined;
import no.bygdevekst.evaluation.events.MeasurementRecorded;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.outbox.Outbox;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.time.Times;

/**
 * Records actual values. A year has one value in force; changing it takes a correction that names
 * the value it replaces, and both stay in the history.
 */
@ApplicationScoped
public class MeasurementService {
  private final AgreementAccess access;
  private final Caller caller;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final EntityManager em;
  private final Clock clock;

  @Inject
  public MeasurementService(
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

  /** Records a measurement, or a correction, entered by a municipality of the agreement. */
  @Transactional
  public MeasurementView record(UUID indicatorId, RecordMeasurement command) {
    Indicator indicator = lockForWriting(indicatorId);
    AgreementView agreement = access.writableByMunicipality(indicator.agreementId);
    return MeasurementView.of(record(indicator, agreement, command), null);
  }

  /**
   * The indicator, locked until the transaction ends so that two values for one year are decided
   * one after the other. Its version goes up, so that its ETag changes with its history.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Indicator lockForWriting(UUID indicatorId) {
    Indicator indicator =
        em.find(Indicator.class, indicatorId, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    if (indicator == null) {
      throw Problems.notFound("Indicator", indicatorId);
    }
    return indicator;
  }

  /** Records a measurement of a locked indicator whose agreement the caller may write. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Measurement record(
      Indicator indicator, AgreementView agreement, RecordMeasurement command) {
    MeasurementRules.check(indicator, agreement, command);
    Optional<Measurement> current = Measurement.current(indicator.id, command.year());
    if (command.correctsMeasurementId() == null && current.isPresent()) {
      UUID inForce = current.get().id;
      throw Problems.conflict(
          "Indicator "
              + indicator.id
              + " already has a value for "
              + command.year()
              + "; to change it, send a correction naming correctsMeasurementId "
              + inForce,
          Map.of("currentMeasurementId", inForce));
    }
    if (command.correctsMeasurementId() != null) {
      checkCorrection(indicator, command, current);
    }
    Measurement measurement = new Measurement();
    measurement.id = UUID.randomUUID();
    measurement.indicatorId = indicator.id;
    measurement.year = command.year();
    measurement.value = command.value();
    measurement.assessment = command.assessment();
    measurement.narrative = command.narrative();
    measurement.source = command.source().trim();
    measurement.recordedBy = caller.subject();
    measurement.recordedAt = Times.nowUtc(clock);
    measurement.correctsMeasurementId = command.correctsMeasurementId();
    measurement.persist();
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw Problems.conflict(
          "Another value for " + command.year() + " was recorded at the same time; read it again");
    }
    outbox.record(
        indicator.agreementId, MeasurementRecorded.NAME, 1, recorded(indicator, measurement));
    audit.record(
        measurement.correctsMeasurementId == null
            ? "measurement.recorded"
            : "measurement.corrected",
        IndicatorService.AGGREGATE,
        indicator.id,
        recorded(indicator, measurement));
    return measurement;
  }

  private static MeasurementRecorded recorded(Indicator indicator, Measurement m) {
    return new MeasurementRecorded(
        m.id,
        indicator.id,
        indicator.agreementId,
        indicator.subGoalNumber,
        m.year,
        IndicatorDefined.text(m.value),
        m.assessment,
        m.narrative,
        m.source,
        m.recordedBy,
        m.correctsMeasurementId);
  }

  /** One measurement of an indicator, current or corrected. */
  @Transactional
  public MeasurementView get(UUID indicatorId, UUID measurementId) {
    access.readable(IndicatorService.find(indicatorId).agreementId);
    Measurement m = Measurement.findById(measurementId);
    if (m == null || !m.indicatorId.equals(indicatorId)) {
      throw Problems.notFound("Measurement", measurementId);
    }
    return MeasurementView.of(m, Measurement.correctionOf(m.id).map(c -> c.id).orElse(null));
  }

  private static void checkCorrection(
      Indicator indicator, RecordMeasurement command, Optional<Measurement> current) {
    Measurement corrected = Measurement.findById(command.correctsMeasurementId());
    if (corrected == null || !corrected.indicatorId.equals(indicator.id)) {
      throw Problems.invalid(
          "correctsMeasurementId", "is not a measurement of indicator " + indicator.id);
    }
    if (corrected.year != command.year()) {
      throw Problems.invalid(
          "year", "must be " + corrected.year + ", the year of the measurement it corrects");
    }
    if (current.isEmpty() || !current.get().id.equals(corrected.id)) {
      throw Problems.conflict(
          "Measurement "
              + corrected.id
              + " has already been corrected; correct the value in force instead",
          current.<Map<String, Object>>map(m -> Map.of("currentMeasurementId", m.id)).orElse(null));
    }
  }
}
