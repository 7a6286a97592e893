package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.calendar.ObservedShift;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;
import org.threeten.extra.Interval;

/** The generators: determinism, bounds, and the weight they give to edge cases. */
class GeneratorsTest {

  private static final int SAMPLES = 2000;
  private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2400-01-01T00:00:00Z");

  private static List<CalendarSpec> sampleSpecs(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<CalendarSpec> specs = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      specs.add(CalendarGenerators.specs().sample(random));
    }
    return specs;
  }

  private static <T> double share(List<T> values, Predicate<T> test) {
    return values.stream().filter(test).count() / (double) values.size();
  }

  private static boolean overnight(CalendarSpec.WeeklyHours h) {
    return h.end().isBefore(h.start());
  }

  private static boolean isAlwaysOpen(CalendarSpec spec) {
    Set<DayOfWeek> fullDays = new HashSet<>();
    for (CalendarSpec.WeeklyHours h : spec.weeklyHours()) {
      if (h.start().equals(LocalTime.MIDNIGHT) && h.end().equals(LocalTime.MIDNIGHT)) {
        fullDays.add(h.day());
      }
    }
    return fullDays.size() == 7;
  }

  private static Set<LocalDate> transitionDates(ZoneId zone, int year) {
    Set<LocalDate> dates = new HashSet<>();
    for (ZoneOffsetTransition t : TimeGenerators.transitionsIn(zone, year)) {
      dates.add(t.getDateTimeBefore().toLocalDate());
    }
    return dates;
  }

  // ---- determinism and bounds ----------------------------------------------------------------

  @Test
  void specs_areTheSameForTheSameSeed() {
    assertEquals(sampleSpecs(11).subList(0, 50), sampleSpecs(11).subList(0, 50));
    assertNotEquals(sampleSpecs(11).subList(0, 50), sampleSpecs(12).subList(0, 50));
  }

  @Test
  void specs_useWholeSecondTimesAndClosuresThatEndAfterTheyStart() {
    for (CalendarSpec spec : sampleSpecs(1)) {
      for (CalendarSpec.WeeklyHours h : spec.weeklyHours()) {
        assertEquals(0, h.start().getNano() + h.end().getNano(), spec::toString);
      }
      for (CalendarSpec.DateHours h : spec.hoursOn()) {
        assertEquals(0, h.start().getNano() + h.end().getNano(), spec::toString);
      }
      for (CalendarSpec.Closure c : spec.closures()) {
        assertTrue(c.end().isAfter(c.start()), spec::toString);
      }
    }
  }

  @Test
  void instants_stayInsideTheSupportedRangeAndSometimesReachItsEnds() {
    SplittableRandom random = new SplittableRandom(2);
    List<Instant> instants = new ArrayList<>();
    for (CalendarSpec spec : sampleSpecs(2)) {
      instants.add(TimeGenerators.instantsAround(spec).sample(random));
      Interval range = TimeGenerators.intervalsAround(spec).sample(random);
      instants.add(range.getStart());
      instants.add(range.getEnd());
    }
    assertEquals(0.0, share(instants, t -> t.isBefore(EARLIEST) || t.isAfter(LATEST)));
    double edges = share(instants, t -> t.equals(EARLIEST) || t.equals(LATEST));
    assertTrue(edges > 0.0005 && edges < 0.01, "share at the ends " + edges);
  }

  @Test
  void durations_areNeverNegativeAndOftenZero() {
    SplittableRandom random = new SplittableRandom(3);
    List<Duration> durations = new ArrayList<>();
    for (CalendarSpec spec : sampleSpecs(3)) {
      durations.add(TimeGenerators.durationsFor(spec).sample(random));
      durations.add(TimeGenerators.durations().sample(random));
    }
    assertEquals(0.0, share(durations, Duration::isNegative));
    assertTrue(share(durations, Duration::isZero) > 0.10);
    assertTrue(share(durations, d -> d.getNano() != 0) > 0.03);
  }

  @Test
  void intervals_areOrderedAndSometimesEmpty() {
    SplittableRandom random = new SplittableRandom(4);
    List<Interval> ranges = new ArrayList<>();
    for (CalendarSpec spec : sampleSpecs(4)) {
      ranges.add(TimeGenerators.intervalsAround(spec).sample(random));
    }
    assertTrue(share(ranges, Interval::isEmpty) > 0.05);
    assertTrue(share(ranges, r -> !r.isEmpty()) > 0.8);
  }

  // ---- edge-case weights ---------------------------------------------------------------------

  @Test
  void specs_includeEmptyAlwaysOpenOvernightAndFullDayCalendars() {
    List<CalendarSpec> specs = sampleSpecs(5);
    assertTrue(share(specs, s -> s.weeklyHours().isEmpty()) > 0.03);
    assertTrue(share(specs, GeneratorsTest::isAlwaysOpen) > 0.03);
    assertTrue(share(specs, s -> s.weeklyHours().stream().anyMatch(GeneratorsTest::overnight)) > 0.25);
    assertTrue(share(specs, s -> s.weeklyHours().stream().anyMatch(h -> h.start().equals(h.end()))) > 0.08);
  }

  @Test
  void specs_drawEveryEdgeZoneOften() {
    List<CalendarSpec> specs = sampleSpecs(6);
    for (ZoneId zone : CalendarGenerators.EDGE_ZONES) {
      assertTrue(share(specs, s -> s.zone().equals(zone)) > 0.05, zone::toString);
    }
    assertTrue(share(specs, s -> !CalendarGenerators.EDGE_ZONES.contains(s.zone())) > 0.05);
  }

  @Test
  void specs_placeDatedPartsOnDstDaysAndApiasSkippedDay() {
    List<CalendarSpec> specs = sampleSpecs(7);
    assertTrue(
        share(specs, s -> s.hoursOn().stream()
            .anyMatch(h -> transitionDates(s.zone(), h.date().getYear()).contains(h.date()))) > 0.05);
    assertTrue(
        share(specs, s -> s.zone().getId().equals("Pacific/Apia")
            && s.hoursOn().stream().anyMatch(h -> h.date().getYear() == 2011)) > 0.002);
  }

  @Test
  void specs_includeHolidaysOfEveryShiftAndOverridesOnHolidays() {
    List<CalendarSpec> specs = sampleSpecs(8);
    for (ObservedShift shift : ObservedShift.values()) {
      assertTrue(share(specs, s -> s.holidayRules().stream().anyMatch(r -> r.shift() == shift)) > 0.05,
          shift::toString);
    }
    assertTrue(share(specs, s -> s.hoursOn().stream().anyMatch(h -> s.holidayDates().contains(h.date()))) > 0.02);
    assertTrue(share(specs, s -> !s.closures().isEmpty()) > 0.3);
  }

  @Test
  void specs_focusMostlyOn2000To2030AndSometimesFarAway() {
    List<CalendarSpec> specs = sampleSpecs(9);
    Predicate<LocalDate> far = d -> d.getYear() < 1990 || d.getYear() >= 2300;
    Predicate<CalendarSpec> dated =
        s -> !s.holidayDates().isEmpty() || !s.hoursOn().isEmpty() || !s.closures().isEmpty();
    List<CalendarSpec> withDates = specs.stream().filter(dated).toList();
    double farShare = share(withDates, s -> s.holidayDates().stream().anyMatch(far)
        || s.hoursOn().stream().anyMatch(h -> far.test(h.date()))
        || s.closures().stream().anyMatch(c -> far.test(c.start().toLocalDate())));
    assertTrue(farShare > 0.05 && farShare < 0.3, () -> "far share " + farShare);
  }

  @Test
  void instantsAround_hitNamedBoundariesAndTransitions() {
    SplittableRandom random = new SplittableRandom(10);
    List<Boolean> onBoundary = new ArrayList<>();
    List<Boolean> nearTransition = new ArrayList<>();
    List<Boolean> far = new ArrayList<>();
    for (CalendarSpec spec : sampleSpecs(10)) {
      Instant t = TimeGenerators.instantsAround(spec).sample(random);
      ZonedDateTime local = t.atZone(spec.zone());
      Set<LocalTime> times = new HashSet<>();
      spec.weeklyHours().forEach(h -> { times.add(h.start()); times.add(h.end()); });
      onBoundary.add(times.contains(local.toLocalTime()));
      ZoneOffsetTransition next = spec.zone().getRules().nextTransition(t.minusSeconds(86_400 * 3));
      nearTransition.add(next != null && Duration.between(t, next.getInstant()).abs().toDays() < 3);
      far.add(local.getYear() < 1990 || local.getYear() >= 2300);
    }
    assertTrue(share(onBoundary, b -> b) > 0.15);
    assertTrue(share(nearTransition, b -> b) > 0.15);
    assertTrue(share(far, b -> b) > 0.02);
  }

  // ---- equivalent specs -----------------------------------------------------------------------

  @Test
  void equivalentSpecs_describeTheSameOpenTime() {
    SplittableRandom random = new SplittableRandom(13);
    int rewritten = 0;
    for (CalendarSpec spec : sampleSpecs(13).subList(0, 150)) {
      CalendarSpec other = CalendarGenerators.equivalentSpecs(spec).sample(random);
      if (!other.equals(spec)) {
        rewritten++;
      }
      Interval range = TimeGenerators.intervalsAround(spec).sample(random);
      assertEquals(
          Duration.ZERO,
          NaiveCalendar.of(spec).between(range.getStart(), range.getEnd())
              .minus(NaiveCalendar.of(other).between(range.getStart(), range.getEnd())),
          () -> spec + "\nrewritten as " + other + "\nin " + range);
      assertEquals(
          NaiveCalendar.of(spec).openIntervals(range).size(),
          NaiveCalendar.of(other).openIntervals(range).size(),
          () -> spec + "\nrewritten as " + other + "\nin " + range);
    }
    assertTrue(rewritten > 75, "rewritten " + rewritten);
  }

  // ---- randomness -----------------------------------------------------------------------------

  @Test
  void randomness_drawsWithinClosedRangeIncludingExtremes() {
    Randomness random = Randomness.of(new SplittableRandom(14));
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      long v = random.nextLong(-1, 1);
      assertTrue(v >= -1 && v <= 1);
      seen.add(v);
      long big = random.nextLong(Long.MAX_VALUE - 1, Long.MAX_VALUE);
      assertTrue(big >= Long.MAX_VALUE - 1);
      random.nextLong(Long.MIN_VALUE, Long.MAX_VALUE);
    }
    assertEquals(Set.of(-1L, 0L, 1L), seen);
    assertEquals(5, random.nextLong(5, 5));
  }

  @Test
  void randomness_rejectsBadArgumentsWithTheValue() {
    Randomness random = Randomness.of(new SplittableRandom(15));
    assertEquals(
        "Range maximum must not be less than its minimum: 3 / 2",
        assertThrows(IllegalArgumentException.class, () -> random.nextLong(3, 2)).getMessage());
    assertEquals(
        "Weights must not be negative: -1",
        assertThrows(IllegalArgumentException.class, () -> random.nextWeighted(1, -1)).getMessage());
    assertEquals(
        "At least one weight must be positive: 2 weights, all zero",
        assertThrows(IllegalArgumentException.class, () -> random.nextWeighted(0, 0)).getMessage());
    assertEquals(
        "Percent must be 0 to 100: 101",
        assertThrows(IllegalArgumentException.class, () -> random.nextPercent(101)).getMessage());
    assertEquals(
        "Cannot draw from an empty list",
        assertThrows(IllegalArgumentException.class, () -> random.nextElement(List.of())).getMessage());
    assertEquals(
        "generator",
        assertThrows(NullPointerException.class, () -> Randomness.of(null)).getMessage());
  }

  @Test
  void nextWeighted_followsTheWeights() {
    Randomness random = Randomness.of(new SplittableRandom(16));
    int[] counts = new int[3];
    for (int i = 0; i < 3000; i++) {
      counts[random.nextWeighted(1, 0, 2)]++;
    }
    assertEquals(0, counts[1]);
    assertTrue(counts[2] > 1.6 * counts[0] && counts[2] < 2.4 * counts[0]);
  }

  @Test
  void nextPercent_isNeverTrueAtZeroAndAlwaysAtHundred() {
    Randomness random = Randomness.of(new SplittableRandom(17));
    for (int i = 0; i < 100; i++) {
      assertFalse(random.nextPercent(0));
      assertTrue(random.nextPercent(100));
    }
  }

  // ---- the QuickTheories adapter --------------------------------------------------------------

  /** A QuickTheories source that draws the allowed value nearest zero, as shrinking does, and records the bounds. */
  private static final class LowestSource implements RandomnessSource {
    final List<Constraint> constraints = new ArrayList<>();

    @Override
    public long next(Constraint constraint) {
      constraints.add(constraint);
      for (long v = 0; v <= 1000; v++) {
        if (constraint.allowed(v)) {
          return v;
        }
      }
      throw new AssertionError("No value from 0 to 1000 allowed");
    }

    @Override
    public DetatchedRandomnessSource detach() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void registerFailedAssumption() {}
  }

  @Test
  void quickTheoriesAdapter_drawsWithTheSameBounds() {
    LowestSource source = new LowestSource();
    long v = CalendarGens.randomness(source).nextLong(-7, 9);
    assertEquals(0, v);
    Constraint c = source.constraints.get(0);
    assertTrue(c.allowed(-7) && c.allowed(9));
    assertFalse(c.allowed(-8) || c.allowed(10));
  }

  @Test
  void quickTheoriesAdapter_lowestDrawsGiveTheSimplestValues() {
    CalendarSpec simplest = CalendarGens.specs().generate(new LowestSource());
    assertEquals(ZoneId.of("UTC"), simplest.zone());
    assertEquals(
        List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
        simplest.weeklyHours().stream().map(CalendarSpec.WeeklyHours::day).toList());
    assertTrue(simplest.holidayDates().isEmpty() && simplest.holidayRules().isEmpty());
    assertTrue(simplest.hoursOn().isEmpty() && simplest.closures().isEmpty());
    assertEquals(TimeGenerators.CENTRE, CalendarGens.instants().generate(new LowestSource()));
    assertEquals(Duration.ZERO, CalendarGens.durations().generate(new LowestSource()));
    assertEquals(LocalDateTime.parse("2024-01-01T00:00"),
        LocalDateTime.ofInstant(CalendarGens.instants().generate(new LowestSource()), ZoneId.of("UTC")));
  }
}
