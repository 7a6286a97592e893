package dev.servicelevel.calendar;

import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * How the builder keeps what it is given, where mutation testing found it unpinned: weekly
 * hours sorted by start before end whatever the order of the calls, closures that share a start
 * or an end both kept, and the next working day of a holiday rule on its own.
 */
class RulesBuilderMutationTest {

  private static final LocalTime NINE = LocalTime.of(9, 0);
  private static final LocalTime TEN = LocalTime.of(10, 0);

  private static Instant utc(String dateTime) {
    return Instant.parse(dateTime + "Z");
  }

  @Test
  void hoursGivenLaterWithAnEarlierStart_areSortedByStart_notByEnd() {
    BusinessCalendar given = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(MONDAY, TEN, LocalTime.NOON)
        .open(MONDAY, NINE, LocalTime.of(17, 0))
        .build();
    BusinessCalendar inOrder = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(MONDAY, NINE, LocalTime.of(17, 0))
        .open(MONDAY, TEN, LocalTime.NOON)
        .build();
    assertEquals("Mon 09:00–17:00, 10:00–12:00 Z", given.toString());
    assertEquals(inOrder, given);
    assertEquals(inOrder.toString(), given.toString());
  }

  @Test
  void hoursWithOneStart_areSortedByEnd() {
    BusinessCalendar given = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(MONDAY, NINE, LocalTime.of(17, 0))
        .open(MONDAY, NINE, LocalTime.NOON)
        .build();
    assertEquals("Mon 09:00–12:00, 09:00–17:00 Z", given.toString());
  }

  @Test
  void dayHours_readAsTheirDescription() {
    DayHours hours = DayHours.NONE.with(NINE, LocalTime.of(17, 0)).with(LocalTime.of(22, 0), NINE);
    assertEquals("09:00–17:00, 22:00–09:00", hours.toString());
    assertEquals("", DayHours.NONE.toString());
  }

  @Test
  void closuresWithOneStartOrOneEnd_areBothKept() {
    BusinessCalendar sameStart = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(MONDAY, NINE, LocalTime.of(17, 0))
        .closed(LocalDateTime.of(2024, 8, 5, 10, 0), LocalDateTime.of(2024, 8, 5, 11, 0))
        .closed(LocalDateTime.of(2024, 8, 5, 10, 0), LocalDateTime.of(2024, 8, 5, 12, 0))
        .build();
    assertEquals("Mon 09:00–17:00 Z, 2 closures", sameStart.toString());
    assertFalse(sameStart.isOpen(utc("2024-08-05T11:30:00")));
    assertTrue(sameStart.isOpen(utc("2024-08-05T12:00:00")));
    BusinessCalendar sameEnd = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(MONDAY, NINE, LocalTime.of(17, 0))
        .closed(LocalDateTime.of(2024, 8, 5, 10, 0), LocalDateTime.of(2024, 8, 5, 12, 0))
        .closed(LocalDateTime.of(2024, 8, 5, 9, 0), LocalDateTime.of(2024, 8, 5, 12, 0))
        .build();
    assertEquals("Mon 09:00–17:00 Z, 2 closures", sameEnd.toString());
    assertFalse(sameEnd.isOpen(utc("2024-08-05T09:30:00")));
  }

  @Test
  void nextWorkingDay_ofASaturdayHolidayAlone_isTheMonday() {
    // 2024-06-01 is a Saturday
    HolidayRule rule = HolidayRule.fixed(LocalDate.of(2024, 6, 1))
        .observed(ObservedShift.NEXT_WORKING_DAY);
    assertFalse(rule.appliesTo(LocalDate.of(2024, 6, 1)));
    assertFalse(rule.appliesTo(LocalDate.of(2024, 6, 2)));
    assertTrue(rule.appliesTo(LocalDate.of(2024, 6, 3)));
    HolidayRule sunday = HolidayRule.fixed(LocalDate.of(2024, 6, 2))
        .observed(ObservedShift.NEXT_WORKING_DAY);
    assertTrue(sunday.appliesTo(LocalDate.of(2024, 6, 3)));
  }

  @Test
  void nextMonday_ofASaturdayOrSundayHolidayAlone() {
    HolidayRule saturday = HolidayRule.fixed(LocalDate.of(2024, 6, 1))
        .observed(ObservedShift.NEXT_MONDAY);
    assertFalse(saturday.appliesTo(LocalDate.of(2024, 6, 1)));
    assertTrue(saturday.appliesTo(LocalDate.of(2024, 6, 3)));
    HolidayRule sunday = HolidayRule.fixed(LocalDate.of(2024, 6, 2))
        .observed(ObservedShift.NEXT_MONDAY);
    assertFalse(sunday.appliesTo(LocalDate.of(2024, 6, 2)));
    assertTrue(sunday.appliesTo(LocalDate.of(2024, 6, 3)));
  }

  @Test
  void closures_areReplayedByStart_asTheVisitorPromises() {
    LocalDateTime nine = LocalDateTime.of(2024, 8, 5, 9, 0);
    LocalDateTime ten = LocalDateTime.of(2024, 8, 5, 10, 0);
    BusinessCalendar calendar = BusinessCalendar.builder(ZoneOffset.UTC)
        .open(MONDAY, NINE, LocalTime.of(17, 0))
        .closed(ten, ten.plusHours(2))
        .closed(nine, nine.plusHours(8))
        .build();
    List<String> closures = new ArrayList<>();
    calendar.accept(new CalendarVisitor<Void>() {
      @Override
      public Void rules(ZoneId zone, Consumer<CalendarVisitor.Rules> replay) {
        replay.accept(new CalendarVisitor.Rules() {
          @Override
          public void open(DayOfWeek day, LocalTime start, LocalTime end) {}

          @Override
          public void holiday(HolidayRule rule) {}

          @Override
          public void hoursOn(LocalDate date, LocalTime start, LocalTime end) {}

          @Override
          public void closed(LocalDateTime start, LocalDateTime end) {
            closures.add(start + "/" + end);
          }
        });
        return null;
      }

      @Override
      public Void union(BusinessCalendar left, BusinessCalendar right) {
        throw new AssertionError();
      }

      @Override
      public Void intersection(BusinessCalendar left, BusinessCalendar right) {
        throw new AssertionError();
      }

      @Override
      public Void complement(BusinessCalendar operand) {
        throw new AssertionError();
      }

      @Override
      public Void replacedFrom(BusinessCalendar before, LocalDate date, BusinessCalendar after) {
        throw new AssertionError();
      }
    });
    assertEquals(List.of("2024-08-05T09:00/2024-08-05T17:00", "2024-08-05T10:00/2024-08-05T12:00"),
        closures);
  }
}
