package dev.servicelevel.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.Limits;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.AvailabilityAccumulator;
import dev.servicelevel.evaluation.ComplianceStatus;
import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.MeasurementAccumulator;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.TargetResult;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.threeten.extra.Interval;

/**
 * Robustness of availability and measurement evaluation on generated inputs, extreme ones
 * included (periods at the edges of the supported range and 500 years long, evaluation instants
 * beyond it, decimals of extreme magnitude and scale, impacts of 10^-18, event counts up to
 * {@code Long.MAX_VALUE}, time slices of a nanosecond): building the inputs, accumulating,
 * merging and taking the result return or throw only the documented exception types
 * (IllegalArgumentException, DateTimeException) with a message; availability stays within
 * [0, 100]; the status follows the verdict table of {@link ComplianceStatus}; and merging two
 * halves gives the result of accumulating all records in one.
 */
class ComplianceRobustnessPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("servicelevel.examples", 300);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** A generated period with an evaluation instant. */
  record Frame(PeriodRange period, Instant asOf) {}

  /** A generated availability case; bad records are kept as the suppliers that build them. */
  record AvailabilityCase(AvailabilityTarget target, Frame frame, List<Supplier<Outage>> outages) {
    @Override
    public String toString() {
      return "AvailabilityCase[" + target + ", " + frame + ", " + outages.size() + " outages]";
    }
  }

  /** A generated measurement case. */
  record MeasurementCase(
      MeasurementTarget target, Frame frame, List<Supplier<Sample>> samples,
      List<Supplier<EventCount>> counts) {
    @Override
    public String toString() {
      return "MeasurementCase[" + target + ", " + frame + ", " + samples.size() + " samples, "
          + counts.size() + " counts]";
    }
  }

  // ---- generators ------------------------------------------------------------------------

  private static Frame frame(RandomGenerator r) {
    PeriodRange period;
    switch (r.nextInt(5)) {
      case 0:
        period = month(LocalDate.of(1900, 1, 1));
        break;
      case 1:
        period = month(LocalDate.of(2399, 12, 1));
        break;
      case 2:
        // the whole supported range: 500 years
        period = PeriodRange.of("all", Interval.of(Limits.EARLIEST, Limits.LATEST));
        break;
      default:
        period = month(LocalDate.of(1900 + r.nextInt(500), 1 + r.nextInt(12), 1));
    }
    Instant asOf;
    switch (r.nextInt(8)) {
      case 0:
        asOf = Instant.MAX;
        break;
      case 1:
        asOf = Limits.LATEST.plusNanos(1 + r.nextInt(1000));
        break;
      case 2:
        asOf = Limits.EARLIEST.minusNanos(1 + r.nextInt(1000));
        break;
      case 3:
        asOf = Limits.LATEST;
        break;
      case 4:
        asOf = period.start();
        break;
      default:
        asOf = within(r, period);
    }
    return new Frame(period, asOf);
  }

  private static PeriodRange month(LocalDate first) {
    return PeriodRange.of(ReportingPeriod.calendarMonth(), first, ZoneOffset.UTC);
  }

  /** An instant within a period, or at its end. */
  private static Instant within(RandomGenerator r, PeriodRange period) {
    Duration length = Duration.between(period.start(), period.end());
    long seconds = r.nextLong(length.getSeconds() + 1);
    Instant t = period.start().plusSeconds(seconds).plusNanos(r.nextInt(1_000_000_000));
    return t.isAfter(period.end()) ? period.end() : t;
  }

  /** A decimal: ordinary, at the edges of the accepted bounds, or far beyond them. */
  private static BigDecimal decimal(RandomGenerator r) {
    switch (r.nextInt(10)) {
      case 0:
        return new BigDecimal("1E+999999999");
      case 1:
        return new BigDecimal("1E-999999999");
      case 2:
        return new BigDecimal("999999999999999999.999999999999999999");
      case 3:
        return new BigDecimal("-999999999999999999.999999999999999999");
      case 4:
        return new BigDecimal("1E-18");
      case 5:
        return BigDecimal.valueOf(r.nextLong(), r.nextInt(40) - 20);
      default:
        return BigDecimal.valueOf(r.nextInt(100_000), r.nextInt(4));
    }
  }

  /** An outage impact: usually valid, sometimes zero, negative, above 1 or of extreme scale. */
  private static BigDecimal impact(RandomGenerator r) {
    switch (r.nextInt(10)) {
      case 0:
        return new BigDecimal("1E-999999999");
      case 1:
        return new BigDecimal("1E-18");
      case 2:
        return BigDecimal.ZERO;
      case 3:
        return new BigDecimal("1.000000000000000001");
      case 4:
        return BigDecimal.valueOf(1 + r.nextInt(999), 3);
      default:
        return BigDecimal.ONE;
    }
  }

  private static Supplier<Outage> outage(RandomGenerator r, PeriodRange period, int n) {
    Instant a = within(r, period);
    Instant b;
    switch (r.nextInt(4)) {
      case 0:
        b = a.plusNanos(1);
        break;
      case 1:
        b = period.end();
        break;
      default:
        b = within(r, period);
    }
    Instant from = a.isBefore(b) ? a : b;
    Instant to = a.isBefore(b) ? b : a;
    BigDecimal impact = impact(r);
    return () ->
        Outage.builder()
            .id("O-" + n)
            .service("shop")
            .interval(Interval.of(from, to))
            .impact(impact)
            .build();
  }

  private static AvailabilityCase availability(RandomGenerator r) {
    BigDecimal minimum =
        r.nextInt(4) == 0 ? HUNDRED : BigDecimal.valueOf(1 + r.nextInt(99_999), 3);
    AvailabilityTarget target =
        AvailabilityTarget.builder()
            .id("uptime")
            .service("shop")
            .window("all")
            .minimum(minimum)
            .build();
    Frame frame = frame(r);
    List<Supplier<Outage>> outages = new ArrayList<>();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      outages.add(outage(r, frame.period(), i));
    }
    return new AvailabilityCase(target, frame, outages);
  }

  private static Comparison comparison(RandomGenerator r) {
    return Comparison.values()[r.nextInt(Comparison.values().length)];
  }

  private static BigDecimal percent(RandomGenerator r) {
    switch (r.nextInt(5)) {
      case 0:
        return HUNDRED;
      case 1:
        return BigDecimal.ZERO;
      case 2:
        return new BigDecimal("99.999999999999999999");
      default:
        return BigDecimal.valueOf(r.nextInt(10_001), 2);
    }
  }

  private static Indicator indicator(RandomGenerator r) {
    switch (r.nextInt(7)) {
      case 0:
        return Indicator.percentile(
            r.nextInt(3) == 0 ? HUNDRED : BigDecimal.valueOf(1 + r.nextInt(9_999), 2));
      case 1:
        return Indicator.mean();
      case 2:
        return Indicator.max();
      case 3:
        return Indicator.samplesMeeting(comparison(r), BigDecimal.valueOf(r.nextInt(1000)));
      case 4:
        return Indicator.ratio();
      default:
        {
          Duration[] slices = {
            Duration.ofNanos(1), Duration.ofMillis(1), Duration.ofMinutes(1), Duration.ofHours(1)
          };
          return Indicator.timeslices(
              slices[r.nextInt(slices.length)], comparison(r), percent(r));
        }
    }
  }

  private static MeasurementCase measurement(RandomGenerator r) {
    Indicator indicator = indicator(r);
    BigDecimal objective = indicator.isPercentage() ? percent(r) : decimal(r);
    if (!Limits.isBounded(objective)) {
      objective = BigDecimal.valueOf(r.nextInt(1000));
    }
    MeasurementTarget target =
        MeasurementTarget.builder()
            .id("latency")
            .service("shop")
            .window("all")
            .indicator(indicator)
            .comparison(comparison(r))
            .objective(objective)
            .build();
    Frame frame = frame(r);
    List<Supplier<Sample>> samples = new ArrayList<>();
    List<Supplier<EventCount>> counts = new ArrayList<>();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      Instant at = within(r, frame.period());
      if (indicator.kind() == Indicator.Kind.RATIO || indicator.isSliced()) {
        long total =
            r.nextInt(4) == 0 ? Long.MAX_VALUE - r.nextInt(2) : (long) r.nextInt(10_000);
        long counted = total == 0 ? 0 : r.nextLong(0, total) + (r.nextBoolean() ? 1 : 0);
        Instant end = at.plusSeconds(r.nextInt(60));
        counts.add(() -> EventCount.of(Interval.of(at, end), counted, total));
      } else {
        BigDecimal value = decimal(r);
        samples.add(() -> Sample.of(at, value));
      }
    }
    return new MeasurementCase(target, frame, samples, counts);
  }

  // ---- checks ----------------------------------------------------------------------------

  /**
   * Runs an action, returning empty when it throws a documented exception with a message and
   * failing on anything else (an Error, an ArithmeticException, a message-less exception).
   */
  private static <T> Optional<T> documented(Supplier<T> action) {
    try {
      return Optional.of(action.get());
    } catch (IllegalArgumentException | DateTimeException e) {
      assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), e::toString);
      return Optional.empty();
    } catch (ArithmeticException e) {
      return fail("raw ArithmeticException", e);
    }
  }

  /** Checks the verdict table and the bounds of a result. */
  private static void checkResult(TargetResult r, Frame f, boolean isAvailability) {
    boolean finished = !f.asOf().isBefore(f.period().end());
    ComplianceStatus s = r.status();
    assertEquals(finished, r.isComplete(), r::toString);
    if (finished) {
      assertNotEquals(ComplianceStatus.ON_TRACK, s, r::toString);
      assertNotEquals(ComplianceStatus.AT_RISK, s, r::toString);
    } else {
      assertNotEquals(ComplianceStatus.MET, s, r::toString);
    }
    assertEquals(s == ComplianceStatus.MET || s == ComplianceStatus.ON_TRACK, s.isMet());
    if (r.isBudgetLow()) {
      assertTrue(s.isMet(), r::toString);
    }
    if (isAvailability) {
      r.achieved()
          .ifPresent(
              a -> {
                assertTrue(a.signum() >= 0, r::toString);
                assertTrue(a.compareTo(HUNDRED) <= 0, r::toString);
              });
    }
    if (s == ComplianceStatus.NO_DATA) {
      assertFalse(s.isMet());
      assertEquals(Optional.empty(), r.achieved(), r::toString);
    }
  }

  /** The outcome that must agree between one accumulator and two merged ones. */
  private static String outcome(TargetResult r) {
    return r.status() + " " + r.achieved() + " " + r.isBudgetLow() + " " + r.budget();
  }

  // ---- properties ------------------------------------------------------------------------

  private static Gen<AvailabilityCase> availabilityCases() {
    return QuickTheoriesGens.of(ComplianceRobustnessPropertiesTest::availability);
  }

  private static Gen<MeasurementCase> measurementCases() {
    return QuickTheoriesGens.of(ComplianceRobustnessPropertiesTest::measurement);
  }

  @Test
  void availabilityReturnsAResultWithinBoundsOrThrowsOnlyDocumentedExceptions() {
    BusinessCalendar calendar = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    qt().withExamples(EXAMPLES)
        .forAll(availabilityCases())
        .checkAssert(
            c -> {
              Frame f = c.frame();
              List<Outage> valid = new ArrayList<>();
              for (Supplier<Outage> o : c.outages()) {
                documented(o).ifPresent(valid::add);
              }
              Supplier<AvailabilityAccumulator> fresh =
                  () -> AvailabilityAccumulator.of(c.target(), calendar, f.period(), f.asOf());
              Optional<AvailabilityAccumulator> all = documented(fresh);
              if (all.isEmpty()) {
                assertTrue(
                    f.asOf().isAfter(Limits.LATEST) || f.asOf().isBefore(Limits.EARLIEST),
                    c::toString);
                return;
              }
              Optional<TargetResult> one =
                  documented(() -> all.get().addAll(valid).result());
              one.ifPresent(r -> checkResult(r, f, true));
              // merging two halves gives the same outcome
              AvailabilityAccumulator left = fresh.get();
              AvailabilityAccumulator right = fresh.get();
              for (int i = 0; i < valid.size(); i++) {
                (i % 2 == 0 ? left : right).add(valid.get(i));
              }
              Optional<TargetResult> merged = documented(() -> left.merge(right).result());
              assertEquals(one.map(r -> outcome(r)), merged.map(r -> outcome(r)), c::toString);
            });
  }

  @Test
  void measurementReturnsAResultOrThrowsOnlyDocumentedExceptions() {
    BusinessCalendar calendar = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    qt().withExamples(EXAMPLES)
        .forAll(measurementCases())
        .checkAssert(
            c -> {
              Frame f = c.frame();
              List<Sample> samples = new ArrayList<>();
              for (Supplier<Sample> s : c.samples()) {
                documented(s).ifPresent(samples::add);
              }
              List<EventCount> counts = new ArrayList<>();
              for (Supplier<EventCount> e : c.counts()) {
                documented(e).ifPresent(counts::add);
              }
              Supplier<MeasurementAccumulator> fresh =
                  () -> MeasurementAccumulator.of(c.target(), calendar, f.period(), f.asOf());
              Optional<MeasurementAccumulator> all = documented(fresh);
              if (all.isEmpty()) {
                return;
              }
              Optional<TargetResult> one =
                  documented(
                      () -> all.get().addSamples(samples).addCounts(counts).result());
              one.ifPresent(r -> checkResult(r, f, false));
              if (one.isEmpty()) {
                return;
              }
              MeasurementAccumulator left = fresh.get();
              MeasurementAccumulator right = fresh.get();
              for (int i = 0; i < samples.size(); i++) {
                (i % 2 == 0 ? left : right).add(samples.get(i));
              }
              for (int i = 0; i < counts.size(); i++) {
                (i % 2 == 0 ? left : right).add(counts.get(i));
              }
              TargetResult merged = left.merge(right).result();
              assertEquals(outcome(one.get()), outcome(merged), c::toString);
            });
  }

  // ---- a running breach is certain --------------------------------------------------------

  /** An instant after the cutoff and before the end of a running period. */
  private static Instant future(Frame f, int i) {
    Instant from = f.period().cutoff(f.asOf());
    Duration left = Duration.between(from, f.period().end());
    return from.plus(left.multipliedBy(i + 1L).dividedBy(ideal() + 2L));
  }

  private static int ideal() {
    return 50;
  }

  /** A value that meets a comparison with a bound, or fails it. */
  private static BigDecimal meeting(Comparison c, BigDecimal bound, boolean meets) {
    boolean up = c.isHigherBetter() == meets;
    return up ? bound.add(BigDecimal.ONE) : bound.subtract(BigDecimal.ONE);
  }

  /** The records that help a measurement target most, after the cutoff. */
  private static void addIdeal(MeasurementAccumulator acc, MeasurementCase c) {
    Frame f = c.frame();
    MeasurementTarget t = c.target();
    Indicator indicator = t.indicator();
    boolean higherBetter = t.comparison().isHigherBetter();
    for (int i = 0; i < ideal(); i++) {
      Instant at = future(f, i);
      switch (indicator.kind()) {
        case TIMESLICES:
        case RATIO_TIMESLICES:
          // the future slices are bounded: their rule is checked by the example tests
          return;
        case RATIO:
          acc.add(EventCount.of(Interval.of(at, at.plusNanos(1)), higherBetter ? 1000 : 0, 1000));
          break;
        case OCCURRENCES:
          {
            BigDecimal v =
                meeting(
                    indicator.goodComparison().orElseThrow(),
                    indicator.goodThreshold().orElseThrow(),
                    higherBetter);
            documented(() -> Sample.of(at, v)).ifPresent(acc::add);
            break;
          }
        default:
          documented(() -> Sample.of(at, meeting(t.comparison(), t.objective(), true)))
              .ifPresent(acc::add);
      }
    }
  }

  @Test
  void aRunningBreachStaysBreachedWhateverComesLater() {
    BusinessCalendar calendar = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);
    qt().withExamples(EXAMPLES)
        .forAll(availabilityCases())
        .checkAssert(
            c -> {
              Frame f = c.frame();
              if (!inRange(f.asOf()) || !f.asOf().isBefore(f.period().end())) {
                return;
              }
              List<Outage> valid = new ArrayList<>();
              for (Supplier<Outage> o : c.outages()) {
                documented(o).ifPresent(valid::add);
              }
              List<Outage> soFar = new ArrayList<>();
              for (Outage o : valid) {
                if (o.interval().getEnd().isBefore(f.asOf())) {
                  soFar.add(o);
                }
              }
              TargetResult running =
                  AvailabilityAccumulator.of(c.target(), calendar, f.period(), f.asOf())
                      .addAll(soFar)
                      .result();
              if (running.status() != ComplianceStatus.BREACHED) {
                return;
              }
              // no further outage: the best the rest of the period can do
              TargetResult finished =
                  AvailabilityAccumulator.of(c.target(), calendar, f.period(), f.period().end())
                      .addAll(soFar)
                      .result();
              assertEquals(ComplianceStatus.BREACHED, finished.status(), c::toString);
            });
    qt().withExamples(EXAMPLES)
        .forAll(measurementCases())
        .checkAssert(
            c -> {
              Frame f = c.frame();
              if (!inRange(f.asOf()) || !f.asOf().isBefore(f.period().end())) {
                return;
              }
              Supplier<MeasurementAccumulator> running =
                  () -> MeasurementAccumulator.of(c.target(), calendar, f.period(), f.asOf());
              if (documented(running).isEmpty()) {
                return;
              }
              MeasurementAccumulator now = running.get();
              MeasurementAccumulator later =
                  MeasurementAccumulator.of(c.target(), calendar, f.period(), f.period().end());
              List<Sample> samples = new ArrayList<>();
              for (Supplier<Sample> s : c.samples()) {
                documented(s).filter(x -> x.at().isBefore(f.asOf())).ifPresent(samples::add);
              }
              List<EventCount> counts = new ArrayList<>();
              for (Supplier<EventCount> e : c.counts()) {
                documented(e)
                    .filter(x -> x.interval().getEnd().isBefore(f.asOf()))
                    .ifPresent(counts::add);
              }
              if (documented(() -> later.addSamples(samples).addCounts(counts)).isEmpty()) {
                // event totals beyond long: rejected, nothing to judge
                return;
              }
              now.addSamples(samples).addCounts(counts);
              Optional<TargetResult> before = documented(now::result);
              if (before.isEmpty()
                  || before.get().status() != ComplianceStatus.BREACHED
                  || c.target().indicator().isSliced()) {
                return;
              }
              if (documented(() -> {
                addIdeal(later, c);
                return later;
              }).isEmpty()) {
                return;
              }
              assertEquals(ComplianceStatus.BREACHED, later.result().status(), c::toString);
            });
  }

  private static boolean inRange(Instant t) {
    return !t.isBefore(Limits.EARLIEST) && !t.isAfter(Limits.LATEST);
  }
}
