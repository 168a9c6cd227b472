package no.bygdevekst.evaluation.ssb;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Population per year summed over municipalities, as SSB published it.
 *
 * @param totals per year the sum over all municipalities; a year is absent when SSB had no value
 *     for one of them
 * @param updated when SSB last updated the table, or null
 */
public record Population(
    List<String> municipalities, Map<Integer, BigDecimal> totals, String label, String updated) {}
