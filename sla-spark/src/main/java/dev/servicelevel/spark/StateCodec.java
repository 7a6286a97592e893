package dev.servicelevel.spark;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.PeriodAccumulator;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * TEMPORARY shim until sla-core's AccumulatorState lands: keeps accumulators in this JVM and
 * hands out their numbers, so that local mode runs. Replaced by the state codec.
 */
final class StateCodec {

  private static final Map<Long, PeriodAccumulator> KEPT = new ConcurrentHashMap<>();
  private static final AtomicLong NEXT = new AtomicLong();

  private StateCodec() {}

  static byte[] toBytes(PeriodAccumulator acc) {
    long n = NEXT.incrementAndGet();
    KEPT.put(n, acc);
    return ByteBuffer.allocate(Long.BYTES).putLong(n).array();
  }

  static PeriodAccumulator restore(
      Agreement agreement,
      LocalDate date,
      Instant asOf,
      EvaluationOptions options,
      byte[] state) {
    PeriodAccumulator kept = KEPT.get(ByteBuffer.wrap(state).getLong());
    return PeriodAccumulator.of(agreement, date, asOf, options).merge(kept);
  }
}
