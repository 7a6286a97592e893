package dev.servicelevel.benchmarks;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;

import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.HolidayRule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The calendars the benchmarks run on, each as one {@link CalendarDefinition} from which both the
 * real calendar and the day-by-day baseline are built. All are in Europe/Berlin, so the overnight
 * shifts cross both daylight-saving changes every year.
 */
public enum Scenario {

  /** An office: Monday to Friday 09:00–17:00 with the eleven holidays of {@link #HOLIDAYS}. */
  OFFICE("Mon–Fri 09–17, 11 holidays") {
    @Override
    CalendarDefinition definition() {
      CalendarDefinition.Builder builder = CalendarDefinition.builder(ZONE)
          .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0));
      HOLIDAYS.forEach(builder::holiday);
      return builder.build();
    }
  },

  /** Open around the clock, built with {@link BusinessCalendar#alwaysOpen(ZoneId)}. */
  ALWAYS_OPEN("24×7") {
    @Override
    CalendarDefinition definition() {
      return CalendarDefinition.builder(ZONE)
          .open(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
          .build();
    }

    @Override
    Supplier<BusinessCalendar> calendarFactory() {
      return () -> BusinessCalendar.alwaysOpen(ZONE);
    }
  },

  /**
   * A plant working three shifts Monday to Saturday, closed on the same holidays as the office:
   * early 06:00–14:00 with a break 09:45–10:00, late 14:00–22:00 with a break 18:00–18:30, night
   * 22:00–06:00 into the next day. Shifts touch, so Monday 06:00 to Sunday 06:00 is open but for
   * the breaks; a holiday drops the night shift that starts on it and keeps the one that ends on
   * it.
   */
  THREE_SHIFTS("3 shifts Mon–Sat, breaks, 11 holidays") {
    @Override
    CalendarDefinition definition() {
      Set<DayOfWeek> days = EnumSet.range(MONDAY, SATURDAY);
      CalendarDefinition.Builder builder = CalendarDefinition.builder(ZONE)
          .open(days, LocalTime.of(6, 0), LocalTime.of(9, 45))
          .open(days, LocalTime.of(10, 0), LocalTime.of(14, 0))
          .open(days, LocalTime.of(14, 0), LocalTime.of(18, 0))
          .open(days, LocalTime.of(18, 30), LocalTime.of(22, 0))
          .open(days, LocalTime.of(22, 0), LocalTime.of(6, 0));
      HOLIDAYS.forEach(builder::holiday);
      return builder.build();
    }
  };

  /** The zone of every scenario. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  /**
   * The holidays of the office and the plant: eleven a year, fixed and Easter-based, none moved
   * when they fall on a weekend (as in Germany).
   */
  public static final List<HolidayRule> HOLIDAYS = List.of(
      HolidayRule.annual(MonthDay.of(1, 1)).named("New Year's Day"),
      HolidayRule.easter(-2).named("Good Friday"),
      HolidayRule.easter(1).named("Easter Monday"),
      HolidayRule.annual(MonthDay.of(5, 1)).named("Labour Day"),
      HolidayRule.easter(39).named("Ascension Day"),
      HolidayRule.easter(50).named("Whit Monday"),
      HolidayRule.annual(MonthDay.of(10, 3)).named("German Unity Day"),
      HolidayRule.annual(MonthDay.of(12, 24)).named("Christmas Eve"),
      HolidayRule.annual(MonthDay.of(12, 25)).named("Christmas Day"),
      HolidayRule.annual(MonthDay.of(12, 26)).named("Boxing Day"),
      HolidayRule.annual(MonthDay.of(12, 31)).named("New Year's Eve"));

  /**
   * A Monday on which every scenario is open at 09:00; spans of business time are measured from
   * here (see {@link Span#businessTime(NaiveCalendar)}).
   */
  static final Instant REFERENCE = ZonedDateTime.of(2030, 1, 7, 9, 0, 0, 0, ZONE).toInstant();

  private final String label;

  Scenario(String label) {
    this.label = label;
  }

  /**
   * Gets a short description for result tables, such as {@code "24×7"}.
   *
   * @return the label, not null
   */
  public String label() {
    return label;
  }

  /** The rules of this scenario. */
  abstract CalendarDefinition definition();

  /**
   * Makes a fresh real calendar on every call. Builder calendars reuse one filled builder, so a
   * call costs {@code build()} and nothing else.
   */
  Supplier<BusinessCalendar> calendarFactory() {
    return definition().toBusinessCalendarBuilder()::build;
  }

  /** Makes the baseline for this scenario. */
  NaiveCalendar naive() {
    return new NaiveCalendar(definition());
  }
}
