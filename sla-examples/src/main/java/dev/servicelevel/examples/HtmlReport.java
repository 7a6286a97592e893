package dev.servicelevel.examples;

import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.evaluation.CreditLine;
import dev.servicelevel.evaluation.CreditResult;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.TargetResult;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The self-contained HTML report: one XHTML file with inline CSS and inline SVG charts (error
 * budget burn-down per availability target, timer compliance by priority per month, an outage
 * timeline with prime time shaded) and the tables of the console report. No scripts, fonts or
 * images are loaded from anywhere; the markup is well-formed XML, laid out for screens from
 * 1280 px wide.
 */
final class HtmlReport {

  private static final String CSS = String.join("\n",
      "body{margin:0;background:#f7f9fa;color:#1c2833;font:14px/1.45 Helvetica,Arial,sans-serif}",
      "main{max-width:1200px;margin:0 auto;padding:24px 20px 48px}",
      "h1{font-size:26px;margin:0 0 4px}h2{font-size:19px;margin:32px 0 10px;border-bottom:2px solid #d5dbdb;padding-bottom:4px}",
      "h3{font-size:15px;margin:18px 0 6px}",
      ".sub{color:#566573;margin:0 0 16px}",
      ".cards{display:flex;gap:14px;flex-wrap:wrap}",
      ".card{flex:1 1 0;min-width:200px;background:#fff;border:1px solid #d5dbdb;border-radius:6px;padding:10px 14px}",
      ".card b{font-size:20px;display:block}",
      "table{border-collapse:collapse;width:100%;background:#fff;margin:6px 0 10px}",
      "th,td{border:1px solid #e5e8e8;padding:4px 8px;text-align:left;vertical-align:top}",
      "th{background:#eaf2f8;font-weight:600}td.num{text-align:right;font-variant-numeric:tabular-nums}",
      "td.num,th.num,td:first-child,#outages td:nth-child(-n+5){white-space:nowrap}",
      ".BREACHED{color:#fff;background:#c0392b;font-weight:600}.AT_RISK{background:#f9e79f;font-weight:600}",
      ".MET{color:#1e8449}.ON_TRACK{color:#1e8449}.NO_DATA{color:#888}",
      ".LOW{background:#fcf3cf}",
      ".chart{background:#fff;border:1px solid #d5dbdb;border-radius:6px;padding:6px 10px;margin:8px 0}",
      "pre{background:#fff;border:1px solid #d5dbdb;border-radius:6px;padding:10px;overflow-x:auto;font-size:12.5px}",
      ".err{background:#fdedec;border:1px solid #c0392b;padding:8px 12px;border-radius:6px}",
      "footer{color:#566573;margin-top:32px;font-size:12px}");

  private final QuarterEvaluation q;
  private final EcoShopData data;
  private final EcoShopOptions options;
  private final StringBuilder h = new StringBuilder();

  private HtmlReport(QuarterEvaluation q, EcoShopData data, EcoShopOptions options) {
    this.q = q;
    this.data = data;
    this.options = options;
  }

  /**
   * Writes the report to the file the options name, creating its directory.
   *
   * @param q  the evaluated quarter
   * @param data  the data, for the file names and errors
   * @param options  the options, for the path and the help-desk instant
   * @return the file written
   * @throws IOException if the file cannot be written
   */
  static Path write(QuarterEvaluation q, EcoShopData data, EcoShopOptions options) throws IOException {
    Path path = options.html();
    if (path.toAbsolutePath().getParent() != null) {
      Files.createDirectories(path.toAbsolutePath().getParent());
    }
    try (Writer w = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      w.write(html(q, data, options));
    }
    return path;
  }

  /**
   * Builds the report's markup.
   *
   * @param q  the evaluated quarter
   * @param data  the data
   * @param options  the options
   * @return the XHTML document
   */
  static String html(QuarterEvaluation q, EcoShopData data, EcoShopOptions options) {
    return new HtmlReport(q, data, options).build();
  }

  private String build() {
    String title = "EcoShop service level report, " + q.quarter();
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n")
        .append("<meta charset=\"UTF-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"sub\">")
        .append(esc(q.agreements().sla().toString()))
        .append(q.agreements().isBundled() ? ". Prime time Mon–Sat 08:00–22:00 Europe/Berlin; " : "; ")
        .append("evaluated month by month as of ").append(esc(Formats.dayTime(q.asOf(), q.agreements().zone())))
        .append(".</p>\n");
    for (IOException e : data.errors()) {
      h.append("<p class=\"err\">").append(esc(e.getMessage())).append(". Nothing was evaluated from this file.</p>\n");
    }
    cards();
    for (QuarterEvaluation.Month m : q.months()) {
      monthTable(m);
    }
    burnDown();
    timers();
    outages();
    credits();
    pre("chain", "Agreement chain (SLA ← OLA / UC)", ConsoleReport.section(q, "chain"));
    pre("termination", "Termination rights", ConsoleReport.section(q, "termination"));
    pre("plan", "Service improvement plan: breached and at-risk targets", ConsoleReport.section(q, "plan"));
    List<TicketHistory> tickets = data.tickets().orElse(List.of());
    pre("help-desk", "Help desk screen as of " + Formats.dayTime(options.screenAt(), q.agreements().zone()),
        new HelpDeskScreen(q.agreements().sla()).render(tickets, options.screenAt(), q.agreements().zone(), 25));
    h.append("<footer>Data: ").append(esc(data.tickets().file())).append(", ").append(esc(data.outages().file()))
        .append(", ").append(esc(data.samples().file()))
        .append(". Every figure is computed by the servicelevel library (dev.servicelevel.evaluation); ")
        .append("this page has no scripts and loads nothing.</footer>\n");
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private void cards() {
    CreditPolicy policy = q.agreements().sla().creditPolicy().orElseThrow();
    h.append("<section id=\"summary\"><div class=\"cards\">\n");
    BigDecimal total = BigDecimal.ZERO;
    for (QuarterEvaluation.Month m : q.months()) {
      PeriodReport sla = m.report(q.agreements().sla().id());
      long breached = sla.results().stream().filter(r -> r.status().name().equals("BREACHED")).count();
      BigDecimal credit = sla.credit().map(CreditResult::payable).orElse(BigDecimal.ZERO);
      total = total.add(credit);
      h.append("<div class=\"card\">").append(esc(ConsoleReport.monthName(m.month())))
          .append("<b>").append(breached).append(" of ").append(sla.results().size()).append(" targets breached</b>")
          .append("credit ").append(esc(Formats.money(credit, policy.currency()))).append("</div>\n");
    }
    h.append("<div class=\"card\">Quarter<b>").append(esc(Formats.money(total, policy.currency())))
        .append("</b>service credits owed to EcoShop</div>\n</div></section>\n");
  }

  private void monthTable(QuarterEvaluation.Month m) {
    PeriodReport sla = m.report(q.agreements().sla().id());
    CreditPolicy policy = q.agreements().sla().creditPolicy().orElseThrow();
    h.append("<section id=\"month-").append(m.month()).append("\">\n<h2>").append(esc(ConsoleReport.monthName(m.month())))
        .append("</h2>\n<table>\n<tr><th>target</th><th>window</th><th>required</th><th>achieved</th><th>status</th>")
        .append("<th>error budget left</th><th>credit</th></tr>\n");
    for (TargetResult r : sla.results()) {
      Optional<CreditLine> line = sla.credit().flatMap(c -> c.lines().stream()
          .filter(l -> l.targetId().equals(r.targetId()) && l.creditPercent().signum() > 0).findFirst());
      h.append("<tr><td>").append(esc(r.targetId())).append("</td><td>").append(esc(r.window()))
          .append("</td><td>").append(esc(ConsoleReport.required(r))).append("</td><td class=\"num\">")
          .append(esc(ConsoleReport.achieved(r))).append("</td><td class=\"").append(r.status().name())
          .append(r.isBudgetLow() ? " LOW" : "").append("\">")
          .append(esc(ConsoleReport.status(r))).append("</td><td>").append(esc(ConsoleReport.budgetLeft(r)))
          .append("</td><td class=\"num\">")
          .append(esc(line.map(l -> Formats.plain(l.creditPercent()) + " % = "
              + Formats.money(policy.fee().multiply(l.creditPercent()).movePointLeft(2), policy.currency())).orElse("-")))
          .append("</td></tr>\n");
    }
    h.append("</table>\n<p>Credit: ").append(esc(sla.credit().map(ConsoleReport::creditText).orElse("none")))
        .append("</p>\n</section>\n");
  }

  private void burnDown() {
    h.append("<section id=\"burn-down\">\n<h2>Error budget burn-down per availability target</h2>\n")
        .append("<p>Share of each month's allowed downtime still left; it falls while an outage counts and ")
        .append("starts again at 100 % each month. Below the red zero line the target is breached.</p>\n");
    for (Map.Entry<String, List<BurnDownChart.Month>> e : q.burnDown().entrySet()) {
      String[] ids = e.getKey().split("/");
      TargetResult any = q.months().get(0).report(ids[0]).result(ids[1]).orElseThrow();
      String title = e.getKey() + "  " + ConsoleReport.required(any) + " of " + any.window() + " time";
      h.append("<div class=\"chart\" id=\"burn-down-").append(esc(e.getKey().replace('/', '-'))).append("\">\n")
          .append(BurnDownChart.svg(title, e.getValue(), q.agreements().zone())).append("</div>\n");
    }
    h.append("</section>\n");
  }

  private void timers() {
    List<String> series = new ArrayList<>();
    List<TicketTimerTarget> targets = new ArrayList<>();
    q.agreements().sla().targets().forEach(t -> {
      if (t instanceof TicketTimerTarget) {
        targets.add((TicketTimerTarget) t);
      }
    });
    for (String p : QuarterEvaluation.PRIORITIES) {
      for (TicketTimerTarget t : targets) {
        series.add(p + " " + t.id());
      }
    }
    List<TimerComplianceChart.Group> groups = new ArrayList<>();
    for (QuarterEvaluation.Month m : q.months()) {
      List<Optional<BigDecimal>> values = new ArrayList<>();
      for (String p : QuarterEvaluation.PRIORITIES) {
        for (TicketTimerTarget t : targets) {
          values.add(result(m.month(), p, t.id()).flatMap(TargetResult::achieved));
        }
      }
      groups.add(new TimerComplianceChart.Group(ConsoleReport.monthName(m.month()), values));
    }
    h.append("<section id=\"timers\">\n<h2>Ticket timer compliance by priority per month</h2>\n")
        .append("<p>Share of the month's timers that met their goal (P1: answer in 30 min, resolve in 4 business hours; ")
        .append("P2: answer in 2 h, resolve in 1 working day). The SLA asks for 95 % of each month's tickets.</p>\n")
        .append("<div class=\"chart\">\n")
        .append(TimerComplianceChart.svg(series, groups, targets.get(0).requiredShare())).append("</div>\n");
    h.append("<table>\n<tr><th>month</th>");
    series.forEach(s -> h.append("<th>").append(esc(s)).append("</th>"));
    h.append("</tr>\n");
    for (QuarterEvaluation.Month m : q.months()) {
      h.append("<tr><td>").append(esc(ConsoleReport.monthName(m.month()))).append("</td>");
      for (String p : QuarterEvaluation.PRIORITIES) {
        for (TicketTimerTarget t : targets) {
          Optional<TargetResult> r = result(m.month(), p, t.id());
          h.append("<td class=\"num\">").append(esc(r.map(x -> ConsoleReport.achieved(x) + " ("
              + x.tickets().map(f -> f.met() + " of " + f.counted()).orElse("-") + ")").orElse("-"))).append("</td>");
        }
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private Optional<TargetResult> result(YearMonth month, String priority, String targetId) {
    return q.byPriority().stream()
        .filter(r -> r.month().equals(month) && r.priority().equals(priority) && r.targetId().equals(targetId))
        .map(QuarterEvaluation.PriorityResult::result).findFirst();
  }

  private void outages() {
    List<OutageTimelineChart.Bar> bars = new ArrayList<>();
    for (OutageRow o : q.outages()) {
      OutageTimelineChart.Kind kind = q.isExcluded(o.id()) ? OutageTimelineChart.Kind.EXCLUDED
          : o.impact().compareTo(BigDecimal.ONE) < 0 ? OutageTimelineChart.Kind.PARTIAL : OutageTimelineChart.Kind.COUNTED;
      bars.add(new OutageTimelineChart.Bar(o.id(), o.service(), o.start(), o.end(), kind,
          o.causeText() + ", " + Formats.duration(Duration.between(o.start(), o.end())) + "; " + q.verdict(o.id())));
    }
    List<YearMonth> months = new ArrayList<>();
    q.months().forEach(m -> months.add(m.month()));
    h.append("<section id=\"outages\">\n<h2>Outage timeline</h2>\n<p>One row per month, one column per day; ")
        .append("prime time is shaded. Outages of the reporting portal are drawn in the lower half of a row.</p>\n")
        .append("<div class=\"chart\">\n")
        .append(OutageTimelineChart.svg(months, bars, q.agreements().sla().windows().get(0).calendar(), q.agreements().zone()))
        .append("</div>\n<table>\n<tr><th>outage</th><th>service</th><th>from</th><th>to</th><th>length</th>")
        .append("<th>cause</th><th>impact</th><th>counted as downtime?</th></tr>\n");
    for (OutageRow o : q.outages()) {
      h.append("<tr><td>").append(esc(o.id())).append("</td><td>").append(esc(o.service())).append("</td><td>")
          .append(esc(Formats.dayTime(o.start(), q.agreements().zone()))).append("</td><td>")
          .append(esc(Formats.dayTime(o.end(), q.agreements().zone()))).append("</td><td class=\"num\">")
          .append(esc(Formats.duration(Duration.between(o.start(), o.end())))).append("</td><td>")
          .append(esc(o.causeText() + o.announcedAt().map(a -> ", announced "
              + Formats.dayTime(a, q.agreements().zone())).orElse(""))).append("</td><td class=\"num\">")
          .append(esc(Formats.plain(o.impact()))).append("</td><td>")
          .append(esc(q.verdict(o.id()))).append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private void credits() {
    CreditPolicy policy = q.agreements().sla().creditPolicy().orElseThrow();
    h.append("<section id=\"credits\">\n<h2>Service credits</h2>\n<table>\n<tr><th>month</th><th>credit</th>")
        .append("<th>amount</th></tr>\n");
    BigDecimal total = BigDecimal.ZERO;
    for (QuarterEvaluation.Month m : q.months()) {
      Optional<CreditResult> c = m.report(q.agreements().sla().id()).credit();
      BigDecimal amount = c.map(CreditResult::payable).orElse(BigDecimal.ZERO);
      total = total.add(amount);
      h.append("<tr><td>").append(esc(ConsoleReport.monthName(m.month()))).append("</td><td>")
          .append(esc(c.map(ConsoleReport::creditText).orElse("none"))).append("</td><td class=\"num\">")
          .append(esc(Formats.money(amount, policy.currency()))).append("</td></tr>\n");
    }
    h.append("<tr><th>quarter</th><th></th><th class=\"num\">").append(esc(Formats.money(total, policy.currency())))
        .append("</th></tr>\n</table>\n</section>\n");
  }

  private void pre(String id, String title, List<String> lines) {
    h.append("<section id=\"").append(id).append("\">\n<h2>").append(esc(title)).append("</h2>\n<pre>");
    for (String line : lines) {
      h.append(esc(line)).append('\n');
    }
    h.append("</pre>\n</section>\n");
  }

  private static String esc(String text) {
    return Svg.escape(text);
  }
}
