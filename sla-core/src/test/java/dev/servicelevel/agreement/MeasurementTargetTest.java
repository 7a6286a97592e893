package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.assertValueEquality;
import static dev.servicelevel.agreement.Fixtures.dec;
import static dev.servicelevel.agreement.Fixtures.measurement;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementTargetTest {

  @Test
  void builder_latencyPercentile() {
    MeasurementTarget t = measurement("latency").unit("ms").build();
    assertEquals(Indicator.percentile(dec("95")), t.indicator());
    assertEquals(Comparison.LESS_OR_EQUAL, t.comparison());
    assertEquals(dec("300"), t.objective());
    assertEquals(Optional.of("ms"), t.unit());
  }

  @Test
  void objective_ofAValueIndicatorIsUnbounded() {
    MeasurementTarget t =
        MeasurementTarget.builder()
            .id("temp")
            .service("shop")
            .window("office")
            .indicator(Indicator.max())
            .comparison(Comparison.LESS_THAN)
            .objective(dec("-40"))
            .build();
    assertEquals(dec("-40"), t.objective());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.1", "100.01"})
  void objective_ofAPercentageIndicatorIsAPercentage(String objective) {
    assertRejected(
        "Objective of a percentage indicator must be within 0 and 100 %: " + objective,
        () ->
            MeasurementTarget.builder()
                .id("errors")
                .service("shop")
                .window("office")
                .indicator(Indicator.ratio())
                .comparison(Comparison.LESS_OR_EQUAL)
                .objective(dec(objective))
                .build());
  }

  @Test
  void objective_zeroErrorsIsAllowed() {
    MeasurementTarget t =
        MeasurementTarget.builder()
            .id("errors")
            .service("shop")
            .window("office")
            .indicator(Indicator.ratio())
            .comparison(Comparison.LESS_OR_EQUAL)
            .objective(dec("0"))
            .build();
    assertEquals(dec("0"), t.objective());
  }

  @Test
  void unit_mustNotBeBlank() {
    assertRejected("Unit must not be blank: ' '", () -> measurement("latency").unit(" ").build());
  }

  @Test
  void equality() {
    assertValueEquality(
        measurement("a").build(), measurement("a").build(), measurement("a").unit("ms").build());
  }
}
