package no.bygdevekst.funding.ledger;

import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ledger as CSV for a spreadsheet in Norwegian settings: UTF-8 with a byte order mark (so that
 * Excel reads æ, ø and å), semicolons between fields (Norwegian Excel uses the comma as its decimal
 * mark), CRLF line ends, amounts in NOK with two decimals and a decimal comma and no thousands
 * separator ({@code 1500000,00}, {@code -200000,00}), times in UTC (ISO 8601, to the second). A
 * field with a semicolon, quote or line break is quoted, quotes doubled (RFC 4180). Free text that
 * starts with {@code = + - @} gets a leading apostrophe so that a spreadsheet never runs it as a
 * formula.
 */
public final class LedgerCsv {
  public static final String MEDIA_TYPE = "text/csv";
  public static final String BOM = "\uFEFF";
  static final String SEPARATOR = ";";
  static final String LINE_END = "\r\n";
  static final List<String> HEADER =
      List.of(
          "Løpenr",
          "Tidspunkt (UTC)",
          "Type",
          "Delmål",
          "Tiltak-ID",
          "Tiltak",
          "Tilskudd (NOK)",
          "Egne ressurser (NOK)",
          "Utført av",
          "Referanse",
          "Merknad");

  private LedgerCsv() {}

  /**
   * @param measureTitles titles of the measures the entries name, from the approved plans
   */
  public static String of(List<LedgerEntry> entries, Map<UUID, String> measureTitles) {
    StringBuilder out = new StringBuilder(BOM);
    line(out, HEADER);
    for (LedgerEntry e : entries) {
      line(
          out,
          List.of(
              Integer.toString(e.entryNumber),
              DateTimeFormatter.ISO_INSTANT.format(e.occurredAt.truncatedTo(ChronoUnit.SECONDS)),
              e.type.label(),
              e.subGoalNumber == null ? "" : e.subGoalNumber.toString(),
              e.measureId == null ? "" : e.measureId.toString(),
              text(e.measureId == null ? null : measureTitles.get(e.measureId)),
              nok(e.grantAmountOre),
              nok(e.ownResourcesOre),
              text(e.actor),
              e.referenceId.toString(),
              text(e.note)));
    }
    return out.toString();
  }

  /** Øre as NOK with two decimals and a decimal comma, by integer arithmetic only. */
  public static String nok(long ore) {
    String sign = ore < 0 ? "-" : "";
    long abs = Math.abs(ore);
    long kroner = abs / 100;
    long rest = abs % 100;
    return sign + kroner + "," + (rest < 10 ? "0" : "") + rest;
  }

  private static String text(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    char first = value.charAt(0);
    return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + value : value;
  }

  private static void line(StringBuilder out, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(SEPARATOR);
      }
      out.append(quote(fields.get(i)));
    }
    out.append(LINE_END);
  }

  private static String quote(String field) {
    if (field.contains(SEPARATOR)
        || field.contains("\"")
        || field.contains("\n")
        || field.contains("\r")) {
      return "\"" + field.replace("\"", "\"\"") + "\"";
    }
    return field;
  }
}
