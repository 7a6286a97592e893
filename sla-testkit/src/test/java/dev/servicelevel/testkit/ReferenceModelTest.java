package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.Holiday;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The fast calendar agrees with the naive reference model ({@link NaiveCalendar}) on every
 * query, for generated calendars and instants.
 */
class ReferenceModelTest {

  private static List<Instant> probes(Scenario s) {
    return List.of(s.t(), s.u(), s.v(), s.range().getStart(), s.range().getEnd());
  }

  /** Dates the scenario touches: those of its instants and of the spec's dated parts. */
  private static Set<LocalDate> dates(Scenario s) {
    Set<LocalDate> dates = new TreeSet<>();
    for (Instant t : List.of(s.t(), s.u())) {
      LocalDate d = t.atZone(s.spec().zone()).toLocalDate();
      dates.add(d.minusDays(1));
      dates.add(d);
      dates.add(d.plusDays(1));
    }
    s.spec().dated().forEach(h -> dates.add(h.date()));
    s.spec().closures().forEach(c -> dates.add(c.start().toLocalDate()));
    dates.add(s.spec().focus());
    dates.removeIf(d -> d.getYear() < 1900 || d.getYear() > 2399);
    return dates;
  }

  @Test
  void isOpenAgreesWithReference() {
    Laws.qt(Laws.REFERENCE_EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar fast = s.spec().build();
      NaiveCalendar naive = NaiveCalendar.of(s.spec());
      for (Instant t : probes(s)) {
        assertEquals(naive.isOpen(t), fast.isOpen(t), "isOpen(" + t + ")");
      }
    });
  }

  @Test
  void betweenAgreesWithReference() {
    Laws.qt(Laws.REFERENCE_EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar fast = s.spec().build();
      NaiveCalendar naive = NaiveCalendar.of(s.spec());
      assertEquals(naive.between(s.t(), s.u()), fast.between(s.t(), s.u()), "between(t, u)");
      Instant a = s.range().getStart();
      Instant b = s.range().getEnd();
      assertEquals(naive.between(a, b), fast.between(a, b), "between over the range");
    });
  }

  @Test
  void plusAgreesWithReference() {
    Laws.qt(Laws.REFERENCE_EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar fast = s.spec().build();
      NaiveCalendar naive = NaiveCalendar.of(s.spec());
      assertEquals(
          Laws.outcome(() -> naive.plus(s.t(), s.d())), Laws.outcome(() -> fast.plus(s.t(), s.d())),
          "plus(t, d)");
      assertEquals(
          Laws.outcome(() -> naive.plus(s.u(), s.e())), Laws.outcome(() -> fast.plus(s.u(), s.e())),
          "plus(u, e)");
    });
  }

  @Test
  void minusAgreesWithReference() {
    Laws.qt(Laws.REFERENCE_EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar fast = s.spec().build();
      NaiveCalendar naive = NaiveCalendar.of(s.spec());
      assertEquals(
          Laws.outcome(() -> naive.minus(s.t(), s.d())), Laws.outcome(() -> fast.minus(s.t(), s.d())),
          "minus(t, d)");
      assertEquals(
          Laws.outcome(() -> naive.minus(s.u(), s.e())), Laws.outcome(() -> fast.minus(s.u(), s.e())),
          "minus(u, e)");
    });
  }

  @Test
  void nextOpenAndNextCloseAgreeWithReference() {
    Laws.qt(Laws.REFERENCE_EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar fast = s.spec().build();
      NaiveCalendar naive = NaiveCalendar.of(s.spec());
      for (Instant t : List.of(s.t(), s.u())) {
        assertEquals(naive.nextOpen(t), fast.nextOpen(t), "nextOpen(" + t + ")");
        assertEquals(naive.nextClose(t), fast.nextClose(t), "nextClose(" + t + ")");
      }
    });
  }

  @Test
  void previousOpenAndPreviousCloseAgreeWithReference() {
    Laws.qt(Laws.REFERENCE_EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar fast = s.spec().build();
      NaiveCalendar naive = NaiveCalendar.of(s.spec());
      for (Instant t : List.of(s.t(), s.u())) {
        assertEquals(naive.previousOpen(t), fast.previousOpen(t), "previousOpen(" + t + ")");
        assertEquals(naive.previousClose(t), fast.previousClose(t), "previousClose(" + t + ")");
      }
    });
  }

  @Test
  void openIntervalsAgreeWithReference() {
    Laws.qt(Laws.REFERENCE_EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar fast = s.spec().build();
      NaiveCalendar naive = NaiveCalendar.of(s.spec());
      assertEquals(naive.openIntervals(s.range()), fast.openIntervals(s.range()));
    });
  }

  @Test
  void isWorkingDayAgreesWithReference() {
    Laws.qt(Laws.REFERENCE_EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar fast = s.spec().build();
      NaiveCalendar naive = NaiveCalendar.of(s.spec());
      for (LocalDate d : dates(s)) {
        assertEquals(naive.isWorkingDay(d), fast.isWorkingDay(d), "isWorkingDay(" + d + ")");
      }
    });
  }

  @Test
  void plusWorkingDaysAgreesWithReference() {
    Laws.qt(Laws.REFERENCE_EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar fast = s.spec().build();
      NaiveCalendar naive = NaiveCalendar.of(s.spec());
      LocalDate date = s.t().atZone(s.spec().zone()).toLocalDate();
      int days = (int) (s.d().toHours() % 12);
      assertEquals(
          Laws.outcome(() -> naive.plusWorkingDays(date, days)),
          Laws.outcome(() -> fast.plusWorkingDays(date, days)),
          "plusWorkingDays(" + date + ", " + days + ")");
    });
  }

  @Test
  void holidaysAgreeWithReference() {
    Laws.qt(Laws.REFERENCE_EXAMPLES).forAll(Scenario.gen()).checkAssert(s -> {
      BusinessCalendar fast = s.spec().build();
      NaiveCalendar naive = NaiveCalendar.of(s.spec());
      Set<Integer> years = new TreeSet<>();
      dates(s).forEach(d -> years.add(d.getYear()));
      for (int year : years) {
        List<LocalDate> observed = new ArrayList<>();
        for (Holiday h : fast.holidays(Year.of(year))) {
          observed.add(h.date());
        }
        assertEquals(new ArrayList<>(naive.holidayDates(year)), new ArrayList<>(new TreeSet<>(observed)),
            "holidays(" + year + ")");
      }
    });
  }

  // ---- algebra --------------------------------------------------------------------------------

  private static void assertAgree(NaiveCalendar naive, BusinessCalendar fast, Pair p) {
    for (Instant t : List.of(p.t(), p.u())) {
      assertEquals(naive.isOpen(t), fast.isOpen(t), "isOpen(" + t + ")");
      assertEquals(naive.nextOpen(t), fast.nextOpen(t), "nextOpen(" + t + ")");
      assertEquals(naive.nextClose(t), fast.nextClose(t), "nextClose(" + t + ")");
      assertEquals(naive.previousOpen(t), fast.previousOpen(t), "previousOpen(" + t + ")");
      assertEquals(naive.previousClose(t), fast.previousClose(t), "previousClose(" + t + ")");
    }
    assertEquals(naive.openIntervals(p.range()), fast.openIntervals(p.range()), "openIntervals");
    LocalDate date = p.date();
    for (LocalDate d : List.of(date.minusDays(1), date, date.plusDays(1))) {
      if (d.getYear() >= 1900 && d.getYear() <= 2399) {
        assertEquals(naive.isWorkingDay(d), fast.isWorkingDay(d), "isWorkingDay(" + d + ")");
      }
    }
  }

  @Test
  void unionAgreesWithReference() {
    Laws.qt(Laws.REFERENCE_PAIR_EXAMPLES).forAll(Pair.gen()).checkAssert(p -> assertAgree(
        NaiveCalendar.of(p.first()).union(NaiveCalendar.of(p.second())),
        p.first().build().union(p.second().build()), p));
  }

  @Test
  void intersectionAgreesWithReference() {
    Laws.qt(Laws.REFERENCE_PAIR_EXAMPLES).forAll(Pair.gen()).checkAssert(p -> assertAgree(
        NaiveCalendar.of(p.first()).intersection(NaiveCalendar.of(p.second())),
        p.first().build().intersection(p.second().build()), p));
  }

  @Test
  void complementAgreesWithReference() {
    Laws.qt(Laws.REFERENCE_PAIR_EXAMPLES).forAll(Pair.gen()).checkAssert(p -> assertAgree(
        NaiveCalendar.of(p.first()).complement(), p.first().build().complement(), p));
  }

  @Test
  void replacedFromAgreesWithReference() {
    Laws.qt(Laws.REFERENCE_PAIR_EXAMPLES).forAll(Pair.gen()).checkAssert(p -> assertAgree(
        NaiveCalendar.of(p.first()).replacedFrom(p.date(), NaiveCalendar.of(p.second())),
        p.first().build().replacedFrom(p.date(), p.second().build()), p));
  }
}
