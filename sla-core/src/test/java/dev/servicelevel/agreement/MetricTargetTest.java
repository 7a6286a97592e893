package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The attributes and rules every member of the target family shares. */
class MetricTargetTest {

  /** Builds a target of each family from the shared attributes. */
  interface Family {
    MetricTarget build(String id, String service, String window, String weight, String atRisk);
  }

  static Stream<Arguments> families() {
    Family availability =
        (id, service, window, weight, atRisk) ->
            AvailabilityTarget.builder()
                .id(id)
                .service(service)
                .window(window)
                .minimum(dec("99"))
                .weight(dec(weight))
                .atRiskThreshold(dec(atRisk))
                .build();
    Family timer =
        (id, service, window, weight, atRisk) ->
            TicketTimerTarget.builder()
                .id(id)
                .service(service)
                .window(window)
                .timer(TimerKind.RESOLVE)
                .addGoals(TimerGoal.of(Condition.always(), BusinessDuration.businessHours(8)))
                .startWhen(Condition.event("created"))
                .stopWhen(Condition.event("resolved"))
                .weight(dec(weight))
                .atRiskThreshold(dec(atRisk))
                .build();
    Family measurement =
        (id, service, window, weight, atRisk) ->
            MeasurementTarget.builder()
                .id(id)
                .service(service)
                .window(window)
                .indicator(Indicator.mean())
                .comparison(Comparison.LESS_THAN)
                .objective(dec("1"))
                .weight(dec(weight))
                .atRiskThreshold(dec(atRisk))
                .build();
    return Stream.of(
        Arguments.of("availability", availability),
        Arguments.of("timer", timer),
        Arguments.of("measurement", measurement));
  }

  static Stream<MetricTarget> unsetTargets() {
    return Stream.of(
        Fixtures.availability("t-1").build(),
        Fixtures.timer("t-1").build(),
        Fixtures.measurement("t-1").build());
  }

  @ParameterizedTest
  @MethodSource("unsetTargets")
  void defaults_monthProviderWeightOneAtRiskEighty(MetricTarget t) {
    assertEquals(ReportingPeriod.calendarMonth(), t.period());
    assertEquals(dec("1"), t.weight());
    assertEquals(dec("80"), t.atRiskThreshold());
    assertEquals(PartyRole.PROVIDER, t.responsibleParty());
    assertEquals(Set.of(), t.supports());
    assertEquals("t-1", t.id());
    assertEquals("shop", t.service());
    assertEquals("office", t.window());
  }

  @ParameterizedTest
  @MethodSource("families")
  void kind_namesTheFamily(String name, Family family) {
    MetricTarget t = family.build("t-3", "shop", "office", "1", "80");
    TargetKind expected =
        name.equals("availability")
            ? TargetKind.AVAILABILITY
            : name.equals("timer") ? TargetKind.TICKET_TIMER : TargetKind.MEASUREMENT;
    assertEquals(expected, t.kind());
  }

  @ParameterizedTest
  @MethodSource("families")
  void family_buildsFromTheSharedAttributes(String name, Family family) {
    MetricTarget t = family.build("t-2", "shop", "office", "2.5", "50");
    assertEquals(dec("2.5"), t.weight());
    assertEquals(dec("50"), t.atRiskThreshold());
  }

  static Stream<Arguments> violations() {
    return families()
        .flatMap(
            f ->
                Stream.of(
                    Arguments.of(
                        f.get()[1],
                        new String[] {"bad id", "shop", "office", "1", "80"},
                        "Target id must be letters, digits, '.', '_' or '-', starting with a"
                            + " letter or digit: 'bad id'"),
                    Arguments.of(
                        f.get()[1],
                        new String[] {"t", "", "office", "1", "80"},
                        "Service id must be letters, digits, '.', '_' or '-', starting with a"
                            + " letter or digit: ''"),
                    Arguments.of(
                        f.get()[1],
                        new String[] {"t", "shop", "prime time", "1", "80"},
                        "Window name must be letters, digits, '.', '_' or '-', starting with a"
                            + " letter or digit: 'prime time'"),
                    Arguments.of(
                        f.get()[1],
                        new String[] {"t", "shop", "office", "0", "80"},
                        "Target weight must be positive: 0"),
                    Arguments.of(
                        f.get()[1],
                        new String[] {"t", "shop", "office", "-2", "80"},
                        "Target weight must be positive: -2"),
                    Arguments.of(
                        f.get()[1],
                        new String[] {"t", "shop", "office", "1", "0"},
                        "At-risk threshold must be more than 0 and at most 100 %: 0"),
                    Arguments.of(
                        f.get()[1],
                        new String[] {"t", "shop", "office", "1", "100.5"},
                        "At-risk threshold must be more than 0 and at most 100 %: 100.5")));
  }

  @ParameterizedTest
  @MethodSource("violations")
  void sharedRules_areCheckedForEveryFamily(Family family, String[] a, String message) {
    assertRejected(message, () -> family.build(a[0], a[1], a[2], a[3], a[4]));
  }
}
