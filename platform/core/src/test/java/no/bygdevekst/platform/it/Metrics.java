package no.bygdevekst.platform.it;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Reads the application's Prometheus metrics as a scraper would. */
final class Metrics {
  private Metrics() {}

  /**
   * Every line of {@code /q/metrics} for the series {@code name} whose labels contain each of
   * {@code labels}.
   */
  static List<String> lines(String name, String... labels) {
    List<String> found = new ArrayList<>();
    for (String line :
        given().get("/q/metrics").then().statusCode(200).extract().asString().split("\n")) {
      if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
        continue;
      }
      boolean all = true;
      for (String label : labels) {
        all &= line.contains(label);
      }
      if (all) {
        found.add(line);
      }
    }
    return found;
  }

  /** The value of the first matching series, if there is one. */
  static OptionalDouble value(String name, String... labels) {
    List<String> found = lines(name, labels);
    if (found.isEmpty()) {
      return OptionalDouble.empty();
    }
    // name{labels} value [# {exemplar labels} value timestamp]: the exemplar links to a trace.
    String line = found.get(0);
    int exemplar = line.indexOf(" # ");
    String sample = exemplar < 0 ? line : line.substring(0, exemplar);
    return OptionalDouble.of(Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1)));
  }
}
