package no.bygdevekst.evaluation.report;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import no.bygdevekst.evaluation.attainment.AttainmentReport;
import no.bygdevekst.evaluation.attainment.IndicatorAttainment;
import no.bygdevekst.evaluation.attainment.MeasurementState;
import no.bygdevekst.evaluation.attainment.Money;
import no.bygdevekst.evaluation.attainment.SubGoalAttainment;
import no.bygdevekst.evaluation.indicator.Baseline;
import no.bygdevekst.evaluation.indicator.Target;

/**
 * A report as CSV for spreadsheets set up for Norwegian: UTF-8 with a byte order mark, {@code ;}
 * between fields, decimal comma, CRLF line ends, fields quoted only when they hold {@code ;}, a
 * quote or a line break. One row per sub-goal (status, progress, measures, money in kroner with two
 * decimals) followed by one row per indicator (target, value or {@code mangler}, progress).
 */
public final class ReportCsv {
  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

  static final List<String> HEADER =
      List.of(
          "Nivå",
          "Delmål",
          "Navn",
          "Enhet",
          "Retning",
          "År",
          "Basisår",
          "Basis",
          "Mål",
          "Faktisk",
          "Måling",
          "Vurdering",
          "Fremdrift",
          "Status",
          "Tiltak",
          "Planlagt tilskudd (kr)",
          "Planlagt egne ressurser (kr)",
          "Fordelt tilskudd (kr)",
          "Fordelt egne ressurser (kr)",
          "Utbetalt (kr)");

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ReportCsv() {}

  public static byte[] write(AttainmentReport report) {
    StringBuilder out = new StringBuilder();
    line(out, HEADER);
    for (SubGoalAttainment s : report.subGoals()) {
      Money money = s.money();
      line(
          out,
          List.of(
              "Delmål",
              Integer.toString(s.number()),
              text(s.title()),
              "",
              "",
              report.year() == null ? "" : report.year().toString(),
              "",
              "",
              "",
              "",
              "",
              "",
              decimal(s.progress()),
              s.status().label(),
              Integer.toString(s.measureCount()),
              kroner(money.plannedGrantOre()),
              kroner(money.plannedOwnResourcesOre()),
              kroner(money.allocatedOre()),
              kroner(money.allocatedOwnResourcesOre()),
              kroner(money.disbursedOre())));
      for (IndicatorAttainment i : s.indicators()) {
        line(out, indicatorRow(s.number(), i));
      }
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(BOM);
    bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  private static List<String> indicatorRow(int subGoal, IndicatorAttainment i) {
    Baseline baseline = i.baseline();
    Target target = i.target();
    boolean measured = i.state() == MeasurementState.MEASURED;
    List<String> row = new ArrayList<>();
    row.add("Indikator");
    row.add(Integer.toString(subGoal));
    row.add(text(i.name()));
    row.add(text(i.unit()));
    row.add(i.ascending() ? "høyere er bedre" : "lavere er bedre");
    row.add(Integer.toString(i.year()));
    row.add(Integer.toString(baseline.year()));
    row.add(baseline.value() != null ? decimal(baseline.value()) : text(baseline.assessment()));
    row.add(target.value() != null ? decimal(target.value()) : text(target.assessment()));
    row.add(measured ? decimal(i.actual().value()) : "");
    row.add(measured ? "målt" : "mangler");
    row.add(measured ? text(i.actual().assessment()) : "");
    row.add(decimal(i.progress()));
    for (int n = 0; n < 7; n++) {
      row.add("");
    }
    return row;
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(';');
      }
      out.append(quote(fields.get(i)));
    }
    out.append("\r\n");
  }

  private static String quote(String field) {
    if (field.indexOf(';') < 0
        && field.indexOf('"') < 0
        && field.indexOf('\n') < 0
        && field.indexOf('\r') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }

  /**
   * Text entered by people; one that a spreadsheet would take for a formula gets a leading
   * apostrophe, so that opening the file never runs it.
   */
  static String text(String value) {
    if (value == null) {
      return "";
    }
    if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  static String decimal(BigDecimal value) {
    return value == null ? "" : value.toPlainString().replace('.', ',');
  }

  static String kroner(long ore) {
    return decimal(BigDecimal.valueOf(ore, 2));
  }
}
