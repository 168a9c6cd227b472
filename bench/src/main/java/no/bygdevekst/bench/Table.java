package no.bygdevekst.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The printed result: rows of median, spread, ratios to the ceiling and to the peer, target and
 * verdict, one markdown table per section.
 */
final class Table {
  /** A figure divided by the ceiling's and by the peer's in the same run; null where none. */
  record Ratios(Double ceiling, Double peer) {
    static final Ratios NONE = new Ratios(null, null);
  }

  private record Row(
      String section,
      String figure,
      String unit,
      Stats.Series series,
      Ratios ratios,
      String target,
      Boolean met) {}

  private static final String[] HEADER = {
    "figure",
    "unit",
    "median",
    "spread: min..max (range/median)",
    "vs ceiling",
    "vs peer",
    "target",
    "met"
  };
  private static final boolean[] RIGHT = {false, false, true, false, true, true, false, false};

  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void add(String section, String figure, String unit, Stats.Series series) {
    rows.add(new Row(section, figure, unit, series, Ratios.NONE, "", null));
  }

  void add(String section, String figure, String unit, Stats.Series series, Ratios ratios) {
    rows.add(new Row(section, figure, unit, series, ratios, "", null));
  }

  void add(
      String section,
      String figure,
      String unit,
      Stats.Series series,
      Ratios ratios,
      String target,
      Boolean met) {
    rows.add(new Row(section, figure, unit, series, ratios, target, met));
  }

  void note(String line) {
    notes.add(line);
  }

  String render() {
    StringBuilder out = new StringBuilder();
    List<String> sections = new ArrayList<>();
    rows.forEach(
        r -> {
          if (!sections.contains(r.section())) {
            sections.add(r.section());
          }
        });
    for (String section : sections) {
      out.append("#### ").append(section).append("\n\n");
      List<String[]> cells = new ArrayList<>();
      cells.add(HEADER);
      for (Row r : rows) {
        if (r.section().equals(section)) {
          cells.add(cells(r));
        }
      }
      out.append(markdown(cells, RIGHT)).append('\n');
    }
    notes.forEach(n -> out.append("- ").append(n).append('\n'));
    return out.toString();
  }

  private static String[] cells(Row r) {
    Stats.Series s = r.series();
    String spread =
        s.values().size() < 2
            ? "(1 run)"
            : fmt(s.min(), r.unit())
                + ".."
                + fmt(s.max(), r.unit())
                + String.format(Locale.ROOT, " (%.0f%%)", s.spreadPercent());
    return new String[] {
      r.figure(),
      r.unit(),
      fmt(s.median(), r.unit()),
      spread,
      ratio(r.ratios().ceiling()),
      ratio(r.ratios().peer()),
      r.target(),
      r.met() == null ? "" : r.met() ? "yes" : "**NO**"
    };
  }

  /** Two decimals; three below 0.1, where a share of a far higher rate would read as 0.00. */
  static String ratio(Double v) {
    if (v == null || v.isNaN()) {
      return "";
    }
    return String.format(Locale.ROOT, v < 0.1 ? "%.3f" : "%.2f", v);
  }

  /**
   * A markdown table padded so that it also reads well in a terminal; the first row is the header,
   * {@code right[i]} aligns column i to the right.
   */
  static String markdown(List<String[]> cells, boolean[] right) {
    int columns = right.length;
    int[] width = new int[columns];
    for (String[] row : cells) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int n = 0; n < cells.size(); n++) {
      String[] row = cells.get(n);
      out.append('|');
      for (int i = 0; i < columns; i++) {
        String pad = " ".repeat(width[i] - row[i].length());
        out.append(' ').append(right[i] ? pad + row[i] : row[i] + pad).append(" |");
      }
      out.append('\n');
      if (n == 0) {
        out.append('|');
        for (int i = 0; i < columns; i++) {
          out.append(right[i] ? "-".repeat(width[i] + 1) + ":|" : "-".repeat(width[i] + 2) + "|");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  static String fmt(double v, String unit) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return switch (unit) {
      case "req/s", "ops/s", "MB" -> String.format(Locale.ROOT, "%,.0f", v);
      case "count" ->
          v == Math.rint(v)
              ? String.format(Locale.ROOT, "%,.0f", v)
              : String.format(Locale.ROOT, "%.1f", v);
      case "s" -> String.format(Locale.ROOT, "%.2f", v);
      default ->
          v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    };
  }
}
