package dev.servicelevel.evaluation;

import dev.servicelevel.agreement.MeasurementTarget;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/** The counted and total events of a ratio target: the share is their quotient, in percent. */
final class RatioTally extends Tally {

  private long counted;
  private long total;

  RatioTally(MeasurementTarget target, ReasonCounts reasons, WorstRecords worst) {
    super(target, reasons, worst);
  }

  @Override
  boolean takesSamples() {
    return false;
  }

  @Override
  void add(EventCount count) {
    long newCounted = addEvents(counted, count.counted(), "Counted");
    long newTotal = addEvents(total, count.total(), "Total");
    reasons.add("counted");
    counted = newCounted;
    total = newTotal;
    boolean higherBetter = target.comparison().isHigherBetter();
    BigDecimal bad =
        BigDecimal.valueOf(higherBetter ? count.total() - count.counted() : count.counted());
    if (worst.admits(bad)) {
      worst.add(
          ExplainedRecord.of(
              count.interval().toString(),
              true,
              ReasonCode.EVENTS_COUNTED,
              count.counted() + " of " + count.total() + " events counted",
              bad,
              "counted", count.counted(), "total", count.total(), "bad", bad));
    }
  }

  @Override
  void merge(Tally other) {
    RatioTally o = (RatioTally) other;
    long newCounted = addEvents(counted, o.counted, "Counted");
    long newTotal = addEvents(total, o.total, "Total");
    counted = newCounted;
    total = newTotal;
  }

  @Override
  boolean isEmpty() {
    return total == 0;
  }

  @Override
  WorstRecords judge(ImmutableTargetResult.Builder b, boolean complete) {
    if (total > 0) {
      share(b, counted, total, ErrorBudget.Unit.EVENTS, complete, unreachable());
    }
    figures(b, total, Optional.of(counted), true);
    return worst;
  }

  // ---- State export and restore (AccumulatorState); keep at the end of the class ----

  @Override
  String stateKind() {
    return StateSchema.RATIO;
  }

  @Override
  void exportState(Map<String, Object> part) {
    part.put("countedEvents", counted);
    part.put("totalEvents", total);
  }

  @Override
  void restoreState(Map<String, Object> part, String path) {
    long c = StateParts.count(part, "countedEvents");
    long t = StateParts.count(part, "totalEvents");
    if (c > t) {
      throw StateParts.fail(path + "/countedEvents", "must be at most the " + t + " total", c);
    }
    counted = c;
    total = t;
  }
}
