package no.bygdevekst.evaluation.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.UUID;
import no.bygdevekst.evaluation.attainment.ReportKind;

/** A published report: when, by whom, and the report as it was then. */
public record PublicationView(
    UUID reportId,
    ReportKind kind,
    Integer year,
    OffsetDateTime publishedAt,
    String publishedBy,
    JsonNode report) {}
