package no.bygdevekst.evaluation.ssb;

import java.util.List;

/**
 * A query of SSB's PxWebApi (v0/v1 form: POST to the table's URL). Variables left out that SSB can
 * eliminate, such as sex and age in table 07459, are summed over by SSB.
 */
public record PxQuery(List<Variable> query, Response response) {

  public record Variable(String code, Selection selection) {}

  public record Selection(String filter, List<String> values) {}

  public record Response(String format) {}

  /** Persons (ContentsCode Personer1) per municipality and year, totals over sex and age. */
  public static PxQuery population(List<String> regionCodes, List<String> years) {
    return new PxQuery(
        List.of(
            new Variable("Region", new Selection("agg:KommSummer", regionCodes)),
            new Variable("ContentsCode", new Selection("item", List.of("Personer1"))),
            new Variable("Tid", new Selection("item", years))),
        new Response("json-stat2"));
  }
}
