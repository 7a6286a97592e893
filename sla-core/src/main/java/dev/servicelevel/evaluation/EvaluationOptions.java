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
  }

  /** A builder of evaluation options; every attribute has a default. */
  public static final class Builder extends ImmutableEvaluationOptions.Builder {
    Builder() {}
  }
}
