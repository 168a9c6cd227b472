package no.bygdevekst.evaluation.ssb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.bygdevekst.platform.problem.ProblemException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Reads population per municipality from SSB table 07459 and sums it over the municipalities of an
 * agreement. Municipalities are asked for with SSB's aggregation to today's borders ({@code
 * agg:KommSummer}, codes {@code K-<kommunenummer>}), so a merged or split municipality still gives
 * one comparable series.
 */
@ApplicationScoped
public class PopulationStatistics {
  private static final Logger LOG = Logger.getLogger(PopulationStatistics.class);
  private static final String REGION_PREFIX = "K-";

  private final SsbTableClient client;

  @Inject
  public PopulationStatistics(@RestClient SsbTableClient client) {
    this.client = client;
  }

  /**
   * Population on 1 January of each year, summed over {@code municipalities}.
   *
   * @throws ProblemException 502 when SSB cannot be reached or answers with something unreadable
   */
  public Population population(List<String> municipalities, List<Integer> years) {
    List<String> regions = municipalities.stream().map(m -> REGION_PREFIX + m).toList();
    List<String> periods = years.stream().map(String::valueOf).toList();
    String answer;
    try {
      answer = client.query(PxQuery.population(regions, periods));
    } catch (WebApplicationException e) {
      throw unavailable("SSB answered " + e.getResponse().getStatus());
    } catch (ProcessingException e) {
      LOG.warnf(e, "SSB could not be reached");
      throw unavailable("SSB could not be reached: " + e.getMessage());
    }
    try {
      JsonStat2 data = JsonStat2.parse(answer);
      Map<Integer, BigDecimal> totals = new LinkedHashMap<>();
      for (Integer year : years) {
        BigDecimal total = BigDecimal.ZERO;
        for (String region : regions) {
          BigDecimal value = data.value(Map.of("Region", region, "Tid", year.toString()));
          if (value == null) {
            total = null;
            break;
          }
          total = total.add(value);
        }
        if (total != null) {
          totals.put(year, total);
        }
      }
      return new Population(List.copyOf(municipalities), totals, data.label(), data.updated());
    } catch (IllegalArgumentException e) {
      throw unavailable("SSB's answer could not be read as JSON-stat2: " + e.getMessage());
    }
  }

  private static ProblemException unavailable(String detail) {
    return new ProblemException(502, "upstream", "Bad gateway", detail, null, null);
  }
}
