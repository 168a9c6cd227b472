package no.bygdevekst.evaluation.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import no.bygdevekst.evaluation.attainment.AttainmentReport;
import no.bygdevekst.evaluation.attainment.ReportKind;
import no.bygdevekst.evaluation.attainment.SubGoalAttainment;
import no.bygdevekst.evaluation.attainment.SubGoalStatus;

/**
 * Draws a report as an SVG bar chart that reads at a glance: one horizontal bar per sub-goal, as
 * long as its mean progress, against a dashed target line at 100 %, coloured by status and labelled
 * with the percentage and the status in words (so that colour is never the only cue), with a legend
 * of the thresholds below.
 */
public final class StatusChart {
  public static final String MEDIA_TYPE = "image/svg+xml";

  private static final int WIDTH = 1040;
  private static final int LABEL_X = 24;
  private static final int BAR_X = 430;
  private static final int BAR_WIDTH = 420;
  private static final int TOP = 110;
  private static final int ROW = 44;
  private static final int BAR_HEIGHT = 24;
  private static final int LABEL_CHARS = 48;
  private static final BigDecimal MAX = new BigDecimal("1.25");
  private static final String FONT = "font-family=\"Arial, Helvetica, sans-serif\"";

  private StatusChart() {}

  public static String draw(AttainmentReport report) {
    List<SubGoalAttainment> subGoals = report.subGoals();
    int bottom = TOP + Math.max(subGoals.size(), 1) * ROW;
    int height = bottom + 140;
    StringBuilder svg = new StringBuilder();
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" ")
        .append(FONT)
        .append(">\n");
    String title = title(report);
    svg.append("  <title>").append(escape(title)).append("</title>\n");
    svg.append("  <rect x=\"0\" y=\"0\" width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>\n");
    text(svg, LABEL_X, 36, 20, "#1A1A1A", "bold", "start", title);
    String subtitle =
        report.agreementTitle()
            + (report.pilotArea() == null ? "" : " (" + report.pilotArea() + ")");
    text(svg, LABEL_X, 62, 14, "#555555", "normal", "start", subtitle);
    grid(svg, bottom);
    for (int i = 0; i < subGoals.size(); i++) {
      bar(svg, subGoals.get(i), TOP + i * ROW);
    }
    targetLine(svg, bottom);
    legend(svg, report, bottom + 72);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static String title(AttainmentReport report) {
    return report.kind() == ReportKind.FINAL
        ? "Måloppnåelse per delmål – sluttrapport "
            + report.period().from().getYear()
            + "–"
            + report.period().to().getYear()
        : "Måloppnåelse per delmål – statusrapport " + report.year();
  }

  private static void grid(StringBuilder svg, int bottom) {
    for (int percent = 0; percent <= 125; percent += 25) {
      int x = x(BigDecimal.valueOf(percent, 2));
      svg.append("  <line x1=\"")
          .append(x)
          .append("\" y1=\"")
          .append(TOP - 8)
          .append("\" x2=\"")
          .append(x)
          .append("\" y2=\"")
          .append(bottom)
          .append("\" stroke=\"#DDDDDD\" stroke-width=\"1\"/>\n");
      text(svg, x, bottom + 18, 12, "#666666", "normal", "middle", percent + " %");
    }
    text(
        svg,
        BAR_X + BAR_WIDTH / 2,
        bottom + 36,
        12,
        "#666666",
        "normal",
        "middle",
        "Fremdrift mot målet (100 % = målet nådd)");
  }

  private static void bar(StringBuilder svg, SubGoalAttainment s, int rowTop) {
    int barY = rowTop + (ROW - BAR_HEIGHT) / 2;
    int textY = barY + BAR_HEIGHT / 2 + 5;
    text(svg, LABEL_X, textY, 14, "#1A1A1A", "normal", "start", label(s));
    svg.append("  <rect class=\"track\" x=\"")
        .append(BAR_X)
        .append("\" y=\"")
        .append(barY)
        .append("\" width=\"")
        .append(BAR_WIDTH)
        .append("\" height=\"")
        .append(BAR_HEIGHT)
        .append("\" fill=\"#F2F2F2\"/>\n");
    int width = s.progress() == null ? 0 : x(s.progress()) - BAR_X;
    svg.append("  <rect class=\"bar\" data-sub-goal=\"")
        .append(s.number())
        .append("\" data-status=\"")
        .append(s.status())
        .append("\" x=\"")
        .append(BAR_X)
        .append("\" y=\"")
        .append(barY)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(BAR_HEIGHT)
        .append("\" fill=\"")
        .append(colour(s.status()))
        .append("\"><title>")
        .append(escape(label(s) + ": " + value(s)))
        .append("</title></rect>\n");
    String fill = s.status() == SubGoalStatus.NO_DATA ? "#666666" : "#1A1A1A";
    text(svg, BAR_X + BAR_WIDTH + 12, textY, 13, fill, "bold", "start", value(s));
  }

  private static void targetLine(StringBuilder svg, int bottom) {
    int x = x(BigDecimal.ONE);
    svg.append("  <line class=\"target\" x1=\"")
        .append(x)
        .append("\" y1=\"")
        .append(TOP - 14)
        .append("\" x2=\"")
        .append(x)
        .append("\" y2=\"")
        .append(bottom + 4)
        .append("\" stroke=\"#1A1A1A\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>\n");
    text(svg, x, TOP - 20, 12, "#1A1A1A", "bold", "middle", "Mål");
  }

  private static void legend(StringBuilder svg, AttainmentReport report, int y) {
    String onTrack = percent(report.thresholds().onTrack());
    String atRisk = percent(report.thresholds().atRisk());
    String[][] items = {
      {SubGoalStatus.ON_TRACK.name(), SubGoalStatus.ON_TRACK.label() + " (≥ " + onTrack + ")"},
      {SubGoalStatus.AT_RISK.name(), SubGoalStatus.AT_RISK.label() + " (≥ " + atRisk + ")"},
      {SubGoalStatus.OFF_TRACK.name(), SubGoalStatus.OFF_TRACK.label() + " (< " + atRisk + ")"},
      {SubGoalStatus.NO_DATA.name(), SubGoalStatus.NO_DATA.label() + " (ingen målte indikatorer)"}
    };
    svg.append("  <g class=\"legend\">\n");
    int x = LABEL_X;
    for (String[] item : items) {
      svg.append("    <rect x=\"")
          .append(x)
          .append("\" y=\"")
          .append(y - 12)
          .append("\" width=\"14\" height=\"14\" fill=\"")
          .append(colour(SubGoalStatus.valueOf(item[0])))
          .append("\"/>\n  ");
      text(svg, x + 20, y, 13, "#1A1A1A", "normal", "start", item[1]);
      x += 20 + item[1].length() * 7 + 28;
    }
    svg.append("  </g>\n");
    text(
        svg,
        LABEL_X,
        y + 30,
        11,
        "#666666",
        "normal",
        "start",
        "Fremdrift = (faktisk − basis) / (mål − basis), snudd der lavere er bedre; snitt av"
            + " delmålets målte indikatorer. Manglende målinger telles ikke som null.");
  }

  private static String label(SubGoalAttainment s) {
    String label = s.number() + ". " + s.title();
    return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "…";
  }

  private static String value(SubGoalAttainment s) {
    if (s.progress() == null) {
      return s.status().label();
    }
    return percent(s.progress()) + " · " + s.status().label();
  }

  private static int x(BigDecimal progress) {
    BigDecimal clamped = progress.max(BigDecimal.ZERO).min(MAX);
    return BAR_X
        + clamped
            .multiply(BigDecimal.valueOf(BAR_WIDTH))
            .divide(MAX, 0, RoundingMode.HALF_UP)
            .intValue();
  }

  static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  static String colour(SubGoalStatus status) {
    return switch (status) {
      case ON_TRACK -> "#2E7D32";
      case AT_RISK -> "#F9A825";
      case OFF_TRACK -> "#C62828";
      case NO_DATA -> "#9E9E9E";
    };
  }

  private static void text(
      StringBuilder svg,
      int x,
      int y,
      int size,
      String fill,
      String weight,
      String anchor,
      String content) {
    svg.append("  <text x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" font-size=\"")
        .append(size)
        .append("\" font-weight=\"")
        .append(weight)
        .append("\" fill=\"")
        .append(fill)
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\">")
        .append(escape(content))
        .append("</text>\n");
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
