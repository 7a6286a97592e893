package dev.servicelevel.examples;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The error budget burn-down of one availability target over a quarter: for each month, the share
 * of the month's allowed downtime still left, from 100 % at the start of the month down as
 * outages use it; below zero the target is breached. Values below the chart's floor are clipped,
 * and each month's final value is written beside its line. The line keeps at most two points per
 * pixel column, so the markup stays bounded (a few tens of kilobytes per chart) whatever the
 * number of outages.
 */
final class BurnDownChart {

  /** The budget left, in percent of the month's budget, as of an instant. */
  record Point(Instant at, BigDecimal leftPercent) {}

  /** A month's points, in time order, with the month's final figure. */
  record Month(YearMonth month, List<Point> points, BigDecimal finalLeftPercent) {}

  static final int WIDTH = 1160;
  static final int HEIGHT = 190;
  private static final double LEFT = 60;
  private static final double RIGHT = 20;
  private static final double TOP = 28;
  private static final double BOTTOM = 30;
  private static final double FLOOR = -100;

  private BurnDownChart() {}

  /**
   * Draws the chart.
   *
   * @param title  the chart's title, such as {@code shop-prime >= 99.9 % (prime)}
   * @param months  the months of the quarter in order
   * @param zone  the agreement's zone
   * @return the SVG markup
   */
  static String svg(String title, List<Month> months, ZoneId zone) {
    Svg svg = new Svg(WIDTH, HEIGHT, "Error budget burn-down: " + title);
    Instant from = months.get(0).month().atDay(1).atStartOfDay(zone).toInstant();
    Instant to = months.get(months.size() - 1).month().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    double plotW = WIDTH - LEFT - RIGHT;
    double plotH = HEIGHT - TOP - BOTTOM;
    double span = to.getEpochSecond() - from.getEpochSecond();
    svg.text(LEFT, 16, title, "font-weight=\"bold\"");
    for (int pct = 100; pct >= FLOOR; pct -= 50) {
      double y = TOP + (100 - pct) / (100 - FLOOR) * plotH;
      svg.line(LEFT, y, LEFT + plotW, y, pct == 0 ? "stroke=\"#c0392b\" stroke-width=\"1.2\"" : "stroke=\"#e3e3e3\"");
      svg.text(LEFT - 6, y + 4, pct + " %", "text-anchor=\"end\" fill=\"#555\"");
    }
    for (Month m : months) {
      Instant start = m.month().atDay(1).atStartOfDay(zone).toInstant();
      Instant end = m.month().plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
      double x0 = LEFT + (start.getEpochSecond() - from.getEpochSecond()) / span * plotW;
      double x1 = LEFT + (end.getEpochSecond() - from.getEpochSecond()) / span * plotW;
      svg.line(x0, TOP, x0, TOP + plotH, "stroke=\"#bbb\"");
      svg.text((x0 + x1) / 2, HEIGHT - 10,
          ConsoleReport.monthName(m.month()),
          "text-anchor=\"middle\" fill=\"#333\"");
      StringBuilder d = new StringBuilder();
      // At most the first and the last point of each pixel column: the budget only falls, so
      // the points between them lie on the vertical stroke joining them, and a month of 12,000
      // outages draws no more points than the chart has pixels (two per column).
      long column = Long.MIN_VALUE;
      double[] last = null;
      for (Point p : m.points()) {
        double x = LEFT + (p.at().getEpochSecond() - from.getEpochSecond()) / span * plotW;
        double v = Math.max(FLOOR, p.leftPercent().doubleValue());
        double y = TOP + (100 - v) / (100 - FLOOR) * plotH;
        long c = (long) Math.floor(x);
        if (c == column) {
          last = new double[] {x, y};
          continue;
        }
        if (last != null) {
          d.append(" L").append(Svg.num(last[0])).append(' ').append(Svg.num(last[1]));
          last = null;
        }
        column = c;
        d.append(d.length() == 0 ? "M" : " L").append(Svg.num(x)).append(' ').append(Svg.num(y));
      }
      if (last != null) {
        d.append(" L").append(Svg.num(last[0])).append(' ').append(Svg.num(last[1]));
      }
      boolean breached = m.finalLeftPercent().signum() < 0;
      svg.path(d.toString(), "fill=\"none\" stroke=\"" + (breached ? "#c0392b" : "#2e86c1") + "\" stroke-width=\"2\"");
      double fy = TOP + (100 - Math.max(FLOOR, m.finalLeftPercent().doubleValue())) / (100 - FLOOR) * plotH;
      svg.text(x1 - 4, Math.min(TOP + plotH - 4, Math.max(TOP + 12, fy - 6)),
          Formats.percent(m.finalLeftPercent(), 0) + " left", "text-anchor=\"end\" font-weight=\"bold\" fill=\""
              + (breached ? "#c0392b" : "#1b4f72") + "\"");
    }
    svg.line(LEFT, TOP, LEFT, TOP + plotH, "stroke=\"#888\"");
    return svg.end();
  }
}
