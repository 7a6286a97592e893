package dev.servicelevel.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * A holiday far from Easter (an offset of 250 days puts it in late December) is closed even when
 * the first query of a new calendar is answered from a window of a few days around it, which
 * starts the search for the holiday's years from the window's first day minus the offset.
 * Found unpinned by mutation testing.
 */
class EasterOffsetMutationTest {

  private static Instant utc(String localDateTime) {
    return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.UTC);
  }

  private static BusinessCalendar aroundTheClockExcept250DaysAfterEaster() {
    return BusinessCalendar.builder(ZoneOffset.UTC)
        .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
        .holiday(HolidayRule.easter(250).named("Late"))
        .build();
  }

  @Test
  void aHoliday250DaysAfterEaster_isClosed_inAColdWindowAroundIt() {
    // Easter 2030 is 21 April, so the holiday is 27 December 2030
    assertEquals(LocalDate.of(2030, 12, 27), LocalDate.of(2030, 4, 21).plusDays(250));
    BusinessCalendar calendar = aroundTheClockExcept250DaysAfterEaster();
    assertFalse(calendar.isOpen(utc("2030-12-27T12:00")));
    assertTrue(calendar.isOpen(utc("2030-12-26T12:00")));

    BusinessCalendar fresh = aroundTheClockExcept250DaysAfterEaster();
    assertEquals(Duration.ofDays(2),
        fresh.between(utc("2030-12-26T00:00"), utc("2030-12-29T00:00")));
  }
}
