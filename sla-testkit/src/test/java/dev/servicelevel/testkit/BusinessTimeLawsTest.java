package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** The laws of business-time arithmetic on one generated calendar. */
class BusinessTimeLawsTest {

  private static final Instant MIN = BusinessCalendar.MIN_SUPPORTED;
  private static final Instant MAX = BusinessCalendar.MAX_SUPPORTED;

  /** {@code plus}, or empty when it throws {@link DateTimeException}. */
  private static Optional<Instant> plus(BusinessCalendar c, Instant t, Duration d) {
    try {
      return Optional.of(c.plus(t, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code minus}, or empty when it throws {@link DateTimeException}. */
  private static Optional<Instant> minus(BusinessCalendar c, Instant t, Duration d) {
    try {
      return Optional.of(c.minus(t, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Instant earlier(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  @Test
  void plusThenBetweenIsIdentity() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      Optional<Instant> end = plus(c, s.t(), s.d());
      if (end.isPresent()) {
        assertEquals(s.d(), c.between(s.t(), end.get()));
      } else {
        assertTrue(c.between(s.t(), MAX).compareTo(s.d()) < 0, "plus threw with enough open time");
      }
    });
  }

  @Test
  void minusThenBetweenIsIdentity() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      Optional<Instant> start = minus(c, s.t(), s.d());
      if (start.isPresent()) {
        assertEquals(s.d(), c.between(start.get(), s.t()));
      } else {
        assertTrue(c.between(MIN, s.t()).compareTo(s.d()) < 0, "minus threw with enough open time");
      }
    });
  }

  @Test
  void plusAndBetweenAreMonotonic() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      Duration small = s.d().compareTo(s.e()) <= 0 ? s.d() : s.e();
      Duration large = s.d().compareTo(s.e()) <= 0 ? s.e() : s.d();
      Optional<Instant> a = plus(c, s.t(), small);
      Optional<Instant> b = plus(c, s.t(), large);
      if (a.isPresent() && b.isPresent()) {
        assertFalse(b.get().isBefore(a.get()), "plus(t, larger) before plus(t, smaller)");
      }
      Instant early = earlier(s.t(), s.u());
      Instant late = later(s.t(), s.u());
      Optional<Instant> fromEarly = plus(c, early, s.d());
      Optional<Instant> fromLate = plus(c, late, s.d());
      if (fromEarly.isPresent() && fromLate.isPresent()) {
        assertFalse(fromLate.get().isBefore(fromEarly.get()), "plus(later, d) before plus(earlier, d)");
      }
      Instant end = later(late, s.v());
      assertTrue(c.between(early, late).compareTo(c.between(early, end)) <= 0, "between(a, b) > between(a, c)");
      assertTrue(c.between(late, end).compareTo(c.between(early, end)) <= 0, "between(b, c) > between(a, c)");
    });
  }

  @Test
  void plusOfPlusIsPlusOfSum() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      Optional<Instant> whole = plus(c, s.t(), s.d().plus(s.e()));
      Optional<Instant> first = plus(c, s.t(), s.d());
      Optional<Instant> steps = first.flatMap(m -> plus(c, m, s.e()));
      assertEquals(whole, steps);
    });
  }

  @Test
  void minusOfMinusIsMinusOfSum() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      Optional<Instant> whole = minus(c, s.t(), s.d().plus(s.e()));
      Optional<Instant> steps = minus(c, s.t(), s.d()).flatMap(m -> minus(c, m, s.e()));
      assertEquals(whole, steps);
    });
  }

  @Test
  void betweenIsAdditive() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      assertEquals(c.between(s.t(), s.v()), c.between(s.t(), s.u()).plus(c.between(s.u(), s.v())));
    });
  }

  @Test
  void betweenIsAntisymmetric() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      assertEquals(c.between(s.t(), s.u()).negated(), c.between(s.u(), s.t()));
      assertEquals(Duration.ZERO, c.between(s.t(), s.t()));
    });
  }

  @Test
  void plusIsTheEarliestInstantWithThatBusinessTime() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      Optional<Instant> end = plus(c, s.t(), s.d());
      if (end.isPresent() && !end.get().equals(s.t())) {
        Instant justBefore = end.get().minusNanos(1);
        assertFalse(end.get().isBefore(s.t()), "plus went back in time");
        assertTrue(c.isOpen(justBefore), "closed just before plus(t, d), so an earlier instant has d");
      }
    });
  }

  @Test
  void minusIsTheLatestInstantWithThatBusinessTime() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      Optional<Instant> start = minus(c, s.t(), s.d());
      if (start.isPresent() && !start.get().equals(s.t())) {
        assertFalse(start.get().isAfter(s.t()), "minus went forward in time");
        assertTrue(c.isOpen(start.get()), "closed at minus(t, d), so a later instant has d");
      }
    });
  }

  /** Whether an instant lies in one of a sorted list of disjoint intervals, by binary search. */
  private static boolean inside(List<Interval> sorted, Instant x) {
    int lo = 0;
    int hi = sorted.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Interval i = sorted.get(mid);
      if (x.isBefore(i.getStart())) {
        hi = mid - 1;
      } else if (!x.isBefore(i.getEnd())) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  @Test
  void isOpenAgreesWithOpenIntervals() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      Interval range = s.range();
      List<Interval> open = c.openIntervals(range);
      Duration total = Duration.ZERO;
      Instant previousEnd = null;
      for (Interval i : open) {
        assertFalse(i.isEmpty(), "empty interval " + i);
        assertTrue(range.encloses(i), "interval " + i + " outside the range");
        if (previousEnd != null) {
          assertTrue(previousEnd.isBefore(i.getStart()), "intervals out of order or touching at " + i);
        }
        previousEnd = i.getEnd();
        total = total.plus(i.toDuration());
      }
      assertEquals(c.between(range.getStart(), range.getEnd()), total);
      // the edges of the first and last few intervals, and the scenario's instants
      List<Instant> probes = new ArrayList<>(List.of(s.t(), s.u(), s.v(), range.getStart()));
      for (int k = 0; k < open.size(); k = k == 4 ? Math.max(5, open.size() - 5) : k + 1) {
        Interval i = open.get(k);
        probes.addAll(List.of(i.getStart(), i.getStart().minusNanos(1), i.getEnd(), i.getEnd().minusNanos(1)));
      }
      for (Instant x : probes) {
        if (range.contains(x)) {
          assertEquals(inside(open, x), c.isOpen(x), "isOpen(" + x + ")");
        }
      }
    });
  }

  @Test
  void nextOpenAndNextCloseBoundTheStretch() {
    Laws.qt(Laws.EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar c = s.spec().build();
      Optional<Instant> open = c.nextOpen(s.t());
      Optional<Instant> close = c.nextClose(s.t());
      assertEquals(c.isOpen(s.t()), open.equals(Optional.of(s.t())), "nextOpen(t) == t iff open");
      if (open.isPresent()) {
        assertTrue(c.isOpen(open.get()), "closed at nextOpen");
        assertEquals(Duration.ZERO, c.between(s.t(), open.get()), "open time before nextOpen");
      }
      if (open.isPresent() && close.isPresent()) {
        assertTrue(close.get().isAfter(open.get()), "nextClose not after nextOpen");
        assertFalse(c.isOpen(close.get()), "open at nextClose");
        assertEquals(
            Duration.between(open.get(), close.get()), c.between(open.get(), close.get()),
            "closed time inside the stretch");
      }
    });
  }
}
