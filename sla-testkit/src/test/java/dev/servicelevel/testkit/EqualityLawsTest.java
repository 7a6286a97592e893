package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.servicelevel.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Equal definitions give equal calendars, and equal calendars behave alike. */
class EqualityLawsTest {

  /** A scenario with a second spec that describes the same calendar in other words. */
  private record Rewritten(Scenario scenario, CalendarSpec other) {
    static Gen<Rewritten> gen() {
      return CalendarGens.gen(
          Scenario.generator().flatMap(
              s -> CalendarGenerators.equivalentSpecs(s.spec()).map(o -> new Rewritten(s, o))));
    }

    @Override
    public String toString() {
      return scenario + "\nrewritten as " + other;
    }
  }

  @Test
  void equalDefinitionsAreEqual() {
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
