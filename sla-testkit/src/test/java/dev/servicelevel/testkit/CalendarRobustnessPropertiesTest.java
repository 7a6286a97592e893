package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.fail;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.threeten.extra.Interval;

/**
 * On generated calendars, including deep algebra, huge durations and instants at and beyond the
 * edges of the supported range, every query returns or throws only {@link DateTimeException} or
 * {@link IllegalArgumentException}: never StackOverflowError, ArithmeticException, a bare
 * NullPointerException or any other failure.
 */
class CalendarRobustnessPropertiesTest {

  static final int EXAMPLES = Math.max(10, Laws.EXAMPLES / 10);

  /** A generated calendar with the arguments to query it with. */
  record Case(
      String shape, BusinessCalendar calendar, List<Instant> instants, List<Duration> durations,
      List<LocalDate> dates, List<Integer> counts) {}

  static final List<Instant> EDGE_INSTANTS =
      List.of(
          BusinessCalendar.MIN_SUPPORTED,
          BusinessCalendar.MIN_SUPPORTED.minusNanos(1),
          BusinessCalendar.MAX_SUPPORTED,
          BusinessCalendar.MAX_SUPPORTED.minusNanos(1),
          BusinessCalendar.MAX_SUPPORTED.plusNanos(1),
          Instant.MIN,
          Instant.MAX,
          Instant.EPOCH);

  static final List<Duration> HUGE_DURATIONS =
      List.of(
          Duration.ofSeconds(Long.MAX_VALUE, 999_999_999),
          Duration.ofSeconds(Long.MIN_VALUE),
          Duration.ofDays(366L * 500),
          Duration.ofNanos(-1));

  static Gen<Case> cases() {
    return QuickTheoriesGens.of(CalendarRobustnessPropertiesTest::generate);
  }

  static Case generate(RandomGenerator r) {
    CalendarSpec spec = CalendarSpecs.calendar(r);
    BusinessCalendar c = spec.build();
    String shape = "rules";
    int kind = r.nextInt(4);
    if (kind > 0) {
      List<BusinessCalendar> others = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        others.add(CalendarSpecs.calendar(r).build());
      }
      // deep algebra: long chains (kind 1), wide unions (kind 2), versions (kind 3)
      int depth = kind == 1 ? 1 + r.nextInt(200) : 1 + r.nextInt(40);
      StringBuilder ops = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        BusinessCalendar o = others.get(r.nextInt(others.size()));
        int op = kind == 2 ? 0 : kind == 3 ? 3 : r.nextInt(4);
        switch (op) {
          case 0 -> c = c.union(o);
          case 1 -> c = c.intersection(o);
          case 2 -> c = c.complement();
          default -> c = c.replacedFrom(spec.focus().plusDays(r.nextInt(400) - 200), o);
        }
        ops.append("uicv".charAt(op));
      }
      shape = ops.toString();
    }
    List<Instant> instants = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      instants.add(CalendarSpecs.instant(r, spec));
    }
    instants.add(EDGE_INSTANTS.get(r.nextInt(EDGE_INSTANTS.size())));
    List<Duration> durations = new ArrayList<>();
    durations.add(CalendarSpecs.businessTime(r));
    // huge durations compile all 500 years of the calendar: 1 case in 4, shallow ones only
    durations.add(
        r.nextInt(4) == 0 && shape.length() <= 8
            ? HUGE_DURATIONS.get(r.nextInt(HUGE_DURATIONS.size()))
            : HUGE_DURATIONS.get(r.nextBoolean() ? 1 : 3)); // negative: rejected at once
    List<LocalDate> dates =
        List.of(
            spec.focus(),
            List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(1899, 12, 31),
                    LocalDate.of(2399, 12, 31), LocalDate.of(1900, 1, 1))
                .get(r.nextInt(5)));
    List<Integer> counts =
        List.of(r.nextInt(30), List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -1, 0, 200_000)
            .get(r.nextInt(5)));
    return new Case(shape, c, instants, durations, dates, counts);
  }

  @Test
  void everyQueryReturnsOrThrowsOnlyDocumentedExceptions() {
    Laws.qt(EXAMPLES).forAll(cases()).checkAssert(CalendarRobustnessPropertiesTest::queryAll);
  }

  static void queryAll(Case k) {
    BusinessCalendar c = k.calendar();
    check(k, "toString", c::toString);
    check(k, "hashCode", c::hashCode);
    check(k, "equals", () -> c.equals(c.complement().complement()));
    for (Instant t : k.instants()) {
      check(k, "isOpen " + t, () -> c.isOpen(t));
      check(k, "nextOpen " + t, () -> c.nextOpen(t));
      check(k, "nextClose " + t, () -> c.nextClose(t));
      check(k, "previousOpen " + t, () -> c.previousOpen(t));
      check(k, "previousClose " + t, () -> c.previousClose(t));
      for (Duration d : k.durations()) {
        check(k, "plus " + t + " " + d, () -> c.plus(t, d));
        check(k, "minus " + t + " " + d, () -> c.minus(t, d));
      }
      for (Instant u : k.instants()) {
        check(k, "between " + t + " " + u, () -> c.between(t, u));
        check(k, "openIntervals " + t + " " + u,
            () -> t.isAfter(u) ? null : c.openIntervals(Interval.of(t, u)));
      }
    }
    for (LocalDate d : k.dates()) {
      check(k, "isWorkingDay " + d, () -> c.isWorkingDay(d));
      check(k, "holidays " + d, () -> d.getYear() >= Year.MIN_VALUE ? c.holidays(Year.of(d.getYear())) : null);
      for (int n : k.counts()) {
        check(k, "plusWorkingDays " + d + " " + n, () -> c.plusWorkingDays(d, n));
      }
    }
    check(k, "replacedFrom " + LocalDate.MAX, () -> c.replacedFrom(LocalDate.MAX, c).isOpen(Instant.EPOCH));
    check(k, "union with UTC", () -> c.union(BusinessCalendar.alwaysOpen(ZoneOffset.UTC)).isOpen(Instant.EPOCH));
  }

  static void check(Case k, String query, Supplier<?> call) {
    try {
      call.get();
    } catch (DateTimeException | IllegalArgumentException expected) {
      if (expected.getMessage() == null || expected.getMessage().length() > 2000) {
        fail(query + " on " + k.shape() + ": message missing or too long", expected);
      }
    } catch (Throwable e) {
      fail(query + " on " + k.shape() + " " + k.calendar() + ": " + e, e);
    }
  }
}
