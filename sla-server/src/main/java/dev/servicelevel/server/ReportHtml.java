package dev.servicelevel.server;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.TargetResult;
import dev.servicelevel.evaluation.UnevaluableRecord;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A period report as one self-contained HTML page: a table of every target with its status and
 * exact figures (decimals as computed, never rounded), the credit and the records that could not
 * be evaluated. Every text from the agreement or the observations is escaped.
 */
final class ReportHtml {

  private ReportHtml() {}

  static String render(Agreement agreement, PeriodReport report) {
    StringBuilder b = new StringBuilder(4096);
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(esc(agreement.title())).append(" – ").append(report.date())
        .append("</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}"
            + "td,th{border:1px solid #999;padding:2px 6px}"
            + ".MET{color:#060}.BREACHED{color:#a00}.AT_RISK{color:#a60}</style>\n"
            + "</head>\n<body>\n<h1>")
        .append(esc(agreement.title())).append("</h1>\n<p>Agreement <code>")
        .append(esc(report.agreementId())).append("</code> (").append(report.agreementKind())
        .append("), period of ").append(report.date()).append(", as of ")
        .append(report.asOf()).append(report.isComplete() ? ", complete" : ", not complete")
        .append(".</p>\n");
    report.score().value().ifPresent(
        v -> b.append("<p>Overall score: ").append(v.toPlainString()).append("</p>\n"));
    b.append("<table>\n<tr><th>Target</th><th>Service</th><th>Window</th><th>Period</th>"
        + "<th>Status</th><th>Achieved</th><th>Required</th><th>Margin</th></tr>\n");
    for (TargetResult t : report.results()) {
      String unit = t.unit().map(u -> " " + esc(u)).orElse("");
      b.append("<tr><td>").append(esc(t.targetId())).append("</td><td>")
          .append(esc(t.service())).append("</td><td>").append(esc(t.window()))
          .append("</td><td>").append(esc(t.period().label())).append("</td><td class=\"")
          .append(t.status().name()).append("\">").append(t.status().name())
          .append("</td><td>").append(plain(t.achieved()))
          .append(t.achieved().isPresent() ? unit : "").append("</td><td>")
          .append(t.comparison().name()).append(' ').append(t.required().toPlainString())
          .append(unit).append("</td><td>").append(plain(t.margin())).append("</td></tr>\n");
    }
    b.append("</table>\n");
    report.credit().ifPresent(c -> b.append("<p>Credit: ")
        .append(c.cappedPercent().toPlainString()).append(" % = ")
        .append(c.amount().toPlainString()).append(' ')
        .append(c.currency().getCurrencyCode()).append(", payable ")
        .append(c.payable().toPlainString()).append("</p>\n"));
    b.append("<h2>Not evaluated: ").append(report.unevaluableCount()).append("</h2>\n<ul>\n");
    for (UnevaluableRecord u : report.unevaluable()) {
      b.append("<li>").append(u.kind()).append(' ').append(esc(u.id())).append(" (")
          .append(esc(u.targetId())).append("): ").append(esc(u.text())).append("</li>\n");
    }
    b.append("</ul>\n</body>\n</html>\n");
    return b.toString();
  }

  private static String plain(Optional<BigDecimal> d) {
    return d.map(BigDecimal::toPlainString).orElse("–");
  }

  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&': b.append("&amp;"); break;
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '"': b.append("&quot;"); break;
        case '\'': b.append("&#39;"); break;
        default: b.append(c);
      }
    }
    return b.toString();
  }
}
