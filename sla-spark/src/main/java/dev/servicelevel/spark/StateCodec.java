package dev.servicelevel.spark;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.evaluation.AccumulatorState;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.PeriodAccumulator;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The accumulator state as bytes: sla-core's versioned binary form ({@link AccumulatorState}),
 * the only form in which accumulators leave a JVM.
 */
final class StateCodec {

  private StateCodec() {}

  static byte[] toBytes(PeriodAccumulator acc) {
    return acc.state().toBytes();
  }

  static PeriodAccumulator restore(
      Agreement agreement,
      LocalDate date,
      Instant asOf,
      EvaluationOptions options,
      byte[] state) {
    return PeriodAccumulator.restore(
        agreement, date, asOf, options, AccumulatorState.fromBytes(state));
  }
}
