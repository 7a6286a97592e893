package dev.servicelevel.evaluation.alert;

import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.UnevaluableRecord;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The burn-rate alerts of one target as of an instant: each condition with its windows' burn
 * rates and whether it fires, in the order the conditions were given.
 *
 * <pre>{@code
 * BurnRateReport report = BurnRateAlerts.evaluate(sla, "shop-availability", asOf,
 *     observations, BurnRateCondition.sreWorkbook());
 * report.firing();   // the conditions that fire, such as [page-fast]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports")
public abstract class BurnRateReport {

  BurnRateReport() {}

  /**
   * Gets the id of the target.
   *
   * @return the id, not null
   */
  public abstract String targetId();

  /**
   * Gets the instant the alerts are evaluated as of: every window ends there (exclusive).
   *
   * @return the instant, not null
   */
  public abstract Instant asOf();

  /**
   * Gets the target's period that contains {@code asOf}, whose budget the windows burn; no
   * window reaches before its start.
   *
   * @return the period, not null
   */
  public abstract PeriodRange period();

  /**
   * Gets each condition's alert, in the order of the conditions.
   *
   * @return the alerts, not null
   */
  public abstract List<BurnRateAlert> alerts();

  /**
   * Gets the names of the conditions that fire, in the order of the conditions.
   *
   * @return the names, not null
   */
  public List<String> firing() {
    return alerts().stream()
        .filter(BurnRateAlert::fires)
        .map(a -> a.condition().name())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Gets how many tickets could not be evaluated (see {@link UnevaluableRecord}); they count in
   * no window. Always 0 for other targets.
   *
   * @return the count, at least 0
   */
  @Value.Default
  public long unevaluable() {
    return 0;
  }

  /**
   * Gets the first unevaluable tickets in their natural order, at most
   * {@link dev.servicelevel.evaluation.EvaluationOptions#unevaluableRecords()}.
   *
   * @return the records, not null
   */
  public abstract List<UnevaluableRecord> unevaluableRecords();

  /**
   * Outputs the report, one alert a line.
   *
   * @return a readable description, not null
   */
  @Override
  public String toString() {
    StringBuilder sb =
        new StringBuilder()
            .append(targetId()).append(' ').append(period().label())
            .append(" burn-rate alerts as of ").append(asOf());
    if (unevaluable() > 0) {
      sb.append(", ").append(unevaluable()).append(" unevaluable");
    }
    alerts().forEach(a -> sb.append('\n').append("  ").append(a));
    return sb.toString();
  }
}
