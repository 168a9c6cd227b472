package no.bygdevekst.evaluation.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.bygdevekst.evaluation.agreement.AgreementAccess;
import no.bygdevekst.evaluation.agreement.AgreementView;
import no.bygdevekst.evaluation.attainment.AttainmentReport;
import no.bygdevekst.evaluation.attainment.AttainmentService;
import no.bygdevekst.evaluation.attainment.ReportKind;
import no.bygdevekst.evaluation.events.AttainmentReportPublished;
import no.bygdevekst.evaluation.events.IndicatorDefined;
import no.bygdevekst.platform.audit.AuditTrail;
import no.bygdevekst.platform.outbox.Outbox;
import no.bygdevekst.platform.problem.Problems;
import no.bygdevekst.platform.security.Caller;
import no.bygdevekst.platform.time.Times;

/** Publishes reports: a snapshot the public can read, and an event for other systems. */
@ApplicationScoped
public class PublicationService {
  static final String AGGREGATE = "AttainmentReport";

  private final AgreementAccess access;
  private final AttainmentService attainment;
  private final Caller caller;
  private final Outbox outbox;
  private final AuditTrail audit;
  private final ObjectMapper mapper;
  private final Clock clock;

  @Inject
  public PublicationService(
      AgreementAccess access,
      AttainmentService attainment,
      Caller caller,
      Outbox outbox,
      AuditTrail audit,
      ObjectMapper mapper,
      Clock clock) {
    this.access = access;
    this.attainment = attainment;
    this.caller = caller;
    this.outbox = outbox;
    this.audit = audit;
    this.mapper = mapper;
    this.clock = clock;
  }

  /** Publishes the status report of a year ({@code kind} STATUS) or the final report. */
  @Transactional
  public PublicationView publish(UUID agreementId, ReportKind kind, Integer year) {
    AgreementView agreement = access.publishable(agreementId);
    if (!agreement.status.isPublic()) {
      throw Problems.conflict(
          "Agreement "
              + agreementId
              + " is "
              + agreement.status
              + ": only reports of active or concluded agreements are published",
          Map.of("agreementStatus", agreement.status.name()));
    }
    AttainmentReport report =
        kind == ReportKind.FINAL
            ? attainment.finalOf(agreement)
            : attainment.statusOf(agreement, year);
    PublishedReport published = new PublishedReport();
    published.id = UUID.randomUUID();
    published.agreementId = agreementId;
    published.kind = kind;
    published.year = report.year();
    published.publishedAt = Times.nowUtc(clock);
    published.publishedBy = caller.subject();
    published.content = json(report);
    published.persist();
    AttainmentReportPublished event = announcement(published.id, report, published.publishedAt);
    outbox.record(agreementId, AttainmentReportPublished.NAME, 1, event);
    audit.record("report.published", AGGREGATE, published.id, event);
    return view(published);
  }

  private static AttainmentReportPublished announcement(
      UUID reportId, AttainmentReport report, OffsetDateTime publishedAt) {
    return new AttainmentReportPublished(
        reportId,
        report.agreementId(),
        report.kind().name(),
        report.year(),
        publishedAt,
        report.subGoals().stream()
            .map(
                s ->
                    new AttainmentReportPublished.SubGoal(
                        s.number(), s.status().name(), IndicatorDefined.text(s.progress())))
            .toList());
  }

  /** Every publication of an agreement, newest first, for a caller who may read it. */
  @Transactional
  public List<PublicationView> publications(UUID agreementId) {
    access.readable(agreementId);
    return PublishedReport.ofAgreement(agreementId).stream().map(this::view).toList();
  }

  /** One publication of an agreement, for a caller who may read it. */
  @Transactional
  public PublicationView publication(UUID agreementId, UUID reportId) {
    access.readable(agreementId);
    PublishedReport report = PublishedReport.findById(reportId);
    if (report == null || !report.agreementId.equals(agreementId)) {
      throw Problems.notFound("Published report", reportId);
    }
    return view(report);
  }

  PublicationView view(PublishedReport r) {
    try {
      return new PublicationView(
          r.id, r.kind, r.year, r.publishedAt, r.publishedBy, mapper.readTree(r.content));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored report " + r.id + " is not JSON", e);
    }
  }

  private String json(AttainmentReport report) {
    try {
      return mapper.writeValueAsString(report);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Report is not serialisable", e);
    }
  }
}
