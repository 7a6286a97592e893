package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * {@link AlgebraDefinition} where mutation testing found it unpinned: versions of a union, an
 * empty intersection, the description of versions and complements among other operands (cut or
 * not), and equality of composed calendars whose operands' hashes collide.
 */
class AlgebraDefinitionMutationTest {

  private static final ZoneId UTC = ZoneId.of("UTC");

  private static BusinessCalendar open(DayOfWeek day) {
    return BusinessCalendar.builder(ZoneOffset.UTC)
        .open(day, LocalTime.of(9, 0), LocalTime.of(17, 0))
        .build();
  }

  private static final BusinessCalendar MON = open(DayOfWeek.MONDAY);
  private static final BusinessCalendar TUE = open(DayOfWeek.TUESDAY);
  private static final BusinessCalendar WED = open(DayOfWeek.WEDNESDAY);

  private static Instant utc(String dateTime) {
    return Instant.parse(dateTime + "Z");
  }

  // ---- compiling -------------------------------------------------------------------------------

  @Test
  void versionsOfAUnion_keepTheWholeUnionBeforeTheSwitch() {
    BusinessCalendar versions = MON.union(TUE).replacedFrom(LocalDate.of(2025, 1, 1), WED);
    assertTrue(versions.isOpen(utc("2024-06-03T10:00:00")), "a Monday of 2024");
    assertTrue(versions.isOpen(utc("2024-06-04T10:00:00")), "a Tuesday of 2024");
    assertFalse(versions.isOpen(utc("2024-06-05T10:00:00")), "a Wednesday of 2024");
    assertFalse(versions.isOpen(utc("2025-06-02T10:00:00")), "a Monday of 2025");
    assertTrue(versions.isOpen(utc("2025-06-04T10:00:00")), "a Wednesday of 2025");
    assertEquals(Duration.ofHours(16 + 8),
        versions.between(utc("2024-12-30T00:00:00"), utc("2025-01-02T00:00:00")));
  }

  @Test
  void anEmptyIntersection_isNeverOpen() {
    BusinessCalendar none = MON.intersection(TUE);
    Instant monday = utc("2024-06-03T10:00:00");
    assertFalse(none.isOpen(monday));
    assertEquals(List.of(),
        none.openIntervals(Interval.of(monday, monday.plus(Duration.ofDays(14)))));
    assertEquals(Duration.ZERO, none.between(monday, monday.plus(Duration.ofDays(14))));
    assertEquals(Duration.ZERO, MON.intersection(TUE).intersection(WED)
        .between(monday, monday.plus(Duration.ofDays(14))));
    // an empty year is the shared empty span set, as an empty range is
    long from = monday.getEpochSecond();
    assertSame(Spans.EMPTY, none.timeline().spans(from, from + 86_400));
    assertSame(Spans.EMPTY,
        MON.intersection(TUE).intersection(WED).timeline().spans(from, from + 86_400));
  }

  @Test
  void theUnionOfACalendarWithItself_sharesItsSpans() {
    long from = utc("2024-06-03T00:00:00").getEpochSecond();
    long to = utc("2024-06-10T00:00:00").getEpochSecond();
    BusinessCalendar same = MON.union(open(DayOfWeek.MONDAY));
    assertEquals("(" + MON + ")", same.toString());
    long[] spans = same.timeline().spans(from, to);
    assertArrayEquals(new long[] {from + 9 * 3600, from + 17 * 3600}, spans);
    // one operand: its compiled year is taken as it is, not merged into a copy
    assertSame(MON.timeline().spans(Timeline.chunkStart(124), Timeline.chunkStart(125)),
        same.timeline().spans(Timeline.chunkStart(124), Timeline.chunkStart(125)));
  }

  // ---- descriptions ----------------------------------------------------------------------------

  @Test
  void versionsAndComplements_amongOtherOperands_closeTheirParentheses() {
    assertEquals("((" + MON + ") until 2025-01-01, then (" + TUE + ")) ∪ (" + WED + ")",
        MON.replacedFrom(LocalDate.of(2025, 1, 1), TUE).union(WED).toString());
    assertEquals("(not (" + MON + ")) ∪ (" + WED + ")", MON.complement().union(WED).toString());
  }

  /** "(24x7 +01:00) ∪ (Mon 00:01–23:00 UTC) ∪ ..." of {@code n} operands. */
  private static String shown(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      sb.append(i == 0 ? "" : " ∪ ").append('(').append(operand(i)).append(')');
    }
    return sb.toString();
  }

  private static BusinessCalendar operand(int i) {
    if (i == 0) {
      return BusinessCalendar.alwaysOpen(ZoneOffset.ofHours(1));
    }
    return BusinessCalendar.builder(UTC)
        .open(DayOfWeek.MONDAY, LocalTime.MIDNIGHT.plusMinutes(i), LocalTime.of(23, 0))
        .build();
  }

  private static BusinessCalendar bigUnion() {
    BusinessCalendar union = operand(0);
    for (int i = 1; i < 100; i++) {
      union = union.union(operand(i));
    }
    return union;
  }

  @Test
  void aCutInsideAVersionOrComplement_endsTheUnionAroundIt() {
    String cut = " ∪ … (100 operands)";
    BusinessCalendar other = operand(1);
    LocalDate date = LocalDate.of(2025, 1, 1);
    assertEquals("(not (" + shown(42) + cut, bigUnion().complement().union(other).toString());
    assertEquals("((" + shown(42) + cut,
        bigUnion().replacedFrom(date, other).union(WED).toString());
    // 47 characters before the union: operand 41 starts at 1,023 and is the first one cut
    assertEquals("((" + other + ") until 2025-01-01, then (" + shown(41) + cut,
        other.replacedFrom(date, bigUnion()).union(WED).toString());
  }

  // ---- equality --------------------------------------------------------------------------------

  @Test
  void aComposedCalendar_equalsItself() {
    BusinessCalendar union = MON.union(TUE);
    CalendarDefinition definition = union.definition();
    assertTrue(definition.equals(definition));
    assertEquals(definition, MON.union(TUE).definition());
  }

  @Test
  void operandsWithCollidingHashes_stillTellComposedCalendarsApart() {
    // a closure's local bounds enter the hash as 31 · start + end: one second later and 31
    // seconds earlier give the same hash for different rules
    BusinessCalendar a = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
        .closed(LocalDateTime.of(2024, 8, 5, 10, 0), LocalDateTime.of(2024, 8, 5, 12, 0))
        .build();
    BusinessCalendar b = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
        .closed(LocalDateTime.of(2024, 8, 5, 10, 0, 1), LocalDateTime.of(2024, 8, 5, 11, 59, 29))
        .build();
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, b);
    assertEquals(a.union(TUE).hashCode(), b.union(TUE).hashCode());
    assertNotEquals(a.union(TUE), b.union(TUE));
    assertNotEquals(TUE.union(a), TUE.union(b));
    assertNotEquals(a.complement(), b.complement());
    assertNotEquals(a.union(TUE).complement(), b.union(TUE).complement());
    assertEquals(a.union(TUE).complement(), a.union(TUE).complement());
  }

  @Test
  void aComposedAndARulesOperandWithEqualHashes_areNotEqual() {
    BusinessCalendar composed = MON.union(TUE);
    int target = composed.hashCode();
    // the hash of rules ends in 31 · (...) + Arrays.hashCode(closures); with one closure
    // [s, e) of local seconds below 2^31 that is 961 + 31 · s + e: pick s and e to hit target
    int withoutClosures = MON.hashCode() - 1;
    int want = target - withoutClosures - 961;
    long s = 1_000_000_000L;
    long e = Integer.toUnsignedLong(want - 31 * (int) s);
    while (e <= s || e >= Integer.MAX_VALUE) {
      s += 7_919;
      e = Integer.toUnsignedLong(want - 31 * (int) s);
    }
    BusinessCalendar rules = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
        .closed(LocalDateTime.ofEpochSecond(s, 0, ZoneOffset.UTC),
            LocalDateTime.ofEpochSecond(e, 0, ZoneOffset.UTC))
        .build();
    assertEquals(target, rules.hashCode());
    assertEquals(composed.union(WED).hashCode(), rules.union(WED).hashCode());
    assertNotEquals(composed.union(WED), rules.union(WED));
    assertNotEquals(rules.union(WED), composed.union(WED));
    assertNotEquals(WED.union(composed), WED.union(rules));
    assertNotEquals(WED.union(rules), WED.union(composed));
  }
}
