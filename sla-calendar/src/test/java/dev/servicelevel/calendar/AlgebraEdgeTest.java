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
  private final BusinessCalendar office = BusinessCalendar.builder(UTC)
      .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
      .build();
  private final BusinessCalendar evenings = BusinessCalendar.builder(UTC)
      .open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(18, 0), LocalTime.of(20, 0))
      .build();
  private final BusinessCalendar always = BusinessCalendar.alwaysOpen(UTC);

  private static Instant utc(String localDateTime) {
    return LocalDateTime.parse(localDateTime).toInstant(UTC);
  }

  // ---- descriptions --------------------------------------------------------------------------

  @Test
  void description_ofNestedOperationsWordForWord() {
    String officeText = "(Mon–Fri 09:00–17:00 Z)";
    String eveningsText = "(Mon–Sun 18:00–20:00 Z)";
    assertEquals(officeText + " ∪ " + eveningsText, office.union(evenings).toString());
    assertEquals(officeText + " ∩ " + eveningsText, office.intersection(evenings).toString());
    assertEquals("not " + officeText, office.complement().toString());
    assertEquals("not (" + officeText + " ∪ " + eveningsText + ")",
        office.union(evenings).complement().toString());
    assertEquals("(not " + officeText + ") ∩ " + eveningsText,
        office.complement().intersection(evenings).toString());
    assertEquals("(" + officeText + " ∪ " + eveningsText + ") until 2024-06-01, then (24x7 Z)",
        office.union(evenings).replacedFrom(LocalDate.of(2024, 6, 1), always).toString());
    assertEquals(officeText + " until 2024-06-01, then (not " + eveningsText + ")",
        office.replacedFrom(LocalDate.of(2024, 6, 1), evenings.complement()).toString());
  }

  // ---- equality ------------------------------------------------------------------------------

  @Test
  void equality_ofAlgebraAgainstOtherCalendars() {
    BusinessCalendar union = office.union(evenings);
    assertEquals(union, union);
    assertEquals(office.union(evenings), union);
    assertNotEquals(union, office);
    assertNotEquals(office, union);
    assertNotEquals(office.intersection(evenings), union);
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
    assertNotEquals(office.union(a), office.union(b));
    assertNotEquals(a.union(office), b.union(office));
    assertNotEquals(office.union(a).intersection(evenings),
        office.union(b).intersection(evenings));
    assertNotEquals(office.union(a).complement(), office.union(b).complement());
    assertEquals(office.union(a).complement(), office.union(a).complement());
  }

  /** Each version uses the one before twice: without remembering compared pairs, 2^40 pairs. */
  @Test
  void equality_ofSharedSubCalendarsComparesEachPairOnce() {
    BusinessCalendar c = office;
    BusinessCalendar d = office;
    LocalDate day = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < 40; i++) {
      c = c.replacedFrom(day.plusDays(i), c);
      d = d.replacedFrom(day.plusDays(i), d);
    }
    assertEquals(c, d);
    assertNotEquals(c, d.replacedFrom(day, d));
  }

  // ---- versions and unions ----------------------------------------------------------------------

  @Test
  void versions_applyTheirPredecessorBeforeTheSwitchInTheSameYear() {
    LocalDate june = LocalDate.of(2024, 6, 1);
    BusinessCalendar v = office.replacedFrom(june, evenings);
    assertTrue(v.isOpen(utc("2024-05-31T10:00")));
    assertFalse(v.isOpen(utc("2024-05-31T19:00")));
    assertFalse(v.isOpen(utc("2024-06-03T10:00")));
    assertTrue(v.isOpen(utc("2024-06-03T19:00")));

    BusinessCalendar fromUnion = office.union(evenings).replacedFrom(june, always);
    assertTrue(fromUnion.isOpen(utc("2024-05-31T10:00")));
    assertTrue(fromUnion.isOpen(utc("2024-05-31T19:00")));
    assertFalse(fromUnion.isOpen(utc("2024-05-31T17:30")));
    assertTrue(fromUnion.isOpen(utc("2024-06-01T03:00")));

    BusinessCalendar chained = v.replacedFrom(LocalDate.of(2024, 9, 1), always);
    assertTrue(chained.isOpen(utc("2024-05-31T10:00")));
    assertFalse(chained.isOpen(utc("2024-05-31T19:00")));
    assertTrue(chained.isOpen(utc("2024-07-01T19:00")));
    assertFalse(chained.isOpen(utc("2024-07-01T10:00")));
    assertTrue(chained.isOpen(utc("2024-09-01T03:00")));
  }

  @Test
  void union_ofACalendarWithItselfIsThatCalendar() {
    BusinessCalendar twice = office.union(office);
    assertTrue(twice.isOpen(utc("2024-05-31T10:00")));
    assertFalse(twice.isOpen(utc("2024-05-31T18:00")));
    assertEquals(office.between(utc("2024-01-01T00:00"), utc("2024-12-31T00:00")),
        twice.between(utc("2024-01-01T00:00"), utc("2024-12-31T00:00")));
  }
}
