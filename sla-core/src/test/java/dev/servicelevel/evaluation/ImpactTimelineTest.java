package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImpactTimelineTest {

  static final Instant T10 = utc("2025-06-10T10:00");
  static final Instant T11 = utc("2025-06-10T11:00");
  static final Instant T12 = utc("2025-06-10T12:00");
  static final Instant T13 = utc("2025-06-10T13:00");

  static List<String> steps(ImpactTimeline t) {
    List<String> steps = new ArrayList<>();
    t.forEachStep((at, impact) -> steps.add(at.toString().substring(11, 16) + "=" + impact));
    return steps;
  }

  @Test
  void add_touchingIntervalsOfEqualImpactBecomeOneStretch() {
    ImpactTimeline t = new ImpactTimeline();
    t.add(T10, T11, BigDecimal.ONE);
    t.add(T11, T12, dec("1.0"));
    assertEquals(List.of("10:00=1", "12:00=0"), steps(t));
  }

  @Test
  void add_theLargerImpactWinsWhereIntervalsOverlap() {
    ImpactTimeline t = new ImpactTimeline();
    t.add(T10, T12, dec("0.5"));
    t.add(T11, T13, BigDecimal.ONE);
    t.add(T10, T13, dec("0.25"));
    assertEquals(List.of("10:00=0.5", "11:00=1", "13:00=0"), steps(t));
  }

  @Test
  void add_aSmallerImpactInsideALargerChangesNothing() {
    ImpactTimeline t = new ImpactTimeline();
    t.add(T10, T13, BigDecimal.ONE);
    t.add(T11, T12, dec("0.5"));
    assertEquals(List.of("10:00=1", "13:00=0"), steps(t));
  }

  @Test
  void addAll_givesTheSameStepsInAnyOrder() {
    ImpactTimeline a = new ImpactTimeline();
    a.add(T11, T13, BigDecimal.ONE);
    ImpactTimeline b = new ImpactTimeline();
    b.add(T10, T12, dec("0.5"));
    b.add(T12, T13, dec("0.5"));
    ImpactTimeline ab = new ImpactTimeline();
    ab.addAll(a);
    ab.addAll(b);
    ImpactTimeline ba = new ImpactTimeline();
    ba.addAll(b);
    ba.addAll(a);
    assertEquals(List.of("10:00=0.5", "11:00=1", "13:00=0"), steps(ab));
    assertEquals(steps(ab), steps(ba));
    List<String> segments = new ArrayList<>();
    ab.forEachSegment((from, to, impact) -> segments.add(from + "/" + to + "@" + impact));
    assertEquals(
        List.of(
            "2025-06-10T10:00:00Z/2025-06-10T11:00:00Z@0.5",
            "2025-06-10T11:00:00Z/2025-06-10T13:00:00Z@1"),
        segments);
  }
}
