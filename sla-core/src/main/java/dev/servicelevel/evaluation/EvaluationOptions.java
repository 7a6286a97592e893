package dev.servicelevel.evaluation;

import dev.servicelevel.style.Checks;
import org.immutables.value.Value;

/**
 * Choices of a period evaluation that are not part of the agreement: how many records each
 * explanation lists. (Which period a ticket belongs to is the agreement's choice:
 * {@link dev.servicelevel.agreement.TicketTimerTarget#membership()}.)
 *
 * <pre>{@code
 * EvaluationOptions options = EvaluationOptions.builder().worstRecords(25).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class EvaluationOptions {

  /** The most records an explanation list keeps to reach its page: {@value}. */
  public static final int MAX_KEPT_RECORDS = 1_000_000;

  private static final EvaluationOptions DEFAULTS = builder().build();

  EvaluationOptions() {}

  /**
   * Obtains the defaults: 10 records per explanation list, 100 unevaluable records per result.
   *
   * @return the default options, not null
   */
  public static EvaluationOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Obtains a builder.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets how many records each explanation lists at most (the worst ones); the rest are only
   * counted. 10 unless set.
   *
   * @return the number, within 0 and 10000
   */
  @Value.Default
  public int worstRecords() {
    return 10;
  }

  /**
   * Gets which page of each explanation's ranking is listed: page {@code p} lists the records
   * ranked {@code p * worstRecords() + 1} to {@code (p + 1) * worstRecords()}, so a host reads
   * every explained record page by page (a page past the last is empty; the reason counts
   * always cover every record). 0, the worst records, unless set. An accumulator keeps the
   * records up to the page's end: {@code (p + 1) * worstRecords()} per list, at most
   * {@value #MAX_KEPT_RECORDS}.
   *
   * <pre>{@code
   * EvaluationOptions third = EvaluationOptions.builder()
   *     .worstRecords(100).explanationPage(2).build();   // ranks 201 to 300
   * }</pre>
   *
   * @return the page, at least 0
   */
  @Value.Default
  public int explanationPage() {
    return 0;
  }

  /**
   * Gets how many unevaluable records each result lists at most (the first in their natural
   * order, see {@link UnevaluableRecord#compareTo}); all are counted. 100 unless set.
   *
   * @return the number, within 0 and 10000
   */
  @Value.Default
  public int unevaluableRecords() {
    return 100;
  }

  @Value.Check
  void check() {
    Checks.requireArgument(
        worstRecords() >= 0 && worstRecords() <= 10_000,
        "Worst records must be within 0 and 10000",
        worstRecords());
    Checks.requireArgument(
        unevaluableRecords() >= 0 && unevaluableRecords() <= 10_000,
        "Unevaluable records must be within 0 and 10000",
        unevaluableRecords());
    Checks.requireArgument(
        explanationPage() >= 0
            && (long) worstRecords() * (explanationPage() + 1L) <= MAX_KEPT_RECORDS,
        "Explanation page must be at least 0 and keep at most " + MAX_KEPT_RECORDS
            + " records, (page + 1) * worst records",
        explanationPage(),
        worstRecords());
  }

  /** A builder of evaluation options; every attribute has a default. */
  public static final class Builder extends ImmutableEvaluationOptions.Builder {
    Builder() {}
  }
}
