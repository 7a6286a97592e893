package dev.servicelevel.spark;

import dev.servicelevel.evaluation.PeriodReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link SparkCompliance#reports} computed: one {@link PeriodReport} per period asked for, in
 * the order asked, and the input rows that could not become records ({@link RejectedRow}), counted
 * and the first ones listed.
 *
 * <pre>{@code
 * SparkReports result = SparkCompliance.reports(tickets, outages, samples, agreements, periods);
 * PeriodReport march = result.report(periods.get(0));
 * result.rejectedCount();   // rows that named no known agreement, had a null instant, ...
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SparkReports {

  private final List<PeriodSpec> periods;
  private final List<PeriodReport> reports;
  private final long rejectedCount;
  private final List<RejectedRow> rejected;

  SparkReports(
      List<PeriodSpec> periods,
      List<PeriodReport> reports,
      long rejectedCount,
      List<RejectedRow> rejected) {
    this.periods = List.copyOf(periods);
    this.reports = List.copyOf(reports);
    this.rejectedCount = rejectedCount;
    this.rejected = List.copyOf(rejected);
  }

  /**
   * Gets the reports, one per period asked for, in the order asked.
   *
   * @return the reports, not null
   */
  public List<PeriodReport> reports() {
    return reports;
  }

  /**
   * Gets the report of a period.
   *
   * @param period  the period, not null
   * @return the report, empty if the period was not asked for
   * @throws NullPointerException if the period is null
   */
  public Optional<PeriodReport> report(PeriodSpec period) {
    Objects.requireNonNull(period, "period");
    int i = periods.indexOf(period);
    return i < 0 ? Optional.empty() : Optional.of(reports.get(i));
  }

  /**
   * Gets the number of rejected rows (a rejected ticket counts once, whatever its number of
   * rows).
   *
   * @return the count, zero or more
   */
  public long rejectedCount() {
    return rejectedCount;
  }

  /**
   * Gets the first rejected rows in their natural order, at most
   * {@link dev.servicelevel.evaluation.EvaluationOptions#unevaluableRecords()} of them (100 by
   * default); which are listed does not depend on the partitioning.
   *
   * @return the rows, not null
   */
  public List<RejectedRow> rejected() {
    return rejected;
  }

  /**
   * Compares reports and rejected rows.
   *
   * @param o  the other object
   * @return whether the other holds equal reports and rejected rows
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof SparkReports
        && periods.equals(((SparkReports) o).periods)
        && reports.equals(((SparkReports) o).reports)
        && rejectedCount == ((SparkReports) o).rejectedCount
        && rejected.equals(((SparkReports) o).rejected);
  }

  /**
   * Gets a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(periods, reports, rejectedCount, rejected);
  }

  /**
   * Outputs a summary, such as {@code "3 reports, 2 rejected rows"}.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    parts.add(reports.size() + " reports");
    parts.add(rejectedCount + " rejected rows");
    return String.join(", ", parts);
  }
}
