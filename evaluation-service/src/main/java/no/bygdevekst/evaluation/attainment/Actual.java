package no.bygdevekst.evaluation.attainment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The value in force for an indicator and year. */
public record Actual(
    UUID measurementId,
    int year,
    BigDecimal value,
    String assessment,
    String narrative,
    String source,
    OffsetDateTime recordedAt) {}
