package dev.servicelevel.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

/**
 * Calendar algebra at its edges: descriptions of nested operations word for word, equality of
 * calendars whose hash codes collide, shared sub-calendars, versions whose predecessor is itself
 * made by algebra, and a union of a calendar with itself.
 */
class AlgebraEdgeTest {

  private static final ZoneOffset UTC = ZoneOffset.UTC;
  private static final BusinessCalendar OFFICE = BusinessCalendar.builder(UTC)
      .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
      .build();
  private static final BusinessCalendar EVENINGS = BusinessCalendar.builder(UTC)
      .open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(18, 0), LocalTime.of(20, 0))
      .build();
  private static final BusinessCalendar ALWAYS = BusinessCalendar.alwaysOpen(UTC);

  private static Instant utc(String localDateTime) {
    return LocalDateTime.parse(localDateTime).toInstant(UTC);
  }

  // ---- descriptions --------------------------------------------------------------------------

  @Test
  void description_ofNestedOperationsWordForWord() {
    String office = "(Mon–Fri 09:00–17:00 Z)";
    String evenings = "(Mon–Sun 18:00–20:00 Z)";
    assertEquals(office + " ∪ " + evenings, OFFICE.union(EVENINGS).toString());
    assertEquals(office + " ∩ " + evenings, OFFICE.intersection(EVENINGS).toString());
    assertEquals("not " + office, OFFICE.complement().toString());
    assertEquals("not (" + office + " ∪ " + evenings + ")",
        OFFICE.union(EVENINGS).complement().toString());
    assertEquals("(not " + office + ") ∩ " + evenings,
        OFFICE.complement().intersection(EVENINGS).toString());
    assertEquals("(" + office + " ∪ " + evenings + ") until 2024-06-01, then (24x7 Z)",
        OFFICE.union(EVENINGS).replacedFrom(LocalDate.of(2024, 6, 1), ALWAYS).toString());
    assertEquals(office + " until 2024-06-01, then (not " + evenings + ")",
        OFFICE.replacedFrom(LocalDate.of(2024, 6, 1), EVENINGS.complement()).toString());
  }

  // ---- equality ------------------------------------------------------------------------------

  @Test
  void equality_ofAlgebraAgainstOtherCalendars() {
    BusinessCalendar union = OFFICE.union(EVENINGS);
    assertEquals(union, union);
    assertEquals(OFFICE.union(EVENINGS), union);
    assertNotEquals(union, OFFICE);
    assertNotEquals(OFFICE, union);
    assertNotEquals(OFFICE.intersection(EVENINGS), union);
    assertFalse(union.equals("union"));
  }

  /**
   * Two calendars whose closures differ but hash alike ({@code Arrays.hashCode} of
   * {@code [s + 1, e - 31]} equals that of {@code [s, e]}): equality must not stop at the hash.
   */
  @Test
  void equality_looksPastCollidingHashCodes() {
    LocalDateTime s = LocalDateTime.of(2024, 8, 5, 10, 0);
    LocalDateTime e = LocalDateTime.of(2024, 8, 5, 12, 0);
    BusinessCalendar a = BusinessCalendar.builder(UTC)
        .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
        .closed(s, e).build();
    BusinessCalendar b = BusinessCalendar.builder(UTC)
        .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
        .closed(s.plusSeconds(1), e.minusSeconds(31)).build();
    assertEquals(a.hashCode(), b.hashCode(), "the premise: colliding hash codes");
    assertNotEquals(a, b);
    assertNotEquals(OFFICE.union(a), OFFICE.union(b));
    assertNotEquals(a.union(OFFICE), b.union(OFFICE));
    assertNotEquals(OFFICE.union(a).intersection(EVENINGS),
        OFFICE.union(b).intersection(EVENINGS));
    assertNotEquals(OFFICE.union(a).complement(), OFFICE.union(b).complement());
    assertEquals(OFFICE.union(a).complement(), OFFICE.union(a).complement());
  }

  /** Each version uses the one before twice: without remembering compared pairs, 2^40 pairs. */
  @Test
  void equality_ofSharedSubCalendarsComparesEachPairOnce() {
    BusinessCalendar c = OFFICE;
    BusinessCalendar d = OFFICE;
    LocalDate day = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 40; i++) {
      c = c.replacedFrom(day.plusDays(i), c);
      d = d.replacedFrom(day.plusDays(i), d);
    }
    assertEquals(c, d);
    assertNotEquals(c, d.replacedFrom(day, d));
  }

  // ---- versions and unions -------------------------------------------------------------------------

  @Test
  void versions_applyTheirPredecessorBeforeTheSwitchInTheSameYear() {
    LocalDate june = LocalDate.of(2024, 6, 1);
    BusinessCalendar v = OFFICE.replacedFrom(june, EVENINGS);
    assertTrue(v.isOpen(utc("2024-05-31T10:00")));
    assertFalse(v.isOpen(utc("2024-05-31T19:00")));
    assertFalse(v.isOpen(utc("2024-06-03T10:00")));
    assertTrue(v.isOpen(utc("2024-06-03T19:00")));

    BusinessCalendar fromUnion = OFFICE.union(EVENINGS).replacedFrom(june, ALWAYS);
    assertTrue(fromUnion.isOpen(utc("2024-05-31T10:00")));
    assertTrue(fromUnion.isOpen(utc("2024-05-31T19:00")));
    assertFalse(fromUnion.isOpen(utc("2024-05-31T17:30")));
    assertTrue(fromUnion.isOpen(utc("2024-06-01T03:00")));

    BusinessCalendar chained = v.replacedFrom(LocalDate.of(2024, 9, 1), ALWAYS);
    assertTrue(chained.isOpen(utc("2024-05-31T10:00")));
    assertFalse(chained.isOpen(utc("2024-05-31T19:00")));
    assertTrue(chained.isOpen(utc("2024-07-01T19:00")));
    assertFalse(chained.isOpen(utc("2024-07-01T10:00")));
    assertTrue(chained.isOpen(utc("2024-09-01T03:00")));
  }

  @Test
  void union_ofACalendarWithItselfIsThatCalendar() {
    BusinessCalendar twice = OFFICE.union(OFFICE);
    assertTrue(twice.isOpen(utc("2024-05-31T10:00")));
    assertFalse(twice.isOpen(utc("2024-05-31T18:00")));
    assertEquals(OFFICE.between(utc("2024-01-01T00:00"), utc("2024-12-31T00:00")),
        twice.between(utc("2024-01-01T00:00"), utc("2024-12-31T00:00")));
  }
}
