package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.threeten.extra.Interval;

/**
 * The laws of business-time arithmetic, checked on generated calendars (random zones, weekly
 * hours including overnight and full days, holidays with observed shifts, dated hours,
 * closures) and instants weighted to DST changes and interval boundaries. A failure prints the
 * calendar as builder calls, the instants and the seed.
 */
class CalendarPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("servicelevel.examples", 300);

  private static void check(Gen<CalendarScenario> gen, Consumer<CalendarScenario> law) {
    qt().withExamples(EXAMPLES).forAll(gen).checkAssert(law);
  }

  private static void check(Consumer<CalendarScenario> law) {
    check(QuickTheoriesGens.calendarScenarios(), law);
  }

  /** Runs a law, treating "no such instant in the supported range" as vacuously true. */
  private static void inRange(Runnable law) {
    try {
      law.run();
    } catch (DateTimeException e) {
      assertTrue(e.getMessage().contains("supported range"), e.getMessage());
    }
  }

  @Test
  void plusThenBetweenIsIdentity() {
    check(s -> inRange(() -> {
      BusinessCalendar cal = s.spec().build();
      assertEquals(s.d1(), cal.between(s.a(), cal.plus(s.a(), s.d1())));
    }));
  }

  @Test
  void minusThenBetweenIsIdentity() {
    check(s -> inRange(() -> {
      BusinessCalendar cal = s.spec().build();
      assertEquals(s.d1(), cal.between(cal.minus(s.c(), s.d1()), s.c()));
    }));
  }

  @Test
  void plusIsTheEarliestSuchInstant() {
    check(s -> inRange(() -> {
      BusinessCalendar cal = s.spec().build();
      Instant t = cal.plus(s.a(), s.d1());
      assertTrue(t.equals(s.a()) || cal.isOpen(t.minusNanos(1)), () -> "plus gave " + t);
    }));
  }

  @Test
  void minusIsTheLatestSuchInstant() {
    check(s -> inRange(() -> {
      BusinessCalendar cal = s.spec().build();
      Instant t = cal.minus(s.c(), s.d1());
      assertTrue(t.equals(s.c()) || cal.isOpen(t), () -> "minus gave " + t);
    }));
  }

  @Test
  void plusIsMonotonicInStartAndAmount() {
    check(s -> inRange(() -> {
      BusinessCalendar cal = s.spec().build();
      assertFalse(cal.plus(s.a(), s.d1()).isAfter(cal.plus(s.b(), s.d1())));
      Duration small = s.d1().compareTo(s.d2()) <= 0 ? s.d1() : s.d2();
      Duration large = s.d1().compareTo(s.d2()) <= 0 ? s.d2() : s.d1();
      assertFalse(cal.plus(s.a(), small).isAfter(cal.plus(s.a(), large)));
    }));
  }

  @Test
  void betweenIsMonotonicInTheEnd() {
    check(s -> {
      BusinessCalendar cal = s.spec().build();
      assertTrue(cal.between(s.a(), s.b()).compareTo(cal.between(s.a(), s.c())) <= 0);
    });
  }

  @Test
  void plusComposes() {
    check(s -> inRange(() -> {
      BusinessCalendar cal = s.spec().build();
      assertEquals(cal.plus(s.a(), s.d1().plus(s.d2())), cal.plus(cal.plus(s.a(), s.d1()), s.d2()));
    }));
  }

  @Test
  void betweenIsAdditive() {
    check(s -> {
      BusinessCalendar cal = s.spec().build();
      assertEquals(cal.between(s.a(), s.c()), cal.between(s.a(), s.b()).plus(cal.between(s.b(), s.c())));
    });
  }

  @Test
  void betweenIsAntisymmetric() {
    check(s -> {
      BusinessCalendar cal = s.spec().build();
      assertEquals(cal.between(s.a(), s.c()).negated(), cal.between(s.c(), s.a()));
    });
  }

  @Test
  void isOpenAgreesWithOpenIntervals() {
    check(s -> {
      BusinessCalendar cal = s.spec().build();
      List<Interval> open = cal.openIntervals(Interval.of(s.a(), s.c()));
      for (Instant t : List.of(s.a(), s.b())) {
        boolean inside = open.stream().anyMatch(iv -> iv.contains(t));
        if (t.isBefore(s.c())) {
          assertEquals(cal.isOpen(t), inside, () -> "at " + t + " in " + open);
        }
      }
      Duration sum = open.stream().map(Interval::toDuration).reduce(Duration.ZERO, Duration::plus);
      assertEquals(cal.between(s.a(), s.c()), sum);
      for (int i = 1; i < open.size(); i++) {
        int k = i;
        assertTrue(open.get(k - 1).getEnd().isBefore(open.get(k).getStart()), () -> "maximal and ordered: " + open);
      }
    });
  }

  @Test
  void calendarAndComplementShareTheTime() {
    check(s -> {
      BusinessCalendar cal = s.spec().build();
      assertEquals(Duration.between(s.a(), s.c()), cal.between(s.a(), s.c()).plus(cal.complement().between(s.a(), s.c())));
      assertEquals(!cal.isOpen(s.b()), cal.complement().isOpen(s.b()));
    });
  }

  @Test
  void deMorganForUnionAndIntersection() {
    Gen<CalendarScenario> scenarios = QuickTheoriesGens.calendarScenarios();
    qt().withExamples(EXAMPLES).forAll(scenarios, QuickTheoriesGens.calendars()).checkAssert((s, other) -> {
      BusinessCalendar a = s.spec().build();
      BusinessCalendar b = other.build();
      BusinessCalendar left = a.union(b).complement();
      BusinessCalendar right = a.complement().intersection(b.complement());
      Interval range = Interval.of(s.a(), s.c());
      assertEquals(left.openIntervals(range), right.openIntervals(range));
      assertEquals(a.intersection(b).complement().between(s.a(), s.c()),
          a.complement().union(b.complement()).between(s.a(), s.c()));
      assertEquals(a.isOpen(s.b()) || b.isOpen(s.b()), a.union(b).isOpen(s.b()));
      assertEquals(a.isOpen(s.b()) && b.isOpen(s.b()), a.intersection(b).isOpen(s.b()));
    });
  }

  @Test
  void equalDefinitionsAreEqual() {
    qt().withExamples(EXAMPLES).forAll(QuickTheoriesGens.calendars()).checkAssert(spec -> {
      BusinessCalendar a = spec.build();
      BusinessCalendar b = spec.buildReversed();
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      assertEquals(a.complement(), b.complement());
      assertEquals(a.union(b), b.union(a.complement().complement()));
    });
  }

  // ---- the fast implementation against the naive reference ------------------------------------

  private static ReferenceCalendar reference(CalendarScenario s) {
    LocalDate focus = s.spec().focus();
    return new ReferenceCalendar(s.spec(), focus.minusDays(200), focus.plusDays(200));
  }

  /** Runs a comparison, skipping cases whose answer the reference window does not hold. */
  private static void compare(Runnable comparison) {
    try {
      comparison.run();
    } catch (ReferenceCalendar.OutOfWindow e) {
      // the reference knows only its window; nothing to compare
    }
  }

  @Test
  void agreesWithReferenceOnPointAndSpanQueries() {
    check(s -> {
      BusinessCalendar cal = s.spec().build();
      ReferenceCalendar ref = reference(s);
      compare(() -> assertEquals(ref.isOpen(s.a()), cal.isOpen(s.a()), "isOpen " + s.a()));
      compare(() -> assertEquals(ref.isOpen(s.b()), cal.isOpen(s.b()), "isOpen " + s.b()));
      compare(() -> assertEquals(ref.between(s.a(), s.c()), cal.between(s.a(), s.c()), "between"));
      compare(() -> assertEquals(ref.openIntervals(Interval.of(s.a(), s.c())), cal.openIntervals(Interval.of(s.a(), s.c()))));
    });
  }

  @Test
  void agreesWithReferenceOnPlusAndMinus() {
    check(s -> {
      BusinessCalendar cal = s.spec().build();
      ReferenceCalendar ref = reference(s);
      compare(() -> assertEquals(ref.plus(s.a(), s.d1()), cal.plus(s.a(), s.d1()), "plus"));
      compare(() -> assertEquals(ref.minus(s.c(), s.d2()), cal.minus(s.c(), s.d2()), "minus"));
    });
  }

  @Test
  void agreesWithReferenceOnNextOpenAndClose() {
    check(s -> {
      BusinessCalendar cal = s.spec().build();
      ReferenceCalendar ref = reference(s);
      compare(() -> assertEquals(ref.nextOpen(s.b()), cal.nextOpen(s.b()), "nextOpen"));
      compare(() -> assertEquals(ref.nextClose(s.b()), cal.nextClose(s.b()), "nextClose"));
    });
  }

  @Test
  void agreesWithReferenceOnWorkingDays() {
    check(s -> {
      BusinessCalendar cal = s.spec().build();
      ReferenceCalendar ref = reference(s);
      LocalDate date = s.b().atZone(s.spec().zone()).toLocalDate();
      for (int i = -1; i <= 1; i++) {
        LocalDate d = date.plusDays(i);
        assertEquals(ref.isWorkingDay(d), cal.isWorkingDay(d), "isWorkingDay " + d);
      }
    });
  }
}
