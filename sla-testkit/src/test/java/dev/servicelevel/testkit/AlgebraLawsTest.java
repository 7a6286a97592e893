package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** The laws of calendar algebra: complement, union, intersection, instant by instant. */
class AlgebraLawsTest {

  /** Asserts that two calendars are open at the same instants, on the pair's probes and range. */
  private static void assertSameOpenTime(BusinessCalendar expected, BusinessCalendar actual, Pair p) {
    assertEquals(expected.isOpen(p.t()), actual.isOpen(p.t()), "isOpen(t)");
    assertEquals(expected.isOpen(p.u()), actual.isOpen(p.u()), "isOpen(u)");
    assertEquals(expected.openIntervals(p.range()), actual.openIntervals(p.range()), "openIntervals");
    Instant a = p.range().getStart();
    Instant b = p.range().getEnd();
    assertEquals(expected.between(a, b), actual.between(a, b), "between");
  }

  @Test
  void complementSplitsElapsedTime() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      Instant a = s.range().getStart();
      Instant b = s.range().getEnd();
      assertEquals(Duration.between(a, b), c.between(a, b).plus(c.complement().between(a, b)));
      assertEquals(
          Duration.between(s.t(), s.u()),
          c.between(s.t(), s.u()).plus(c.complement().between(s.t(), s.u())));
    });
  }

  @Test
  void complementIsOpenExactlyWhenClosed() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      BusinessCalendar not = c.complement();
      for (Instant x : List.of(s.t(), s.u(), s.v(), s.range().getStart(), s.range().getEnd())) {
        // the supported timeline is [MIN_SUPPORTED, MAX_SUPPORTED): nothing is open at its end
        if (x.isBefore(BusinessCalendar.MAX_SUPPORTED)) {
          assertNotEquals(c.isOpen(x), not.isOpen(x), "isOpen(" + x + ")");
        }
      }
      assertEquals(false, not.isOpen(BusinessCalendar.MAX_SUPPORTED), "isOpen(MAX_SUPPORTED)");
      assertEquals(c, not.complement());
    });
  }

  @Test
  void unionAndIntersectionAgreeInstantByInstant() {
    Laws.qt(Laws.PAIR_EXAMPLES).forAll(Pair.gen()).checkAssert(p -> {
      BusinessCalendar x = p.first().build();
      BusinessCalendar y = p.second().build();
      for (Instant t : List.of(p.t(), p.u(), p.range().getStart())) {
        assertEquals(x.isOpen(t) || y.isOpen(t), x.union(y).isOpen(t), "union at " + t);
        assertEquals(x.isOpen(t) && y.isOpen(t), x.intersection(y).isOpen(t), "intersection at " + t);
      }
      Instant a = p.range().getStart();
      Instant b = p.range().getEnd();
      assertEquals(
          x.between(a, b).plus(y.between(a, b)),
          x.union(y).between(a, b).plus(x.intersection(y).between(a, b)),
          "inclusion-exclusion");
      assertEquals(x.zone(), x.union(y).zone());
      assertEquals(x.zone(), x.intersection(y).zone());
    });
  }

  @Test
  void deMorganForUnion() {
    Laws.qt(Laws.PAIR_EXAMPLES).forAll(Pair.gen()).checkAssert(p -> {
      BusinessCalendar x = p.first().build();
      BusinessCalendar y = p.second().build();
      assertSameOpenTime(x.complement().intersection(y.complement()), x.union(y).complement(), p);
    });
  }

  @Test
  void deMorganForIntersection() {
    Laws.qt(Laws.PAIR_EXAMPLES).forAll(Pair.gen()).checkAssert(p -> {
      BusinessCalendar x = p.first().build();
      BusinessCalendar y = p.second().build();
      assertSameOpenTime(x.complement().union(y.complement()), x.intersection(y).complement(), p);
    });
  }

  @Test
  void replacedFromIsTheFirstBeforeTheDateAndTheSecondFromIt() {
    Laws.qt(Laws.PAIR_EXAMPLES).forAll(Pair.gen()).checkAssert(p -> {
      BusinessCalendar x = p.first().build();
      BusinessCalendar y = p.second().build();
      BusinessCalendar version = x.replacedFrom(p.date(), y);
      Instant cut = p.date().atStartOfDay(x.zone()).toInstant();
      for (Instant t : List.of(p.t(), p.u(), p.range().getStart(), cut, cut.minusNanos(1))) {
        if (!t.isBefore(BusinessCalendar.MIN_SUPPORTED) && !t.isAfter(BusinessCalendar.MAX_SUPPORTED)) {
          assertEquals(t.isBefore(cut) ? x.isOpen(t) : y.isOpen(t), version.isOpen(t), "isOpen(" + t + ")");
        }
      }
    });
  }

  @Test
  void unionWithComplementIsAlwaysOpen() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      Interval range = s.range();
      assertEquals(
          range.isEmpty() ? List.of() : List.of(range), c.union(c.complement()).openIntervals(range));
      assertEquals(List.of(), c.intersection(c.complement()).openIntervals(range));
    });
  }
}
