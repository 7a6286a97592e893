package dev.servicelevel.examples;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.TerminationRule;
import dev.servicelevel.evaluation.ComplianceStatus;
import dev.servicelevel.evaluation.CreditLine;
import dev.servicelevel.evaluation.CreditResult;
import dev.servicelevel.evaluation.ErrorBudget;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.TargetResult;
import dev.servicelevel.evaluation.TerminationFinding;
import dev.servicelevel.evaluation.WindowComparison;
import dev.servicelevel.evaluation.chain.ChainBreach;
import dev.servicelevel.evaluation.chain.WeakLink;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The console report of a quarter: a table per month of every SLA target, prime and non-prime
 * side by side, the credits in euros, the OLA/UC chain view, the termination status and a
 * ranked list of breached and at-risk targets for the service improvement plan. It only formats
 * what {@link QuarterEvaluation} got from the library.
 */
final class ConsoleReport {

  private static final String ROW = "  %-15s %-10s %-14s %-11s %-9s %-33s %s";

  private final QuarterEvaluation q;
  private final List<String> out = new ArrayList<>();

  private ConsoleReport(QuarterEvaluation q) {
    this.q = q;
  }

  /**
   * Writes the report.
   *
   * @param q  the evaluated quarter
   * @return the lines
   */
  static List<String> lines(QuarterEvaluation q) {
    ConsoleReport r = new ConsoleReport(q);
    for (QuarterEvaluation.Month m : q.months()) {
      r.month(m);
    }
    r.credits();
    r.chain();
    r.termination();
    r.improvementPlan();
    r.out.replaceAll(Formats::safe);
    return r.out;
  }

  /**
   * Writes one section of the report without its heading, for the HTML report.
   *
   * @param q  the evaluated quarter
   * @param section  {@code chain}, {@code termination} or {@code plan}
   * @return the lines
   */
  static List<String> section(QuarterEvaluation q, String section) {
    ConsoleReport r = new ConsoleReport(q);
    switch (section) {
      case "chain":
        r.chain();
        break;
      case "termination":
        r.termination();
        break;
      case "plan":
        r.improvementPlan();
        break;
      default:
        throw new IllegalArgumentException("Unknown section: " + section);
    }
    List<String> lines = new ArrayList<>();
    for (String line : r.out) {
      if (!line.isEmpty() && !line.startsWith("== ")) {
        lines.add(Formats.safe(line.startsWith("  ") ? line.substring(2) : line));
      }
    }
    return lines;
  }

  private void month(QuarterEvaluation.Month m) {
    PeriodReport sla = m.report(q.agreements().sla().id());
    out.add("");
    out.add(heading(monthName(m.month()) + (sla.isComplete() ? "" : " (running)")));
    out.add(String.format(Locale.ROOT, ROW, "target", "window", "required", "achieved", "status",
        "error budget left", "credit"));
    CreditPolicy policy = q.agreements().sla().creditPolicy().orElseThrow();
    for (TargetResult r : sla.results()) {
      Optional<CreditLine> credit = sla.credit().flatMap(c -> c.lines().stream()
          .filter(l -> l.targetId().equals(r.targetId())).findFirst());
      out.add(String.format(Locale.ROOT, ROW, r.targetId(), r.window(), required(r), achieved(r),
          status(r), budgetLeft(r),
          credit.filter(l -> l.creditPercent().signum() > 0)
              .map(l -> Formats.plain(l.creditPercent()) + " % = "
                  + Formats.money(policy.fee().multiply(l.creditPercent()).movePointLeft(2), policy.currency()))
              .orElse("-")).stripTrailing());
    }
    for (WindowComparison w : sla.windowComparisons()) {
      sideBySide(w);
    }
    sla.credit().ifPresent(c -> out.add("  Credit: " + creditText(c)));
  }

  private void sideBySide(WindowComparison w) {
    List<TargetResult> rs = w.results();
    out.add("");
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-26s", w.service() + " " + w.metric()));
    for (TargetResult r : rs) {
      head.append(String.format(Locale.ROOT, "%-24s", r.window() + " (" + r.targetId() + ")"));
    }
    out.add(head.toString().stripTrailing());
    row("window time", rs, r -> r.availability().map(a -> Formats.hours(a.agreedTime())).orElse("-"));
    row("downtime counted", rs, r -> r.availability().map(a -> Formats.duration(a.downtime())).orElse("-"));
    row("outages counted / not", rs, r -> r.availability()
        .map(a -> a.outagesCounted() + " / " + a.outagesNotCounted()).orElse("-"));
    row("achieved", rs, ConsoleReport::achieved);
    row("required", rs, ConsoleReport::required);
    row("status", rs, ConsoleReport::status);
  }

  private void row(String label, List<TargetResult> rs, java.util.function.Function<TargetResult, String> cell) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-26s", label));
    for (TargetResult r : rs) {
      sb.append(String.format(Locale.ROOT, "%-24s", cell.apply(r)));
    }
    out.add(sb.toString().stripTrailing());
  }

  private void credits() {
    CreditPolicy policy = q.agreements().sla().creditPolicy().orElseThrow();
    out.add("");
    out.add(heading("Service credits (fee " + Formats.money(policy.fee(), policy.currency())
        + " per month, cap " + policy.capPercent().map(Formats::plain).orElse("none") + " %)"));
    List<String> targets = new ArrayList<>();
    policy.targets().forEach(t -> targets.add(t.targetId()));
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-16s", "month"));
    targets.forEach(t -> head.append(String.format(Locale.ROOT, "%-16s", t)));
    head.append(String.format(Locale.ROOT, "%-10s %s", "total", "amount"));
    out.add(head.toString());
    BigDecimal sum = BigDecimal.ZERO;
    for (QuarterEvaluation.Month m : q.months()) {
      Optional<CreditResult> c = m.report(q.agreements().sla().id()).credit();
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-16s", monthName(m.month())));
      for (String t : targets) {
        BigDecimal pct = c.flatMap(cr -> cr.lines().stream().filter(l -> l.targetId().equals(t)).findFirst())
            .map(CreditLine::creditPercent).orElse(BigDecimal.ZERO);
        sb.append(String.format(Locale.ROOT, "%-16s", Formats.plain(pct) + " %"));
      }
      BigDecimal amount = c.map(CreditResult::payable).orElse(BigDecimal.ZERO);
      sum = sum.add(amount);
      sb.append(String.format(Locale.ROOT, "%-10s %s",
          c.map(cr -> Formats.plain(cr.cappedPercent()) + " %").orElse("0 %"), Formats.money(amount, policy.currency())));
      out.add(sb.toString());
    }
    out.add(String.format(Locale.ROOT, "  %-" + (16 + 16 * targets.size() + 11) + "s%s", "quarter",
        Formats.money(sum, policy.currency())));
  }

  private void chain() {
    out.add("");
    out.add(heading("Agreement chain: SLA targets and the OLA / UC targets that support them"));
    StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-26s %-13s", "target", "required"));
    q.months().forEach(m -> head.append(String.format(Locale.ROOT, "%-12s", shortMonth(m.month()))));
    out.add(head.toString().stripTrailing());
    Agreement sla = q.agreements().sla();
    for (MetricTarget t : sla.targets()) {
      List<TargetRef> supporters = q.agreements().chain().supportersOf(sla.ref(t.id()));
      if (supporters.isEmpty()) {
        continue;
      }
      chainRow(sla.ref(t.id()), "");
      for (TargetRef s : supporters) {
        chainRow(s, "  <- ");
      }
    }
    for (QuarterEvaluation.Month m : q.months()) {
      for (ChainBreach b : q.chainBreaches(m.month())) {
        List<String> also = new ArrayList<>();
        b.breachedSupporters().keySet().forEach(r -> also.add(r.toString()));
        out.add("  " + shortMonth(m.month()) + ": " + b.target() + " breached; "
            + (also.isEmpty() ? "its supporters met their targets (the gap is ShopIT's own)"
                : "supporters breached too: " + String.join(", ", also)));
      }
    }
    if (q.weakLinks().isEmpty()) {
      out.add("  Static check: every supporting target is at least as strict as the target it supports.");
    } else {
      for (WeakLink w : q.weakLinks()) {
        out.add("  Weak link: " + w);
      }
    }
  }

  private void chainRow(TargetRef ref, String prefix) {
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "  %-26s", prefix + ref));
    String required = "";
    StringBuilder cells = new StringBuilder();
    for (QuarterEvaluation.Month m : q.months()) {
      Optional<TargetResult> r = m.report(ref.agreementId()).result(ref.targetId());
      if (r.isPresent()) {
        required = required(r.get());
      }
      cells.append(String.format(Locale.ROOT, "%-12s", r.map(ConsoleReport::status).orElse("-")));
    }
    sb.append(String.format(Locale.ROOT, " %-13s", required)).append(cells);
    out.add(sb.toString().stripTrailing());
  }

  private void termination() {
    out.add("");
    out.add(heading("Termination rights"));
    for (TerminationRule rule : q.agreements().sla().terminationRules()) {
      out.add("  Rule: " + rule);
      List<TerminationFinding> fired = new ArrayList<>();
      for (TerminationFinding f : q.termination()) {
        if (f.rule().equals(rule)) {
          fired.add(f);
        }
      }
      if (!fired.isEmpty()) {
        for (TerminationFinding f : fired) {
          out.add("  FIRED: " + f.holder() + " may terminate from " + f.firedIn().label() + " ("
              + f.targetId() + " breached in " + String.join(", ", f.breachedPeriods()) + ")");
        }
        continue;
      }
      for (String target : rule.targets()) {
        int streak = 0;
        List<String> breached = new ArrayList<>();
        for (QuarterEvaluation.Month m : q.months()) {
          Optional<TargetResult> r = m.report(q.agreements().sla().id()).result(target);
          boolean b = r.isPresent() && r.get().status() == ComplianceStatus.BREACHED;
          streak = b ? streak + 1 : 0;
          if (b) {
            breached.add(shortMonth(m.month()));
          }
        }
        out.add("  Not fired: " + target + " breached in " + (breached.isEmpty() ? "no month"
            : String.join(", ", breached)) + "; " + (streak > 0 ? streak + " consecutive at the quarter's end, "
                + (rule.periods() - streak) + " more breached month(s) in a row give the right"
                : "no breach at the quarter's end"));
      }
    }
  }

  private void improvementPlan() {
    out.add("");
    out.add(heading("Service improvement plan: breached and at-risk targets, most urgent first"));
    Map<String, List<TargetResult>> byTarget = new LinkedHashMap<>();
    Map<String, Integer> breached = new LinkedHashMap<>();
    Map<String, Integer> atRisk = new LinkedHashMap<>();
    for (QuarterEvaluation.Month m : q.months()) {
      for (Agreement a : q.agreements().all()) {
        for (TargetResult r : m.report(a.id()).attention()) {
          String key = a.id() + "/" + r.targetId();
          byTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
          breached.merge(key, r.status() == ComplianceStatus.BREACHED ? 1 : 0, Integer::sum);
          atRisk.merge(key, r.status() == ComplianceStatus.AT_RISK || r.isBudgetLow() ? 1 : 0,
              Integer::sum);
        }
      }
    }
    List<String> keys = new ArrayList<>(byTarget.keySet());
    keys.sort(Comparator.comparing((String k) -> -breached.get(k))
        .thenComparing(k -> k.startsWith(q.agreements().sla().id() + "/") ? 0 : 1)
        .thenComparing(k -> -atRisk.get(k))
        .thenComparing(k -> worstUsed(byTarget.get(k)), Comparator.reverseOrder())
        .thenComparing(k -> k));
    int rank = 1;
    for (String k : keys) {
      List<String> months = new ArrayList<>();
      for (TargetResult r : byTarget.get(k)) {
        months.add(shortMonth(YearMonth.from(r.period().start().atZone(q.agreements().zone())))
            + (r.status() == ComplianceStatus.BREACHED ? " breached"
                : r.status() == ComplianceStatus.AT_RISK ? " at risk" : " budget low")
            + " (" + achieved(r) + ")");
      }
      TargetResult any = byTarget.get(k).get(0);
      out.add(String.format(Locale.ROOT, "  %d. %-28s required %-15s %s", rank++, k, required(any),
          String.join(", ", months)));
    }
    if (keys.isEmpty()) {
      out.add("  Nothing breached or at risk this quarter.");
    }
  }

  private static BigDecimal worstUsed(List<TargetResult> rs) {
    BigDecimal worst = BigDecimal.valueOf(-1);
    for (TargetResult r : rs) {
      BigDecimal used = r.budget().flatMap(ErrorBudget::usedPercent).orElse(BigDecimal.valueOf(-1));
      worst = worst.max(used);
    }
    return worst;
  }

  /**
   * Writes the required value of a result, such as {@code >= 99.9 %} or {@code p95 <= 300 ms}.
   *
   * @param r  the result
   * @return the text
   */
  static String required(TargetResult r) {
    String unit = r.unit().orElse("");
    String prefix = r.metric().startsWith("p") && !r.metric().equals("availability") ? r.metric() + " " : "";
    return prefix + r.comparison().symbol() + " " + Formats.plain(r.required()) + (unit.isEmpty() ? "" : " " + unit);
  }

  /**
   * Writes the achieved value of a result with the decimals its kind needs.
   *
   * @param r  the result
   * @return the text, {@code -} without a value
   */
  static String achieved(TargetResult r) {
    if (r.achieved().isEmpty()) {
      return "-";
    }
    BigDecimal v = r.achieved().get();
    String unit = r.unit().orElse("");
    int decimals = unit.equals("%") ? (r.metric().equals("availability") ? 4 : 2) : 0;
    return v.setScale(decimals, RoundingMode.HALF_UP).toPlainString() + (unit.isEmpty() ? "" : " " + unit);
  }

  /**
   * Writes the error budget left of a result: time for availability, tickets or samples for the
   * others, and the share of the budget.
   *
   * @param r  the result
   * @return the text, {@code -} without a budget
   */
  static String budgetLeft(TargetResult r) {
    if (r.budget().isEmpty()) {
      return "-";
    }
    ErrorBudget b = r.budget().get();
    String share = b.usedPercent().map(u -> " (" + BigDecimal.valueOf(100).subtract(u)
        .setScale(0, RoundingMode.HALF_UP).toPlainString() + " %)").orElse("");
    if (b.unit() == ErrorBudget.Unit.SECONDS) {
      Duration left = b.leftTime().orElseThrow();
      return Formats.duration(left) + " of " + Formats.duration(b.allowedTime().orElseThrow()) + share;
    }
    String unit = b.unit().name().toLowerCase(Locale.ROOT);
    return Formats.plain(b.left().setScale(2, RoundingMode.HALF_UP)) + " of "
        + Formats.plain(b.allowed().setScale(2, RoundingMode.HALF_UP)) + " " + unit + share;
  }

  /**
   * Writes a status for people: breached and at risk in capitals so they stand out.
   *
   * @param s  the status
   * @return the text
   */
  static String status(ComplianceStatus s) {
    switch (s) {
      case MET:
        return "met";
      case ON_TRACK:
        return "on track";
      case AT_RISK:
        return "AT RISK";
      case BREACHED:
        return "BREACHED";
      case NO_DATA:
      default:
        return "no data";
    }
  }

  /**
   * Writes a result's status for people, with the library's low-budget flag: "met, low" is met
   * with at least the target's at-risk share of the error budget used.
   *
   * @param r  the result
   * @return the text
   */
  static String status(TargetResult r) {
    return status(r.status()) + (r.isBudgetLow() ? ", low" : "");
  }

  /**
   * Writes a month's credit: the targets and tiers that caused it, the cap and the amount.
   *
   * @param c  the credit result
   * @return the text
   */
  static String creditText(CreditResult c) {
    if (c.payable().signum() == 0 && c.lines().stream().allMatch(l -> l.creditPercent().signum() == 0)) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    for (CreditLine l : c.lines()) {
      if (l.creditPercent().signum() > 0) {
        parts.add(l.targetId() + " " + Formats.plain(l.creditPercent()) + " % (achieved "
            + l.achieved().setScale(4, RoundingMode.HALF_UP).toPlainString() + " %"
            + l.tier().map(t -> ", tier " + t).orElse("") + ")");
      }
    }
    return String.join(" + ", parts) + " = " + Formats.plain(c.cappedPercent()) + " % of the fee = "
        + Formats.money(c.payable(), c.currency());
  }

  private static String heading(String title) {
    return "== " + title + " " + "=".repeat(Math.max(3, 96 - title.length()));
  }

  static String monthName(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
  }

  static String shortMonth(YearMonth m) {
    return m.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + m.getYear();
  }
}
