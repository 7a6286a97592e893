package dev.servicelevel.evaluation.timer;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kept working-days deadlines of {@link TimeBasis.Business#sameTime}: equal to counting the
 * working days and placing the local time through the zone every time, on dates whose local
 * times a transition touches (gaps, overlaps, midnight transitions, a skipped date) as on plain
 * ones, on a first call and on a kept entry alike.
 */
class SameTimeDeadlineTest {

  /** Zones with daylight saving, transitions at midnight, and a skipped date (Apia 2011). */
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("Asia/Beirut"),
          ZoneId.of("America/Havana"),
          ZoneId.of("Pacific/Apia"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("UTC"));

  /** Each zone's every-day and weekday calendar, built once: they compile years as asked. */
  private static final List<BusinessCalendar> CALENDARS =
      ZONES.stream()
          .flatMap(z -> java.util.stream.Stream.of(everyDay(z), weekdays(z)))
          .collect(java.util.stream.Collectors.toList());

  private static BusinessCalendar everyDay(ZoneId zone) {
    return BusinessCalendar.builder(zone)
        .open(EnumSet.range(MONDAY, SUNDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
        .build();
  }

  private static BusinessCalendar weekdays(ZoneId zone) {
    return BusinessCalendar.builder(zone)
        .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
        .holiday(LocalDate.of(2025, 12, 25))
        .build();
  }

  /** The deadline the slow way: count, then place the local time through the zone. */
  private static Instant counted(BusinessCalendar calendar, Instant open, int days) {
    ZonedDateTime local = open.atZone(calendar.zone());
    LocalDate day = calendar.plusWorkingDays(local.toLocalDate(), days);
    return ZonedDateTime.of(day, local.toLocalTime(), calendar.zone()).toInstant();
  }

  @Test
  void sameTime_equalsCountingEveryTime() {
    long from = Instant.parse("1985-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2045-01-01T00:00:00Z").getEpochSecond();
    qt().withExamples(3_000)
        .forAll(
            integers().between(0, 2 * ZONES.size() - 1),
            longs().between(from, to),
            integers().between(0, 999_999_999),
            integers().between(0, 40))
        .checkAssert(
            (z, second, nano, days) -> {
              ZoneId zone = ZONES.get(z / 2);
              BusinessCalendar calendar = CALENDARS.get(z);
              TimeBasis.Business basis = TimeBasis.of(calendar);
              Instant open = Instant.ofEpochSecond(second, nano);
              Instant expected = counted(calendar, open, days);
              // the first call counts, the second reads the kept entry
              assertEquals(expected, basis.sameTime(open, days), zone + " " + open + " +" + days);
              assertEquals(expected, basis.sameTime(open, days), "kept: " + open + " +" + days);
              // another time of the same local date reuses the entry
              Instant later = open.plusSeconds(3_600);
              assertEquals(counted(calendar, later, days), basis.sameTime(later, days));
            });
  }

  @Test
  void sameTime_manyDatesThroughOneTable_equalsCounting() {
    // more dates and counts than the table holds: entries are replaced, never confused
    BusinessCalendar calendar = weekdays(ZoneId.of("Europe/Berlin"));
    TimeBasis.Business basis = TimeBasis.of(calendar);
    Instant t = Instant.parse("2025-01-01T08:15:30.5Z");
    for (int i = 0; i < 4 * TimeBasis.Business.KEPT; i++) {
      Instant open = t.plusSeconds(86_400L * (i % 700) + 37L * i);
      int days = i % 5;
      assertEquals(counted(calendar, open, days), basis.sameTime(open, days), open + " +" + days);
    }
  }

  @Test
  void sameTime_intoTransitions_asZonedDateTimeOf() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    TimeBasis.Business b = TimeBasis.of(everyDay(berlin));
    // 02:30 on 2025-03-30 does not exist in Berlin: moved forward by the gap, to 03:30 CEST
    Instant saturday = LocalDateTime.parse("2025-03-29T02:30").atZone(berlin).toInstant();
    assertEquals(Instant.parse("2025-03-30T01:30:00Z"), b.sameTime(saturday, 1));
    // 02:30 on 2025-10-26 exists twice: the earlier offset (CEST), 00:30 UTC
    Instant before = LocalDateTime.parse("2025-10-25T02:30").atZone(berlin).toInstant();
    assertEquals(Instant.parse("2025-10-26T00:30:00Z"), b.sameTime(before, 1));
    // an ordinary date next to them: the same local time, one day on
    Instant monday = LocalDateTime.parse("2025-10-27T02:30").atZone(berlin).toInstant();
    assertEquals(Instant.parse("2025-10-28T01:30:00Z"), b.sameTime(monday, 1));
    // a time of day after the transition on a date that has one: the offset after it
    Instant springSaturday = LocalDateTime.parse("2025-03-29T10:00").atZone(berlin).toInstant();
    assertEquals(Instant.parse("2025-03-30T08:00:00Z"), b.sameTime(springSaturday, 1));
    Instant autumnSaturday = LocalDateTime.parse("2025-10-25T10:00").atZone(berlin).toInstant();
    assertEquals(Instant.parse("2025-10-26T09:00:00Z"), b.sameTime(autumnSaturday, 1));
    // Sao Paulo skipped 00:00-01:00 on 2018-11-04: 00:20 there is 01:20 (-02:00)
    ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
    TimeBasis.Business sp = TimeBasis.of(everyDay(saoPaulo));
    Instant saturdayNight = LocalDateTime.parse("2018-11-03T00:20").atZone(saoPaulo).toInstant();
    assertEquals(Instant.parse("2018-11-04T03:20:00Z"), sp.sameTime(saturdayNight, 1));
  }

  @Test
  void sameTime_pastTheCalendarsYears_throwsAsCounting() {
    BusinessCalendar calendar = weekdays(ZoneId.of("UTC"));
    TimeBasis.Business basis = TimeBasis.of(calendar);
    // Thursday 2399-12-30: one working day on is the last one; two are past 2399
    Instant thursday = Instant.parse("2399-12-30T10:00:00Z");
    DateTimeException counting =
        assertThrows(DateTimeException.class, () -> counted(calendar, thursday, 2));
    DateTimeException kept =
        assertThrows(DateTimeException.class, () -> basis.sameTime(thursday, 2));
    assertEquals(counting.getMessage(), kept.getMessage());
    // nothing was kept for it: a second call fails the same way
    assertThrows(DateTimeException.class, () -> basis.sameTime(thursday, 2));
    assertEquals(Instant.parse("2399-12-31T10:00:00Z"), basis.sameTime(thursday, 1));
  }

  @Test
  void offset_aroundTransitions_inEitherOrder_equalsTheZoneRules() {
    for (ZoneId zone : ZONES) {
      TimeBasis.Business basis = TimeBasis.of(everyDay(zone));
      java.time.zone.ZoneRules rules = zone.getRules();
      List<Long> seconds = new java.util.ArrayList<>();
      java.time.zone.ZoneOffsetTransition t =
          rules.nextTransition(Instant.parse("2010-01-01T00:00:00Z"));
      for (int i = 0; i < 6 && t != null; i++) {
        long at = t.toEpochSecond();
        seconds.addAll(List.of(at - 1, at, at + 1, at + 86_400));
        t = rules.nextTransition(t.getInstant());
      }
      seconds.add(Instant.parse("2380-07-01T12:00:00Z").getEpochSecond());
      seconds.add(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond());
      // a span found from the transition's own second must not reach back before it
      for (long second : List.copyOf(seconds)) {
        if (seconds.indexOf(second) % 4 == 1) {
          for (long s : new long[] {second, second - 1, second + 1}) {
            TimeBasis.Business fresh = TimeBasis.of(everyDay(zone));
            fresh.offset(second);
            assertEquals(
                rules.getOffset(Instant.ofEpochSecond(s)).getTotalSeconds(),
                fresh.offset(s),
                zone + " after " + Instant.ofEpochSecond(second) + " at " + s);
          }
        }
      }
      for (int pass = 0; pass < 2; pass++) {
        for (long second : seconds) {
          assertEquals(
              rules.getOffset(Instant.ofEpochSecond(second)).getTotalSeconds(),
              basis.offset(second),
              zone + " at " + Instant.ofEpochSecond(second));
        }
        java.util.Collections.reverse(seconds);
      }
    }
  }

  @Test
  void offset_alternatingAcrossTransitions_equalsTheZoneRules() {
    // a month with a daylight-saving change walked in any order: both sides are kept, and a
    // third span replaces the older of the two
    for (ZoneId zone : ZONES) {
      java.time.zone.ZoneRules rules = zone.getRules();
      java.time.zone.ZoneOffsetTransition first =
          rules.nextTransition(Instant.parse("2025-01-01T00:00:00Z"));
      if (first == null) {
        continue;
      }
      java.time.zone.ZoneOffsetTransition second = rules.nextTransition(first.getInstant());
      long a = first.toEpochSecond();
      long b = second == null ? a + 200L * 86_400 : second.toEpochSecond();
      long[] order = {a - 1, a, a - 1, a + 1, a - 86_400, b, a - 1, b - 1, a, b, a - 1, b - 1};
      TimeBasis.Business basis = TimeBasis.of(everyDay(zone));
      for (long s : order) {
        assertEquals(
            rules.getOffset(Instant.ofEpochSecond(s)).getTotalSeconds(),
            basis.offset(s),
            zone + " at " + Instant.ofEpochSecond(s));
      }
    }
  }

  @Test
  void sameTime_datesOrCountsThatShareASlot_areNotConfused() {
    // dates KEPT days apart with the same count, and counts KEPT apart on one date, share a slot
    BusinessCalendar calendar = weekdays(ZoneId.of("Europe/Berlin"));
    TimeBasis.Business basis = TimeBasis.of(calendar);
    Instant monday = Instant.parse("2025-03-03T10:00:00Z");
    Instant later = monday.plus(java.time.Duration.ofDays(TimeBasis.Business.KEPT));
    assertEquals(counted(calendar, monday, 1), basis.sameTime(monday, 1));
    assertEquals(counted(calendar, later, 1), basis.sameTime(later, 1));
    assertEquals(counted(calendar, monday, 1), basis.sameTime(monday, 1));
    int far = 1 + TimeBasis.Business.KEPT;
    assertEquals(counted(calendar, monday, far), basis.sameTime(monday, far));
    assertEquals(counted(calendar, monday, 1), basis.sameTime(monday, 1));
  }
}
