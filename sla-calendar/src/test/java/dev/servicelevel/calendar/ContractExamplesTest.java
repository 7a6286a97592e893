package dev.servicelevel.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.EnumSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The worked examples of API-CONTRACT.md: Mon–Fri 09:00–17:00, Europe/Berlin, 2024-12-25 holiday. */
class ContractExamplesTest {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final BusinessCalendar DESK =
      BusinessCalendar.builder(BERLIN)
          .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
          .holiday(LocalDate.of(2024, 12, 25))
          .build();

  static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  @Test
  void plus_lastHourEndsOnClosingInstant() {
    assertEquals(berlin("2024-11-22T17:00"), DESK.plus(berlin("2024-11-22T16:00"), Duration.ofHours(1)));
  }

  @Test
  void plus_rollsOverWeekend() {
    assertEquals(berlin("2024-11-25T10:00"), DESK.plus(berlin("2024-11-22T16:00"), Duration.ofHours(2)));
  }

  @Test
  void between_overWeekendAndReversed() {
    assertEquals(Duration.ofHours(2), DESK.between(berlin("2024-11-22T16:00"), berlin("2024-11-25T10:00")));
    assertEquals(Duration.ofHours(-2), DESK.between(berlin("2024-11-25T10:00"), berlin("2024-11-22T16:00")));
  }

  @Test
  void plus_skipsHoliday() {
    assertEquals(berlin("2024-12-26T09:30"), DESK.plus(berlin("2024-12-24T16:30"), Duration.ofHours(1)));
  }

  @Test
  void minus_rollsBackOverWeekend() {
    assertEquals(berlin("2024-11-22T16:30"), DESK.minus(berlin("2024-11-25T09:30"), Duration.ofHours(1)));
  }

  @Test
  void nextOpenAndNextClose() {
    assertEquals(Optional.of(berlin("2024-11-25T09:00")), DESK.nextOpen(berlin("2024-11-23T12:00")));
    assertEquals(Optional.of(berlin("2024-11-25T17:00")), DESK.nextClose(berlin("2024-11-25T10:00")));
  }
}
