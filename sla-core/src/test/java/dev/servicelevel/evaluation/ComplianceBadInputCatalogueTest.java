package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.availability;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.measurement;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.Interval;

/**
 * Bad input to the compliance values and accumulators: each case the input, the exact exception
 * type and the words its message must contain.
 */
class ComplianceBadInputCatalogueTest {

  static final Instant T0 = utc("2025-06-02T00:00");
  static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  static final BigDecimal HUGE = new BigDecimal("1E+999999999");
  static final BigDecimal TINY = new BigDecimal("1E-999999999");
  static final Interval MINUTE = Interval.of(T0, Duration.ofMinutes(1));
  static final AvailabilityTarget AVAIL = availability("99.9").build();
  static final MeasurementTarget P95 =
      measurement(Indicator.percentile(dec("95")), Comparison.LESS_OR_EQUAL, "300").build();
  static final MeasurementTarget RATIO =
      measurement(Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "99").build();
  static final String DECIMAL_RULE = "at most 18 digits after the point";

  static Arguments c(
      String name, Class<? extends Throwable> type, Executable code, String... words) {
    return Arguments.of(Named.of(name, code), type, List.of(words));
  }

  static MeasurementAccumulator p95() {
    return MeasurementAccumulator.of(P95, ALWAYS_UTC, JUNE, AFTER_JUNE);
  }

  static MeasurementAccumulator ratio() {
    return MeasurementAccumulator.of(RATIO, ALWAYS_UTC, JUNE, AFTER_JUNE);
  }

  static Outage.Builder outage() {
    return Outage.builder().id("INC-1").service("shop").interval(MINUTE);
  }

  static Stream<Arguments> catalogue() {
    Class<IllegalArgumentException> iae = IllegalArgumentException.class;
    Class<NullPointerException> npe = NullPointerException.class;
    Class<DateTimeException> dte = DateTimeException.class;
    Interval fiveCenturies =
        Interval.of(Instant.parse("1900-01-01T00:00:00Z"), Instant.parse("2400-01-01T00:00:00Z"));
    return Stream.of(
        // samples
        c("sample 1E+999999999", iae, () -> Sample.of(T0, HUGE), "Sample value", DECIMAL_RULE,
            "1E+999999999"),
        c("sample 1E-999999999", iae, () -> Sample.of(T0, TINY), "Sample value", DECIMAL_RULE,
            "1E-999999999"),
        c("sample 10^18", iae, () -> Sample.of(T0, new BigDecimal("1E+18")), "Sample value",
            "below 10^18"),
        c("sample of null instant", npe, () -> Sample.of(null, BigDecimal.ONE), "at"),
        c("sample of null value", npe, () -> Sample.of(T0, null), "value"),
        c("accumulator add 1E+999999999", iae, () -> p95().add(T0, HUGE), "Sample value",
            DECIMAL_RULE),
        c("accumulator add 1E-999999999", iae, () -> p95().add(T0, TINY), "Sample value",
            DECIMAL_RULE),
        c("accumulator add null value", npe, () -> p95().add(T0, null), "value"),
        c("accumulator add null instant", npe, () -> p95().add(null, BigDecimal.ONE), "at"),
        c("accumulator add null sample", npe, () -> p95().add((Sample) null), "sample"),
        c("sample to a ratio target", iae, () -> ratio().add(T0, BigDecimal.ONE),
            "Target takes event counts, not samples", "latency"),
        c("count to a percentile target", iae, () -> p95().add(EventCount.of(MINUTE, 1, 1)),
            "Target takes samples, not event counts"),
        // outages
        c("outage impact 1E-999999999", iae, () -> outage().impact(TINY).build(),
            "Outage INC-1 impact", DECIMAL_RULE, "1E-999999999"),
        c("outage impact 1E+999999999", iae, () -> outage().impact(HUGE).build(),
            "Outage INC-1 impact", DECIMAL_RULE),
        c("outage impact 0", iae, () -> outage().impact(BigDecimal.ZERO).build(),
            "Outage impact must be more than 0 and at most 1", "INC-1", "0"),
        c("outage impact 1.5", iae, () -> outage().impact(dec("1.5")).build(),
            "Outage impact must be more than 0 and at most 1", "1.5"),
        c("outage blank id", iae, () -> Outage.of(" ", "shop", MINUTE), "Outage id must not be blank"),
        c("outage empty interval", iae,
            () -> Outage.of("INC-1", "shop", Interval.of(T0, Duration.ZERO)),
            "Outage interval must not be empty"),
        c("outage null", npe,
            () -> AvailabilityAccumulator.of(AVAIL, ALWAYS_UTC, JUNE, AFTER_JUNE).add(null),
            "outage"),
        // event counts
        c("count of null interval", npe, () -> EventCount.of(null, 1, 1), "interval"),
        c("count above total", iae, () -> EventCount.of(MINUTE, 2, 1),
            "Event count must have 0 <= counted <= total", "counted 2, total 1"),
        c("count negative", iae, () -> EventCount.of(MINUTE, -1, 1),
            "Event count must have 0 <= counted <= total", "-1"),
        c("count unbounded", iae, () -> EventCount.of(Interval.startingAt(T0), 0, 0),
            "Event count interval must be bounded"),
        c("ratio totals beyond long", iae,
            () -> ratio()
                .add(EventCount.of(MINUTE, 0, Long.MAX_VALUE))
                .add(EventCount.of(MINUTE, 0, 1)),
            "Total events must stay at most 9223372036854775807",
            "9223372036854775807 + 1"),
        c("timeslice totals beyond long", iae,
            () -> MeasurementAccumulator.of(
                    measurement(
                        Indicator.timeslices(
                            Duration.ofMinutes(1), Comparison.GREATER_OR_EQUAL, dec("99")),
                        Comparison.GREATER_OR_EQUAL,
                        "99").build(),
                    ALWAYS_UTC, JUNE, AFTER_JUNE)
                .add(EventCount.of(MINUTE, Long.MAX_VALUE, Long.MAX_VALUE))
                .add(EventCount.of(MINUTE, 1, 1)),
            "Counted events must stay at most 9223372036854775807"),
        c("1 ns slices over 500 years", iae,
            () -> MeasurementAccumulator.of(
                measurement(
                    Indicator.timeslices(
                        Duration.ofNanos(1), Comparison.GREATER_OR_EQUAL, dec("99")),
                    Comparison.GREATER_OR_EQUAL,
                    "99").build(),
                ALWAYS_UTC, PeriodRange.of("five centuries", fiveCenturies), AFTER_JUNE),
            "A period can have at most 9223372036854775807 time slices",
            "five centuries has 15778454400000000000 slices of PT0.000000001S"),
        // indicators
        c("percentile 1E-999999999", iae, () -> Indicator.percentile(TINY), "Percentile",
            DECIMAL_RULE),
        c("percentile 0", iae, () -> Indicator.percentile(BigDecimal.ZERO),
            "Percentile must be more than 0 and at most 100 %"),
        c("threshold 1E+999999999", iae,
            () -> Indicator.samplesMeeting(Comparison.LESS_OR_EQUAL, HUGE),
            "Indicator threshold", DECIMAL_RULE),
        // periods and instants
        c("period from 1800", dte,
            () -> PeriodRange.of(
                "old", Interval.of(Instant.parse("1800-01-01T00:00:00Z"), Duration.ofDays(1))),
            "Period start must be within 1900-01-01T00:00:00Z and 2400-01-01T00:00:00Z",
            "1800-01-01T00:00:00Z"),
        c("period to 2500", dte,
            () -> PeriodRange.of(
                "late", Interval.of(T0, Instant.parse("2500-01-01T00:00:00Z"))),
            "Period end must be within", "2500-01-01T00:00:00Z"),
        c("period to Instant.MAX (unbounded)", iae,
            () -> PeriodRange.of("forever", Interval.of(T0, Instant.MAX)),
            "Period must be bounded and not empty", "forever"),
        c("period blank label", iae, () -> PeriodRange.of(" ", MINUTE),
            "Period label must not be blank"),
        c("period null label", npe, () -> PeriodRange.of(null, MINUTE), "label"),
        c("period null interval", npe, () -> PeriodRange.of("x", null), "interval"),
        c("availability asOf Instant.MAX", dte,
            () -> AvailabilityAccumulator.of(AVAIL, ALWAYS_UTC, JUNE, Instant.MAX),
            "asOf must be within 1900-01-01T00:00:00Z and 2400-01-01T00:00:00Z",
            "+1000000000-12-31T23:59:59.999999999Z"),
        c("measurement asOf Instant.MIN", dte,
            () -> MeasurementAccumulator.of(P95, ALWAYS_UTC, JUNE, Instant.MIN),
            "asOf must be within", "-1000000000-01-01T00:00:00Z"),
        c("availability null target", npe,
            () -> AvailabilityAccumulator.of(null, ALWAYS_UTC, JUNE, AFTER_JUNE), "target"),
        c("measurement null calendar", npe,
            () -> MeasurementAccumulator.of(P95, null, JUNE, AFTER_JUNE), "calendar"),
        c("measurement null period", npe,
            () -> MeasurementAccumulator.of(P95, ALWAYS_UTC, null, AFTER_JUNE), "period"),
        c("merge of another target", iae,
            () -> p95().merge(
                MeasurementAccumulator.of(
                    measurement(Indicator.percentile(dec("99")), Comparison.LESS_OR_EQUAL, "300")
                        .build(),
                    ALWAYS_UTC, JUNE, AFTER_JUNE)),
            "Only accumulators of the same target"),
        c("merge null", npe, () -> p95().merge(null), "other"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void rejected(Executable code, Class<? extends Throwable> type, List<String> words) {
    Throwable e = assertThrows(type, code);
    assertTrue(type == e.getClass(), () -> "thrown " + e.getClass() + ": " + e.getMessage());
    for (String w : words) {
      assertTrue(
          e.getMessage() != null && e.getMessage().contains(w),
          () -> "message lacks '" + w + "': " + e.getMessage());
    }
  }
}
