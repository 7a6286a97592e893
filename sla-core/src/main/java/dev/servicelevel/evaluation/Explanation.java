package dev.servicelevel.evaluation;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * Why a target's result is what it is: the worst records that counted, the worst records that
 * did not count (excluded or pending) with the reason, and how many records fell under each
 * reason. The lists are bounded ({@link EvaluationOptions#worstRecords()}, the cap), the counts
 * cover every record, so a month of a million tickets explains itself in a few lines. Every
 * explained record is available page by page ({@link EvaluationOptions#explanationPage()}):
 * evaluate with page 0, 1, 2, ... until a page's lists are empty.
 *
 * <pre>{@code
 * Explanation e = result.explanation();
 * e.reasonCounts();   // {breached=412, met=98213, pending=57, cancelled=12}
 * e.counted();        // the 10 tickets furthest past their goal
 * e.excluded();       // the 10 largest pending or excluded tickets
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class Explanation {

  Explanation() {}

  static Explanation of(
      List<ExplainedRecord> counted, List<ExplainedRecord> excluded, Map<String, Long> counts) {
    return ImmutableExplanation.of(counted, excluded, counts);
  }

  /**
   * Gets the worst records that counted, worst first: outages by downtime, breached tickets by
   * how late they were, samples by how far they lie on the bad side.
   *
   * @return the records, at most the configured number, not null
   */
  @Value.Parameter
  public abstract List<ExplainedRecord> counted();

  /**
   * Gets the largest records that did not count, largest first, each with its reason (an
   * excluded cause, a ticket still pending, a sample outside the window).
   *
   * @return the records, at most the configured number, not null
   */
  @Value.Parameter
  public abstract List<ExplainedRecord> excluded();

  /**
   * Gets how many records fell under each reason, such as {@code counted}, {@code excluded:
   * PLANNED_MAINTENANCE}, {@code met}, {@code breached}, {@code pending}, in the order of the
   * reasons' names.
   *
   * @return the counts by reason, not null
   */
  @Value.Parameter
  public abstract Map<String, Long> reasonCounts();

  /**
   * Gets the listed records, counted ones first, each with its {@link ReasonCode}, id and
   * figures.
   *
   * @return the records of {@link #counted()} then {@link #excluded()}, not null
   */
  public Stream<ExplainedRecord> records() {
    return Stream.concat(counted().stream(), excluded().stream());
  }

  /**
   * Outputs the counts and the listed records on one line each.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder().append(reasonCounts());
    counted().forEach(r -> sb.append('\n').append("  counted ").append(r));
    excluded().forEach(r -> sb.append('\n').append("  not counted ").append(r));
    return sb.toString();
  }
}
