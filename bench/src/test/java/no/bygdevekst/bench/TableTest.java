package no.bygdevekst.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TableTest {
  @Test
  void eachSectionIsAMarkdownTableWithBothRatiosAndTheVerdict() {
    Table table = new Table();
    table.add(
        "Reads",
        "agreement: throughput",
        "req/s",
        new Stats.Series(List.of(1000.0, 1200.0, 1100.0)),
        new Table.Ratios(0.0125, 0.5),
        ">= 0.32 x ceiling",
        false);
    table.add("Reads", "ceiling: throughput", "req/s", Stats.Series.of(88000.0));
    table.note("a note");
    String out = table.render();
    assertTrue(out.startsWith("#### Reads\n\n"), out);
    String[] lines = out.split("\n");
    assertTrue(lines[2].contains("| vs ceiling | vs peer |"), lines[2]);
    assertTrue(lines[3].matches("\\|(-+:?\\|)+"), lines[3]);
    assertTrue(
        lines[4].matches(
            "\\| agreement: throughput \\| req/s \\| +1,100 \\| 1,000\\.\\.1,200 \\(18%\\) +\\|"
                + " +0\\.013 \\| +0\\.50 \\| >= 0\\.32 x ceiling \\| \\*\\*NO\\*\\* \\|"),
        lines[4]);
    assertTrue(lines[5].contains("(1 run)"), lines[5]);
    assertTrue(out.endsWith("- a note\n"), out);
    assertEquals(lines[2].length(), lines[4].length(), "padded to one width");
  }

  @Test
  void aRatioFarBelowOneKeepsThreeDecimals() {
    assertEquals("0.001", Table.ratio(23 / 26_468.0));
    assertEquals("0.25", Table.ratio(0.25));
    assertEquals("10.76", Table.ratio(10.7612));
    assertEquals("", Table.ratio(null));
    assertEquals("", Table.ratio(Double.NaN));
  }

  @Test
  void ratiosAreToTheCeilingAndThePeerOfTheSameRun() {
    Map<String, List<Double>> rps =
        Map.of(
            BenchStack.HELLO,
            List.of(80_000.0),
            BenchStack.PEER,
            List.of(16_000.0),
            "agreement",
            List.of(4_000.0));
    Table.Ratios service = Bench.ratios("agreement", Stats.Series.of(4_000.0), rps);
    assertEquals(0.05, service.ceiling(), 1e-12);
    assertEquals(0.25, service.peer(), 1e-12);
    Table.Ratios peer = Bench.ratios(BenchStack.PEER, Stats.Series.of(16_000.0), rps);
    assertEquals(0.2, peer.ceiling(), 1e-12);
    assertEquals(null, peer.peer());
    assertEquals(Table.Ratios.NONE, Bench.ratios(BenchStack.HELLO, Stats.Series.of(1), rps));
  }
}
