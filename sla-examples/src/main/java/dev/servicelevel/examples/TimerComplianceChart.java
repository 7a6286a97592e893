package dev.servicelevel.examples;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Ticket timer compliance by priority per month as grouped bars: for each month one bar per
 * series (such as "P1 answer", "P1 resolve"), the share of timers that met their goal, with the
 * required share as a dashed line.
 */
final class TimerComplianceChart {

  /** One month's group of bars; a series without timers that month has no bar. */
  record Group(String label, List<Optional<BigDecimal>> values) {}

  static final int WIDTH = 1160;
  static final int HEIGHT = 300;
  private static final String[] COLORS = {"#1b4f72", "#5dade2", "#7d3c98", "#c39bd3", "#117a65", "#76d7c4"};
  private static final double LEFT = 60;
  private static final double TOP = 40;
  private static final double BOTTOM = 40;

  private TimerComplianceChart() {}

  /**
   * Draws the chart.
   *
   * @param series  the names of the series, in bar order
   * @param groups  the months
   * @param required  the required share in percent
   * @return the SVG markup
   */
  static String svg(List<String> series, List<Group> groups, BigDecimal required) {
    Svg svg = new Svg(WIDTH, HEIGHT, "Ticket timer compliance by priority per month");
    double plotW = WIDTH - LEFT - 110;
    double plotH = HEIGHT - TOP - BOTTOM;
    for (int pct = 0; pct <= 100; pct += 20) {
      double y = TOP + (100 - pct) / 100.0 * plotH;
      svg.line(LEFT, y, LEFT + plotW, y, "stroke=\"#e3e3e3\"");
      svg.text(LEFT - 6, y + 4, pct + " %", "text-anchor=\"end\" fill=\"#555\"");
    }
    double x = LEFT + 200;
    for (int s = 0; s < series.size(); s++) {
      svg.rect(x, 10, 12, 12, "fill=\"" + COLORS[s % COLORS.length] + "\"", null);
      svg.text(x + 16, 20, series.get(s), "fill=\"#333\"");
      x += 24 + 7.5 * series.get(s).length();
    }
    svg.text(LEFT, 20, "share met", "font-weight=\"bold\"");
    double groupW = plotW / groups.size();
    double barW = Math.min(60, (groupW - 40) / series.size());
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      double gx = LEFT + g * groupW + (groupW - barW * series.size()) / 2;
      for (int s = 0; s < series.size(); s++) {
        Optional<BigDecimal> v = group.values().get(s);
        double bx = gx + s * barW;
        if (v.isEmpty()) {
          svg.text(bx + barW / 2, TOP + plotH - 4, "n/a", "text-anchor=\"middle\" fill=\"#888\"");
          continue;
        }
        double h = v.get().doubleValue() / 100 * plotH;
        boolean met = v.get().compareTo(required) >= 0;
        svg.rect(bx + 2, TOP + plotH - h, barW - 4, h, "fill=\"" + COLORS[s % COLORS.length] + "\"",
            series.get(s) + " " + group.label() + ": " + Formats.percent(v.get(), 2));
        svg.text(bx + barW / 2, TOP + plotH - h - 4, Formats.percent(v.get(), 1),
            "text-anchor=\"middle\" font-size=\"11\" fill=\"" + (met ? "#333" : "#c0392b") + "\"");
      }
      svg.text(LEFT + g * groupW + groupW / 2, HEIGHT - 14, group.label(), "text-anchor=\"middle\" fill=\"#333\"");
    }
    double ry = TOP + (100 - required.doubleValue()) / 100 * plotH;
    svg.line(LEFT, ry, LEFT + plotW, ry, "stroke=\"#c0392b\" stroke-dasharray=\"6 4\" stroke-width=\"1.5\"");
    svg.text(LEFT + plotW + 6, ry + 4, "required " + Formats.plain(required) + " %", "fill=\"#c0392b\"");
    svg.line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "stroke=\"#888\"");
    return svg.end();
  }
}
