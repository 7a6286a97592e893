package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.calendar.HolidayRule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Equal definitions give equal calendars and equal algebra results; equal calendars behave alike. */
class EqualityLawsTest {

  /** A scenario with a second spec that describes the same calendar in other words. */
  private record Rewritten(Scenario scenario, CalendarSpec other) {
    static Gen<Rewritten> gen() {
      return QuickTheoriesGens.of(r -> {
        Scenario s = Scenario.generate(r);
        return new Rewritten(s, rewrite(r, s.spec()));
      });
    }

    @Override
    public String toString() {
      return scenario + "\nrewritten as " + other;
    }
  }

  /**
   * The same builder calls in another order, some of them twice. Intervals are not split or
   * merged: a calendar maps each interval to instants on its own (a local time in a DST gap moves
   * past the gap), so pieces of an interval need not open the same instants as the whole.
   */
  static CalendarSpec rewrite(RandomGenerator r, CalendarSpec spec) {
    CalendarSpec out = CalendarSpec.of(spec.zone()).withFocus(spec.focus());
    for (CalendarSpec.Closure c : shuffledWithRepeats(r, spec.closures())) {
      out = out.withClosure(c.start(), c.end());
    }
    for (CalendarSpec.Dated d : shuffledWithRepeats(r, spec.dated())) {
      out = out.withDated(d.date(), d.start(), d.end());
    }
    for (HolidayRule h : shuffledWithRepeats(r, spec.holidays())) {
      out = out.withHoliday(h);
    }
    for (CalendarSpec.Weekly w : shuffledWithRepeats(r, spec.weekly())) {
      out = out.withWeekly(w.day(), w.start(), w.end());
    }
    return out;
  }

  private static <T> List<T> shuffledWithRepeats(RandomGenerator r, List<T> list) {
    List<T> copy = new ArrayList<>(list);
    if (!list.isEmpty() && r.nextInt(3) == 0) {
      copy.add(list.get(r.nextInt(list.size())));
    }
    for (int i = copy.size() - 1; i > 0; i--) {
      Collections.swap(copy, i, r.nextInt(i + 1));
    }
    return copy;
  }

  @Test
  void equalDefinitionsAreEqualAndBehaveAlike() {
    Laws.qt(Laws.EXAMPLES).forAll(Rewritten.gen()).checkAssert(r -> {
      BusinessCalendar c = r.scenario().spec().build();
      BusinessCalendar d = r.other().build();
      assertEquals(c, d);
      assertEquals(c.hashCode(), d.hashCode());
      assertEquals(c.toString(), d.toString());
      assertEquals(c.openIntervals(r.scenario().range()), d.openIntervals(r.scenario().range()));
      assertEquals(c.isOpen(r.scenario().t()), d.isOpen(r.scenario().t()));
    });
  }

  @Test
  void equalOperandsGiveEqualAlgebraResults() {
    Laws.qt(Laws.EXAMPLES).forAll(Rewritten.gen()).checkAssert(r -> {
      BusinessCalendar c = r.scenario().spec().build();
      BusinessCalendar d = r.other().build();
      BusinessCalendar other = BusinessCalendar.alwaysOpen(ZoneId.of("America/New_York"));
      LocalDate date = r.scenario().t().atZone(c.zone()).toLocalDate();
      assertEquals(c.union(other), d.union(other));
      assertEquals(c.union(other).hashCode(), d.union(other).hashCode());
      assertEquals(other.intersection(c), other.intersection(d));
      assertEquals(c.complement(), d.complement());
      assertEquals(c.complement().hashCode(), d.complement().hashCode());
      assertEquals(c.replacedFrom(date, other), d.replacedFrom(date, other));
      assertEquals(other.replacedFrom(date, c).hashCode(), other.replacedFrom(date, d).hashCode());
    });
  }

  @Test
  void calendarsThatOpenDifferentlyAreUnequal() {
    Laws.qt(Laws.PAIR_EXAMPLES).forAll(Pair.gen()).checkAssert(p -> {
      BusinessCalendar x = p.first().build();
      BusinessCalendar y = p.second().build();
      if (!x.openIntervals(p.range()).equals(y.openIntervals(p.range()))
          || !x.zone().equals(y.zone())) {
        assertNotEquals(x, y);
        assertNotEquals(x.complement(), y.complement());
      }
    });
  }
}
