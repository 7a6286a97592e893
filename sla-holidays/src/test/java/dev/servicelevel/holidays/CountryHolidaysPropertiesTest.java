package dev.servicelevel.holidays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.HolidayRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Laws every country of Jollyday's data keeps, over random countries and years (up to 2173, the
 * last year Java's Hijrah calendar lets Jollyday place Islamic holidays in).
 */
class CountryHolidaysPropertiesTest {

  private static final List<String> COUNTRIES = new ArrayList<>(CountryHolidays.countries());

  /** A Jollyday calendar, or one of the first-level subdivisions of one. */
  private static final Gen<CountryHolidays> PLACES =
      integers().between(0, COUNTRIES.size() - 1)
          .zip(integers().allPositive(), (i, pick) -> {
            CountryHolidays country = CountryHolidays.of(COUNTRIES.get(i));
            List<String> below = new ArrayList<>(country.subdivisionsBelow().keySet());
            return below.isEmpty() || pick % 3 == 0
                ? country
                : CountryHolidays.of(country.country(), below.get(pick % below.size()));
          })
          .describedAs(CountryHolidays::toString);

  private static final Gen<Integer> YEARS =
      Generate.pick(List.of(1900, 1901, 2000, 2026, 2100, 2172, 2173))
          .mix(integers().between(1900, 2173), 70);

  private static final Gen<CountryHolidays> SELECTIONS =
      PLACES.zip(Generate.pick(List.of(0, 1, 2, 3)), (place, variant) -> {
        CountryHolidays s = (variant & 1) == 0 ? place : place.withActualDates();
        return (variant & 2) == 0
            ? s
            : s.withKinds(HolidayKind.PUBLIC_HOLIDAY, HolidayKind.BANK_HOLIDAY,
                HolidayKind.OBSERVANCE);
      });

  @Test
  void actualDatesLieInTheirYearAndObservedOnesWithinAWeek() {
    qt().withExamples(60)
        .forAll(PLACES, YEARS)
        .checkAssert((place, year) -> {
          List<LocalDate> actual = dates(place.withActualDates().rules(year, year), year);
          List<LocalDate> observed = dates(place.rules(year, year), year);
          assertEquals(actual.size(), observed.size(), place + " " + year);
          for (LocalDate d : actual) {
            assertEquals(year, d.getYear(), place + " " + d);
          }
          LocalDate from = LocalDate.of(year, 1, 1).minusDays(7);
          LocalDate to = LocalDate.of(year, 12, 31).plusDays(7);
          for (LocalDate d : observed) {
            assertTrue(!d.isBefore(from) && !d.isAfter(to), place + " " + d);
          }
        });
  }

  @Test
  void rulesAreSortedNamedAndTheRangeIsTheUnionOfItsYears() {
    qt().withExamples(40)
        .forAll(SELECTIONS, YEARS, integers().between(0, 2))
        .checkAssert((selection, first, span) -> {
          int last = Math.min(first + span, 2173);
          List<HolidayRule> range = selection.rules(first, last);
          List<HolidayRule> union = new ArrayList<>();
          for (int y = first; y <= last; y++) {
            union.addAll(selection.rules(y, y));
          }
          List<LocalDate> dates = dates(range, first);
          List<LocalDate> sorted = new ArrayList<>(dates);
          Collections.sort(sorted);
          assertEquals(sorted, dates, selection + " " + first);
          assertEquals(new HashSet<>(union), new HashSet<>(range), selection.toString());
          assertEquals(union.size(), range.size(), selection.toString());
          for (HolidayRule r : range) {
            assertFalse(r.name().isBlank(), selection + " " + r);
            assertFalse(r.name().equals("undefined"), selection + " " + r);
          }
        });
  }

  @Test
  void aBuiltCalendarIsClosedOnEveryHolidayDate() {
    qt().withExamples(40)
        .forAll(SELECTIONS, YEARS)
        .checkAssert((selection, year) -> {
          List<HolidayRule> rules = selection.rules(year, year);
          // Open every day of the week, so only the holidays can close a date.
          BusinessCalendar calendar = selection
              .addTo(BusinessCalendar.builder(ZoneOffset.UTC)
                  .open(EnumSet.allOf(DayOfWeek.class), LocalTime.of(9, 0), LocalTime.of(17, 0)),
                  year, year)
              .build();
          for (LocalDate d : dates(rules, year)) {
            if (d.getYear() >= 1900) {
              assertFalse(calendar.isWorkingDay(d), selection + " " + d);
            }
          }
        });
  }

  /** The single date of each fixed rule, looked up around the year it was made for. */
  private static List<LocalDate> dates(List<HolidayRule> rules, int year) {
    List<LocalDate> out = new ArrayList<>();
    for (HolidayRule r : rules) {
      LocalDate date = null;
      for (int y = year - 1; y <= year + 3 && date == null; y++) {
        date = r.naturalDate(y).orElse(null);
      }
      assertTrue(date != null, r.toString());
      assertTrue(Math.abs(ChronoUnit.YEARS.between(LocalDate.of(year, 1, 1), date)) <= 3);
      out.add(date);
    }
    return out;
  }
}
