package dev.servicelevel.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.TargetResult;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * Checks that the compliance baseline computes what the library computes, by hand on a small
 * case and on generated months, so the benchmark compares like with like.
 */
class NaiveComplianceTest {

  /** Tuesday 4 March 2025, 10:00 Berlin: prime time. */
  static final Instant TUESDAY_10 = Instant.parse("2025-03-04T09:00:00Z");

  @Test
  void availability_overlapsCountOnceAtTheLargerImpact() {
    // 10:00-10:30 at 0.5 and 10:10-10:20 at 1: 10 min + 10 min * 0.5 + 10 min * 0.5 = 20 min
    Outage half =
        Outage.builder()
            .id("A")
            .service("shop")
            .interval(Interval.of(TUESDAY_10, Duration.ofMinutes(30)))
            .impact(new BigDecimal("0.5"))
            .build();
    Outage full =
        Outage.of("B", "shop", Interval.of(TUESDAY_10.plusSeconds(600), Duration.ofMinutes(10)));
    Map<String, BigDecimal> achieved =
        NaiveCompliance.achieved(
            ComplianceWorkload.SLA,
            ComplianceWorkload.START,
            ComplianceWorkload.END,
            List.of(half, full),
            List.of(),
            new Instant[] {TUESDAY_10},
            new BigDecimal[] {BigDecimal.TEN});
    // March 2025 has 364 prime hours: 1 - 20 / 21840 minutes
    assertEquals(new BigDecimal("99.908424"), achieved.get("shop-prime"));
    assertEquals(new BigDecimal("100"), achieved.get("shop-non-prime"));
    assertEquals(BigDecimal.TEN, achieved.get("latency"));
  }

  @Test
  void baselineAgreesWithTheLibraryOnGeneratedMonths() {
    qt().withExamples(5)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              ComplianceWorkload w = ComplianceWorkload.generate(300, 2000, 3000, seed);
              Map<String, BigDecimal> library = new LinkedHashMap<>();
              for (TargetResult r : ComplianceBenchmark.report(w, 3).results()) {
                library.put(r.targetId(), r.achieved().orElseThrow());
              }
              assertEquals(ComplianceBenchmark.naiveAchieved(w), library);
            });
  }
}
