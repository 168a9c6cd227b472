package no.bygdevekst.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The printed result: rows of median, spread, ratio to the ceiling, target and verdict. */
final class Table {
  private record Row(
      String section,
      String figure,
      String unit,
      Stats.Series series,
      Double ratio,
      String target,
      Boolean met) {}

  private final List<Row> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  void add(String section, String figure, String unit, Stats.Series series) {
    rows.add(new Row(section, figure, unit, series, null, "", null));
  }

  void add(
      String section,
      String figure,
      String unit,
      Stats.Series series,
      Double ratio,
      String target,
      Boolean met) {
    rows.add(new Row(section, figure, unit, series, ratio, target, met));
  }

  void note(String line) {
    notes.add(line);
  }

  /** One markdown table per section, padded so that it also reads well in a terminal. */
  String render() {
    StringBuilder out = new StringBuilder();
    List<String> sections = new ArrayList<>();
    rows.forEach(r -> {
      if (!sections.contains(r.section())) {
        sections.add(r.section());
      }
    });
    for (String section : sections) {
      out.append("#### ").append(section).append("\n\n");
      List<String[]> cells = new ArrayList<>();
      cells.add(new String[] {"figure", "unit", "median", "spread: min..max (range/median)", "vs ceiling", "target", "met"});
      for (Row r : rows) {
        if (!r.section().equals(section)) {
          continue;
        }
        Stats.Series s = r.series();
        String spread =
            s.values().size() < 2
                ? "(1 run)"
                : fmt(s.min(), r.unit()) + ".." + fmt(s.max(), r.unit())
                    + String.format(Locale.ROOT, " (%.0f%%)", s.spreadPercent());
        cells.add(
            new String[] {
              r.figure(),
              r.unit(),
              fmt(s.median(), r.unit()),
              spread,
              r.ratio() == null || r.ratio().isNaN()
                  ? ""
                  : String.format(Locale.ROOT, "%.2f", r.ratio()),
              r.target(),
              r.met() == null ? "" : r.met() ? "yes" : "**NO**"
            });
      }
      int[] width = new int[7];
      for (String[] row : cells) {
        for (int i = 0; i < 7; i++) {
          width[i] = Math.max(width[i], row[i].length());
        }
      }
      for (int n = 0; n < cells.size(); n++) {
        String[] row = cells.get(n);
        out.append('|');
        for (int i = 0; i < 7; i++) {
          String c = row[i];
          boolean right = i == 2 || i == 4;
          String pad = " ".repeat(width[i] - c.length());
          out.append(' ').append(right ? pad + c : c + pad).append(" |");
        }
        out.append('\n');
        if (n == 0) {
          out.append('|');
          for (int i = 0; i < 7; i++) {
            out.append(
                i == 2 || i == 4 ? "-".repeat(width[i] + 1) + ":|" : "-".repeat(width[i] + 2) + "|");
          }
          out.append('\n');
        }
      }
      out.append('\n');
    }
    if (!notes.isEmpty()) {
      notes.forEach(n -> out.append("- ").append(n).append('\n'));
    }
    return out.toString();
  }

  static String fmt(double v, String unit) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return switch (unit) {
      case "req/s", "ops/s", "MB" -> String.format(Locale.ROOT, "%,.0f", v);
      case "count" -> v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
      case "s" -> String.format(Locale.ROOT, "%.2f", v);
      default -> v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    };
  }
}
