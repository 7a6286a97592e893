package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.Interval;

/**
 * Fuzzes calendars built from fuzzed rules (weekly hours incl. overnight, holidays, dated hours,
 * closures, zones incl. DST zones, algebra), then queried (issue 18, item 2). Plain test runs
 * replay the inputs in {@code CalendarFuzzTestInputs/rulesThenQueries}; {@code JAZZER_FUZZ=1}
 * searches for new ones.
 *
 * <p>Laws: {@code between(t, plus(t, d)) == d} and {@code plus} is the earliest such instant;
 * {@code plus} is monotonic in {@code d}; {@code minus} undoes {@code plus}; {@code between} is
 * antisymmetric; {@code openIntervals} are ordered, maximal, add up to {@code between} and agree
 * with {@code isOpen}; the complement is open exactly when the calendar is closed;
 * {@code nextOpen} and {@code nextClose} agree with {@code isOpen}. Only
 * {@link DateTimeException} escapes a query, and only at the ends of the supported range.
 */
class CalendarFuzzTest {

  private static final ZoneId[] ZONES = {
    ZoneOffset.UTC,
    ZoneId.of("Europe/Berlin"),
    ZoneId.of("America/New_York"),
    ZoneId.of("Australia/Lord_Howe"),
    ZoneId.of("Pacific/Apia"),
    ZoneId.of("America/Sao_Paulo"),
    ZoneId.of("Asia/Kathmandu"),
    ZoneId.of("America/St_Johns"),
    ZoneId.of("Africa/Casablanca"),
    ZoneOffset.ofHours(-12),
    ZoneOffset.ofHoursMinutes(14, 0),
  };

  private static final long DAY = 86_400;

  @FuzzTest(maxDuration = "10m")
  void rulesThenQueries(FuzzedDataProvider data) {
    LocalDate base = LocalDate.of(data.consumeInt(1900, 2399), 1, 1)
        .plusDays(data.consumeInt(0, 364));
    BusinessCalendar cal = calendar(data, base, 0);

    Instant t = instant(data, base);
    Duration a = duration(data);
    Duration b = duration(data);
    Duration d1 = a.compareTo(b) <= 0 ? a : b;
    Duration d2 = a.compareTo(b) <= 0 ? b : a;
    long window = data.consumeLong(1, 20 * DAY);
    Instant probe = t.plusSeconds(data.consumeLong(0, window - 1)).plusNanos(
        data.consumeBoolean() ? data.consumeInt(0, 999_999_999) : 0);
    if (!inRange(t) || !inRange(probe)) {
      Instant outside = inRange(t) ? probe : t;
      assertThrows(DateTimeException.class, () -> cal.isOpen(outside));
      return;
    }

    Instant u1 = plusLaws(cal, t, d1);
    Instant u2 = plusLaws(cal, t, d2);
    if (u1 != null && u2 != null) {
      assertFalse(u2.isBefore(u1), () -> "plus not monotonic: " + d1 + " " + d2);
    }
    if (u1 == null && u2 != null) {
      throw new AssertionError("plus failed for a smaller duration: " + d1 + " " + d2);
    }

    Instant end = min(t.plusSeconds(window), BusinessCalendar.MAX_SUPPORTED);
    intervalLaws(cal, t, end, probe);

    // Complement: open exactly when the calendar is closed; the two share out the range.
    BusinessCalendar co = cal.complement();
    assertEquals(!cal.isOpen(probe), co.isOpen(probe), () -> "complement at " + probe);
    assertEquals(
        Duration.between(t, end), cal.between(t, end).plus(co.between(t, end)), "complement");

    Optional<Instant> next = cal.nextOpen(probe);
    if (next.isPresent()) {
      assertFalse(next.get().isBefore(probe));
      assertTrue(cal.isOpen(next.get()), () -> "nextOpen closed: " + next.get());
      assertEquals(Duration.ZERO, cal.between(probe, next.get()));
    }
    Optional<Instant> close = cal.nextClose(probe);
    if (close.isPresent()) {
      assertTrue(close.get().isAfter(probe));
      assertFalse(cal.isOpen(close.get()), () -> "nextClose open: " + close.get());
      assertTrue(cal.isOpen(close.get().minusNanos(1)), () -> "nextClose: " + close.get());
    }
  }

  /** Checks plus and minus at one duration; null when the calendar has too little open time. */
  private static Instant plusLaws(BusinessCalendar cal, Instant t, Duration d) {
    Instant u;
    try {
      u = cal.plus(t, d);
    } catch (DateTimeException e) {
      // Legitimate only when the open time up to the end of the range is short of d.
      Instant wall = min(t.plus(d), BusinessCalendar.MAX_SUPPORTED);
      assertTrue(cal.between(t, wall).compareTo(d) < 0, () -> "plus threw: " + e);
      assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
      return null;
    }
    assertFalse(u.isBefore(t));
    assertTrue(Duration.between(t, u).compareTo(d) >= 0, "business time exceeds wall clock");
    assertEquals(d, cal.between(t, u), () -> "between(t, plus(t, d)) at " + t + " + " + d);
    assertEquals(d.negated(), cal.between(u, t));
    if (!d.isZero()) {
      // The earliest such instant: the nanosecond before it is open time.
      assertTrue(cal.isOpen(u.minusNanos(1)), () -> "plus not earliest: " + u);
    }
    Instant m = cal.minus(u, d);
    assertFalse(m.isAfter(u));
    assertFalse(m.isBefore(t), () -> "minus(plus(t, d), d) before t: " + m);
    assertEquals(d, cal.between(m, u));
    if (!d.isZero()) {
      assertTrue(cal.isOpen(m), () -> "minus not latest: " + m);
    }
    return u;
  }

  private static void intervalLaws(BusinessCalendar cal, Instant from, Instant to, Instant probe) {
    List<Interval> intervals = cal.openIntervals(Interval.of(from, to));
    Duration sum = Duration.ZERO;
    Instant previousEnd = null;
    boolean probeOpen = false;
    for (Interval i : intervals) {
      assertTrue(i.getStart().isBefore(i.getEnd()), () -> "empty interval " + i);
      assertFalse(i.getStart().isBefore(from));
      assertFalse(i.getEnd().isAfter(to));
      if (previousEnd != null) {
        assertTrue(previousEnd.isBefore(i.getStart()), () -> "not maximal or unordered " + i);
      }
      previousEnd = i.getEnd();
      sum = sum.plus(i.toDuration());
      assertTrue(cal.isOpen(i.getStart()), () -> "closed at start of " + i);
      assertTrue(cal.isOpen(i.getEnd().minusNanos(1)), () -> "closed before end of " + i);
      if (i.getEnd().isBefore(to)) {
        assertFalse(cal.isOpen(i.getEnd()), () -> "open at end of " + i);
      }
      if (i.getStart().isAfter(from)) {
        assertFalse(cal.isOpen(i.getStart().minusNanos(1)), () -> "open before " + i);
      }
      probeOpen |= i.contains(probe);
    }
    assertEquals(cal.between(from, to), sum, "openIntervals add up to between");
    if (probe.isBefore(to)) {
      boolean open = probeOpen;
      assertEquals(open, cal.isOpen(probe), () -> "isOpen disagrees at " + probe);
    }
  }

  private static BusinessCalendar calendar(FuzzedDataProvider data, LocalDate base, int depth) {
    ZoneId zone = data.pickValue(ZONES);
    switch (depth < 2 ? data.consumeInt(0, 6) : 0) {
      case 1:
        return calendar(data, base, depth + 1).union(calendar(data, base, depth + 1));
      case 2:
        return calendar(data, base, depth + 1).intersection(calendar(data, base, depth + 1));
      case 3:
        return calendar(data, base, depth + 1).complement();
      case 4:
        return calendar(data, base, depth + 1)
            .replacedFrom(date(data, base), calendar(data, base, depth + 1));
      case 5:
        return BusinessCalendar.alwaysOpen(zone);
      default:
        return rules(data, base, zone);
    }
  }

  private static BusinessCalendar rules(FuzzedDataProvider data, LocalDate base, ZoneId zone) {
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    for (int n = data.consumeInt(0, 4); n > 0; n--) {
      Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
      int mask = data.consumeInt(1, 127);
      for (DayOfWeek day : DayOfWeek.values()) {
        if ((mask & (1 << day.ordinal())) != 0) {
          days.add(day);
        }
      }
      b.open(days, time(data), time(data));
    }
    for (int n = data.consumeInt(0, 3); n > 0; n--) {
      HolidayRule rule;
      switch (data.consumeInt(0, 3)) {
        case 0:
          rule = HolidayRule.fixed(date(data, base));
          break;
        case 1:
          rule = HolidayRule.annual(MonthDay.from(date(data, base)));
          break;
        case 2:
          int nth = data.consumeInt(0, 5);
          rule = HolidayRule.nthWeekday(
              data.pickValue(Month.values()), nth == 0 ? -1 : nth,
              data.pickValue(DayOfWeek.values()));
          break;
        default:
          rule = HolidayRule.easter(
              data.consumeInt(-HolidayRule.MAX_EASTER_OFFSET, HolidayRule.MAX_EASTER_OFFSET));
          break;
      }
      b.holiday(rule.observed(data.pickValue(ObservedShift.values())));
    }
    for (int n = data.consumeInt(0, 3); n > 0; n--) {
      b.hoursOn(date(data, base), time(data), time(data));
    }
    for (int n = data.consumeInt(0, 2); n > 0; n--) {
      LocalDateTime start = date(data, base).atTime(time(data));
      b.closed(start, start.plusSeconds(data.consumeLong(1, 14 * DAY)));
    }
    return b.build();
  }

  private static LocalDate date(FuzzedDataProvider data, LocalDate base) {
    return base.plusDays(data.consumeInt(-40, 40));
  }

  private static LocalTime time(FuzzedDataProvider data) {
    return LocalTime.ofSecondOfDay(
        data.consumeBoolean() ? data.consumeInt(0, 95) * 900L : data.consumeInt(0, 86_399));
  }

  private static Instant instant(FuzzedDataProvider data, LocalDate base) {
    return base.atStartOfDay(ZoneOffset.UTC).toInstant()
        .plusSeconds(data.consumeLong(-30 * DAY, 30 * DAY))
        .plusNanos(data.consumeBoolean() ? data.consumeInt(0, 999_999_999) : 0);
  }

  private static Duration duration(FuzzedDataProvider data) {
    return Duration.ofSeconds(data.consumeLong(0, 30 * DAY),
        data.consumeBoolean() ? data.consumeInt(0, 999_999_999) : 0);
  }

  private static boolean inRange(Instant t) {
    return !t.isBefore(BusinessCalendar.MIN_SUPPORTED)
        && t.isBefore(BusinessCalendar.MAX_SUPPORTED);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
