package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The impact timeline at its edges, found unpinned by mutation testing: reversed intervals and
 * impacts below zero add nothing, the stretches between outages are no segments, and intervals
 * added after a read are folded into the steps already there.
 */
class ImpactTimelineMutationTest {

  private static final Instant T10 = utc("2025-06-10T10:00");
  private static final Instant T11 = utc("2025-06-10T11:00");
  private static final Instant T12 = utc("2025-06-10T12:00");
  private static final Instant T13 = utc("2025-06-10T13:00");

  private static List<String> segments(ImpactTimeline t) {
    List<String> segments = new ArrayList<>();
    t.forEachSegment(
        (from, to, impact) ->
            segments.add(from.toString().substring(11, 16) + "-"
                + to.toString().substring(11, 16) + "@" + impact));
    return segments;
  }

  @Test
  void add_ignoresReversedAndEmptyIntervalsAndImpactsBelowZero() {
    ImpactTimeline t = new ImpactTimeline();
    t.add(T12, T11, BigDecimal.ONE);
    t.add(T11, T11, BigDecimal.ONE);
    t.add(T10, T11, dec("-1"));
    assertEquals(List.of(), ImpactTimelineTest.steps(t));
    assertEquals(List.of(), segments(t));
  }

  @Test
  void forEachSegment_skipsTheUptimeBetweenOutages() {
    ImpactTimeline t = new ImpactTimeline();
    t.add(T10, T11, BigDecimal.ONE);
    t.add(T12, T13, dec("0.5"));
    assertEquals(List.of("10:00=1", "11:00=0", "12:00=0.5", "13:00=0"),
        ImpactTimelineTest.steps(t));
    assertEquals(List.of("10:00-11:00@1", "12:00-13:00@0.5"), segments(t));
  }

  @Test
  void add_afterARead_foldsIntoTheStepsThere() {
    ImpactTimeline t = new ImpactTimeline();
    t.add(T10, T12, dec("0.5"));
    t.add(T12, T13, BigDecimal.ONE);
    assertEquals(List.of("10:00-12:00@0.5", "12:00-13:00@1"), segments(t));
    t.add(T11, T13, dec("0.75"));
    assertEquals(List.of("10:00-11:00@0.5", "11:00-12:00@0.75", "12:00-13:00@1"),
        segments(t));
    t.add(T10, T13, BigDecimal.ONE);
    assertEquals(List.of("10:00-13:00@1"), segments(t));
  }

  @Test
  void add_manyIntervalsFoldInBatchesWithTheSameResult() {
    ImpactTimeline t = new ImpactTimeline();
    for (int i = 0; i < 200; i++) {
      Instant start = T10.plusSeconds(60L * i);
      t.add(start, start.plusSeconds(30), BigDecimal.valueOf(1 + i % 3));
    }
    List<String> steps = ImpactTimelineTest.steps(t);
    assertEquals(400, steps.size());
    assertEquals("10:00=1", steps.get(0));
    assertEquals("13:19=2", steps.get(398));
    List<String> segments = segments(t);
    assertEquals(200, segments.size());
    assertEquals("13:19-13:19@2", segments.get(199));
  }

  @Test
  void restoreState_dropsIntervalsAddedBefore() {
    ImpactTimeline t = new ImpactTimeline();
    t.add(T10, T11, BigDecimal.ONE);
    t.restoreState(
        List.of(Map.of("at", T12, "impact", dec("0.50")), Map.of("at", T13, "impact", dec("0"))),
        "/targets/0/downtime");
    assertEquals(List.of("12:00=0.5", "13:00=0"), ImpactTimelineTest.steps(t));
  }

  @Test
  void restoreState_rejectsAnImpactBeyondTheDecimalBounds() {
    ImpactTimeline t = new ImpactTimeline();
    AccumulatorStateException e =
        assertThrows(AccumulatorStateException.class,
            () -> t.restoreState(
                List.of(Map.of("at", T12, "impact", dec("1000000000000000000")),
                    Map.of("at", T13, "impact", dec("0"))),
                "/targets/0/downtime"));
    assertEquals("/targets/0/downtime/0/impact", e.pointer());
    assertEquals("Accumulator state part /targets/0/downtime/0/impact must be at least 0 and"
        + " within the decimal bounds: 1000000000000000000", e.getMessage());
  }
}
