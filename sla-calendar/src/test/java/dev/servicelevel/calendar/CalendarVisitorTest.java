package dev.servicelevel.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CalendarVisitorTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Rebuilds a calendar from what a visitor receives. */
  static class Rebuild implements CalendarVisitor<BusinessCalendar> {
    @Override
    public BusinessCalendar rules(ZoneId zone, Consumer<Rules> replay) {
      BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
      replay.accept(
          new Rules() {
            @Override
            public void open(DayOfWeek day, LocalTime start, LocalTime end) {
              b.open(day, start, end);
            }

            @Override
            public void holiday(HolidayRule rule) {
              b.holiday(rebuild(rule));
            }

            @Override
            public void hoursOn(LocalDate date, LocalTime start, LocalTime end) {
              b.hoursOn(date, start, end);
            }

            @Override
            public void closed(LocalDateTime start, LocalDateTime end) {
              b.closed(start, end);
            }
          });
      return b.build();
    }

    @Override
    public BusinessCalendar union(BusinessCalendar left, BusinessCalendar right) {
      return left.accept(this).union(right.accept(this));
    }

    @Override
    public BusinessCalendar intersection(BusinessCalendar left, BusinessCalendar right) {
      return left.accept(this).intersection(right.accept(this));
    }

    @Override
    public BusinessCalendar complement(BusinessCalendar operand) {
      return operand.accept(this).complement();
    }

    @Override
    public BusinessCalendar replacedFrom(
        BusinessCalendar before, LocalDate date, BusinessCalendar successor) {
      return before.accept(this).replacedFrom(date, successor.accept(this));
    }
  }

  static HolidayRule rebuild(HolidayRule rule) {
    HolidayRule bare =
        rule.accept(
            new HolidayRuleVisitor<HolidayRule>() {
              @Override
              public HolidayRule fixed(LocalDate date) {
                return HolidayRule.fixed(date);
              }

              @Override
              public HolidayRule annual(MonthDay day) {
                return HolidayRule.annual(day);
              }

              @Override
              public HolidayRule nthWeekday(Month month, int n, DayOfWeek day) {
                return HolidayRule.nthWeekday(month, n, day);
              }

              @Override
              public HolidayRule easter(int offsetDays) {
                return HolidayRule.easter(offsetDays);
              }
            });
    HolidayRule shifted = bare.observed(rule.shift());
    return rule.givenName().map(shifted::named).orElse(shifted);
  }

  static Stream<BusinessCalendar> calendars() {
    BusinessCalendar office =
        BusinessCalendar.builder(BERLIN)
            .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(12, 0))
            .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(13, 0), LocalTime.of(17, 30, 15))
            .open(SATURDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
            .open(SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
            .holiday(LocalDate.of(2025, 1, 1))
            .holiday(LocalDate.of(2025, 5, 1), "Labour Day")
            .holiday(HolidayRule.annual(MonthDay.of(12, 25)).named("Christmas Day")
                .observed(ObservedShift.NEXT_WORKING_DAY))
            .holiday(HolidayRule.nthWeekday(Month.NOVEMBER, -1, DayOfWeek.THURSDAY))
            .holiday(HolidayRule.easter(-2).observed(ObservedShift.NEAREST_WEEKDAY))
            .hoursOn(LocalDate.of(2025, 12, 24), LocalTime.of(8, 0), LocalTime.of(12, 0))
            .hoursOn(LocalDate.of(2025, 12, 24), LocalTime.of(23, 0), LocalTime.of(1, 0))
            .closed(LocalDateTime.of(2025, 8, 5, 0, 0), LocalDateTime.of(2025, 8, 10, 12, 0))
            .closed(LocalDateTime.of(2025, 3, 1, 0, 0), LocalDateTime.of(2025, 3, 2, 0, 0))
            .build();
    BusinessCalendar night =
        BusinessCalendar.builder(ZoneId.of("America/New_York"))
            .open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(20, 0), LocalTime.of(8, 0))
            .build();
    return Stream.of(
        office,
        night,
        BusinessCalendar.alwaysOpen(ZoneId.of("UTC")),
        BusinessCalendar.builder(BERLIN).build(),
        office.union(night).union(BusinessCalendar.alwaysOpen(BERLIN)),
        office.union(night.intersection(office)),
        office.complement(),
        office.complement().intersection(night),
        office.replacedFrom(LocalDate.of(2026, 1, 1), night)
            .replacedFrom(LocalDate.of(2027, 1, 1), office.complement()));
  }

  // ---- accept -----------------------------------------------------------------------------

  @ParameterizedTest
  @MethodSource("calendars")
  void accept_rebuildsAnEqualCalendar(BusinessCalendar calendar) {
    BusinessCalendar copy = calendar.accept(new Rebuild());
    assertEquals(calendar, copy);
    assertEquals(calendar.hashCode(), copy.hashCode());
    assertEquals(calendar.toString(), copy.toString());
  }

  @Test
  void accept_replaysTheRulesInAStableOrder() {
    List<String> seen = new ArrayList<>();
    BusinessCalendar c =
        BusinessCalendar.builder(BERLIN)
            .closed(LocalDateTime.of(2025, 8, 5, 0, 0), LocalDateTime.of(2025, 8, 6, 0, 0))
            .hoursOn(LocalDate.of(2025, 12, 24), LocalTime.of(8, 0), LocalTime.of(12, 0))
            .holiday(LocalDate.of(2025, 1, 1))
            .open(FRIDAY, LocalTime.of(22, 0), LocalTime.of(6, 0))
            .open(MONDAY, LocalTime.of(9, 0), LocalTime.of(9, 0))
            .build();
    c.accept(
        new Rebuild() {
          @Override
          public BusinessCalendar rules(ZoneId zone, Consumer<Rules> replay) {
            replay.accept(
                new Rules() {
                  @Override
                  public void open(DayOfWeek day, LocalTime start, LocalTime end) {
                    seen.add("open " + day + " " + start + "-" + end);
                  }

                  @Override
                  public void holiday(HolidayRule rule) {
                    seen.add("holiday " + rule);
                  }

                  @Override
                  public void hoursOn(LocalDate date, LocalTime start, LocalTime end) {
                    seen.add("hoursOn " + date + " " + start + "-" + end);
                  }

                  @Override
                  public void closed(LocalDateTime start, LocalDateTime end) {
                    seen.add("closed " + start + "/" + end);
                  }
                });
            return null;
          }
        });
    assertEquals(
        List.of(
            "open MONDAY 09:00-09:00",
            "open FRIDAY 22:00-06:00",
            "holiday 2025-01-01",
            "hoursOn 2025-12-24 08:00-12:00",
            "closed 2025-08-05T00:00/2025-08-06T00:00"),
        seen);
  }

  @Test
  void accept_tellsTheOperationAndItsOperands() {
    BusinessCalendar a = BusinessCalendar.alwaysOpen(BERLIN);
    BusinessCalendar b = BusinessCalendar.builder(BERLIN).build();
    String shape =
        a.union(b)
            .accept(
                new Rebuild() {
                  @Override
                  public BusinessCalendar union(BusinessCalendar left, BusinessCalendar right) {
                    assertEquals(a, left);
                    assertEquals(b, right);
                    return null;
                  }
                })
            == null
            ? "union"
            : "other";
    assertEquals("union", shape);
    assertNotEquals(a, b);
  }

  @Test
  void accept_rejectsNull() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class, () -> BusinessCalendar.alwaysOpen(BERLIN).accept(null));
    assertEquals("visitor", e.getMessage());
    assertThrows(NullPointerException.class, () -> HolidayRule.easter(0).accept(null));
  }

  // ---- givenName --------------------------------------------------------------------------

  @Test
  void givenName_isEmptyUnlessNamed() {
    assertEquals(Optional.empty(), HolidayRule.easter(1).givenName());
    assertEquals("Easter+1", HolidayRule.easter(1).name().replace(" ", ""));
    assertEquals(Optional.of("Easter Monday"), HolidayRule.easter(1).named("Easter Monday").givenName());
  }
}
