package dev.servicelevel.examples;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.threeten.extra.Interval;

/**
 * The outages of a quarter on a timeline, one row per month with prime time shaded: an outage that
 * counted as downtime is red (orange when partial), one that was excluded grey, each labelled
 * with its id.
 */
final class OutageTimelineChart {

  /** How an outage counted. */
  enum Kind {
    /** Counted as downtime in full. */
    COUNTED,
    /** Counted with an impact below 1. */
    PARTIAL,
    /** Not counted, such as announced maintenance or a customer-caused outage. */
    EXCLUDED
  }

  /** One outage to draw. */
  record Bar(String id, String service, Instant start, Instant end, Kind kind, String note) {}

  static final int WIDTH = 1160;
  /** The most outages a month row labels with their ids; a busier month merges its bars. */
  static final int MAX_LABELS = 60;
  private static final double LEFT = 90;
  private static final double RIGHT = 10;
  private static final double ROW = 78;
  private static final double TOP = 34;

  private OutageTimelineChart() {}

  /**
   * Draws the chart.
   *
   * @param months  the months, one row each
   * @param bars  the outages
   * @param prime  the prime-time calendar, shaded
   * @param zone  the zone of the days
   * @return the SVG markup
   */
  static String svg(List<YearMonth> months, List<Bar> bars, BusinessCalendar prime, ZoneId zone) {
    int height = (int) (TOP + ROW * months.size() + 24);
    Svg svg = new Svg(WIDTH, height, "Outage timeline with prime time shaded");
    double plotW = WIDTH - LEFT - RIGHT;
    double dayW = plotW / 31;
    svg.rect(LEFT, 8, 14, 12, "fill=\"#fdebd0\"", null).text(LEFT + 18, 18, "prime time", "fill=\"#333\"");
    svg.rect(LEFT + 110, 8, 14, 12, "fill=\"#c0392b\"", null).text(LEFT + 128, 18, "counted as downtime", "fill=\"#333\"");
    svg.rect(LEFT + 280, 8, 14, 12, "fill=\"#e67e22\"", null).text(LEFT + 298, 18, "partial (impact below 1)", "fill=\"#333\"");
    svg.rect(LEFT + 460, 8, 14, 12, "fill=\"#95a5a6\"", null).text(LEFT + 478, 18, "excluded", "fill=\"#333\"");
    for (int r = 0; r < months.size(); r++) {
      YearMonth month = months.get(r);
      double top = TOP + r * ROW;
      double barTop = top + 30;
      double barH = 26;
      Instant start = month.atDay(1).atStartOfDay(zone).toInstant();
      Instant end = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
      svg.text(8, barTop + 17, month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + month.getYear(),
          "font-weight=\"bold\" fill=\"#333\"");
      svg.rect(LEFT, barTop, month.lengthOfMonth() * dayW, barH, "fill=\"#f4f6f7\" stroke=\"#d5d8dc\"", null);
      for (Interval open : prime.openIntervals(Interval.of(start, end))) {
        double ox = x(open.getStart(), month, zone, dayW);
        svg.rect(ox, barTop, x(open.getEnd(), month, zone, dayW) - ox, barH, "fill=\"#fdebd0\"", null);
      }
      for (int day = 1; day <= month.lengthOfMonth(); day++) {
        double dx = LEFT + (day - 1) * dayW;
        svg.line(dx, barTop + barH, dx, barTop + barH + 4, "stroke=\"#aaa\"");
        svg.text(dx + dayW / 2, barTop + barH + 14, String.valueOf(day), "text-anchor=\"middle\" font-size=\"9\" fill=\"#666\"");
      }
      List<Bar> inMonth = new ArrayList<>();
      for (Bar b : bars) {
        if (b.end().isAfter(start) && b.start().isBefore(end)) {
          inMonth.add(b);
        }
      }
      // A busy month (more than MAX_LABELS outages) gets no id labels, and bars of one colour and
      // service that touch within a pixel are drawn as one, titled with their count: the markup
      // stays bounded by the chart's pixels, not the number of outages; the table lists them all.
      boolean busy = inMonth.size() > MAX_LABELS;
      if (busy) {
        inMonth.sort(Comparator.comparing(Bar::start));
      }
      int label = 0;
      Map<String, Merged> pending = new LinkedHashMap<>();
      for (Bar b : inMonth) {
        Instant s = b.start().isBefore(start) ? start : b.start();
        Instant e = b.end().isAfter(end) ? end : b.end();
        double bx = x(s, month, zone, dayW);
        double bw = Math.max(3, x(e, month, zone, dayW) - bx);
        String color = b.kind() == Kind.COUNTED ? "#c0392b" : b.kind() == Kind.PARTIAL ? "#e67e22" : "#95a5a6";
        boolean report = !b.service().equals("shop");
        double by = report ? barTop + barH / 2 : barTop + 2;
        double bh = report ? barH / 2 - 2 : barH - 4;
        String style = "fill=\"" + color + "\" fill-opacity=\"0.9\"";
        String tooltip = b.id() + " (" + b.service() + "): " + b.note();
        if (!busy) {
          svg.rect(bx, by, bw, bh, style, tooltip);
          double ly = top + 12 + (label % 2) * 12;
          svg.line(bx + bw / 2, ly + 2, bx + bw / 2, barTop,
              "stroke=\"" + color + "\" stroke-width=\"0.8\"");
          svg.text(bx + bw / 2, ly, b.id(),
              "text-anchor=\"middle\" font-size=\"10\" fill=\"" + color + "\"");
          label++;
          continue;
        }
        String key = style + by;
        Merged m = pending.get(key);
        if (m != null && bx <= m.x + m.w + 1) {
          m.w = Math.max(m.w, bx + bw - m.x);
          m.count++;
          continue;
        }
        if (m != null) {
          m.draw(svg);
        }
        pending.put(key, new Merged(bx, by, bw, bh, style, tooltip));
      }
      pending.values().forEach(m -> m.draw(svg));
    }
    return svg.end();
  }

  /** Bars of one colour and service that touch within a pixel, drawn as one. */
  private static final class Merged {
    private final double x;
    private final double y;
    private double w;
    private final double h;
    private final String style;
    private final String first;
    private int count = 1;

    Merged(double x, double y, double w, double h, String style, String first) {
      this.x = x;
      this.y = y;
      this.w = w;
      this.h = h;
      this.style = style;
      this.first = first;
    }

    void draw(Svg svg) {
      svg.rect(x, y, w, h, style, count == 1 ? first : count + " outages from " + first);
    }
  }

  /** Places an instant on its local day: each day is one column wide, 23 or 25 hours alike. */
  private static double x(Instant t, YearMonth month, ZoneId zone, double dayW) {
    LocalDate date = t.atZone(zone).toLocalDate();
    Instant dayStart = date.atStartOfDay(zone).toInstant();
    Instant nextDay = date.plusDays(1).atStartOfDay(zone).toInstant();
    double fraction = (double) (t.getEpochSecond() - dayStart.getEpochSecond())
        / (nextDay.getEpochSecond() - dayStart.getEpochSecond());
    long dayIndex = ChronoUnit.DAYS.between(month.atDay(1), date);
    return LEFT + (dayIndex + fraction) * dayW;
  }

}
