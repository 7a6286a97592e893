package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static dev.servicelevel.agreement.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Indicator.Kind;
import java.time.Duration;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IndicatorTest {

  static Stream<Arguments> indicators() {
    return Stream.of(
        Arguments.of(
            Indicator.samplesMeeting(Comparison.LESS_OR_EQUAL, dec("300")),
            Kind.OCCURRENCES,
            true,
            "share of samples <= 300"),
        Arguments.of(Indicator.percentile(dec("95")), Kind.PERCENTILE, false, "p95"),
        Arguments.of(Indicator.percentile(dec("99.9")), Kind.PERCENTILE, false, "p99.9"),
        Arguments.of(Indicator.mean(), Kind.MEAN, false, "mean"),
        Arguments.of(Indicator.max(), Kind.MAX, false, "max"),
        Arguments.of(Indicator.ratio(), Kind.RATIO, true, "ratio"),
        Arguments.of(
            Indicator.timeslices(
                Duration.ofMinutes(5), Comparison.GREATER_OR_EQUAL, dec("99")),
            Kind.TIMESLICES,
            true,
            "share of PT5M slices with ratio >= 99"));
  }

  @ParameterizedTest
  @MethodSource("indicators")
  void factories_kindPercentageAndText(Indicator i, Kind kind, boolean percentage, String text) {
    assertEquals(kind, i.kind());
    assertEquals(percentage, i.isPercentage());
    assertEquals(text, i.toString());
  }

  @Test
  void ratioTimeslices_holdsSliceAndThreshold() {
    Indicator i =
        Indicator.timeslices(Duration.ofMinutes(1), Comparison.GREATER_THAN, dec("90"));
    assertEquals(Optional.of(Duration.ofMinutes(1)), i.slice());
    assertEquals(Optional.of(Comparison.GREATER_THAN), i.goodComparison());
    assertEquals(Optional.of(dec("90")), i.goodThreshold());
    assertTrue(i.percentile().isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "101"})
  void percentile_mustBeAShare(String p) {
    assertRejected(
        "Percentile must be more than 0 and at most 100 %: " + p,
        () -> Indicator.percentile(dec(p)));
  }

  @Test
  void percentile_hundredIsTheMaximum() {
    assertFalse(Indicator.percentile(dec("100")).isPercentage());
  }

  @Test
  void slice_mustDivideADay() {
    assertRejected(
        "Time slice must divide a day evenly: PT7M",
        () ->
            Indicator.timeslices(
                Duration.ofMinutes(7), Comparison.GREATER_OR_EQUAL, dec("99")));
    assertRejected(
        "Time slice must divide a day evenly: PT48H",
        () ->
            Indicator.timeslices(Duration.ofDays(2), Comparison.GREATER_OR_EQUAL, dec("99")));
    assertRejected(
        "Time slice must be positive: PT0S",
        () -> Indicator.timeslices(Duration.ZERO, Comparison.GREATER_OR_EQUAL, dec("99")));
  }

  @Test
  void sliceThreshold_mustBeAPercentage() {
    assertRejected(
        "Time slice ratio threshold must be within 0 and 100 %: 100.1",
        () ->
            Indicator.timeslices(
                Duration.ofMinutes(5), Comparison.GREATER_OR_EQUAL, dec("100.1")));
  }

  @Test
  void attributes_mustFitTheKind() {
    assertRejected(
        "Indicator has attributes its kind does not use or lacks ones it needs: MEAN",
        () -> ImmutableIndicator.builder().kind(Kind.MEAN).percentile(dec("50")).build());
    assertRejected(
        "Indicator has attributes its kind does not use or lacks ones it needs: OCCURRENCES",
        () -> ImmutableIndicator.builder().kind(Kind.OCCURRENCES).goodThreshold(dec("5")).build());
  }

  @Test
  void equality() {
    assertValueEquality(
        Indicator.percentile(dec("95")),
        Indicator.percentile(dec("95")),
        Indicator.percentile(dec("99")));
  }
}
