package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.assertNullRejected;
import static dev.servicelevel.agreement.Fixtures.assertRejected;
import static dev.servicelevel.agreement.Fixtures.availability;
import static dev.servicelevel.agreement.Fixtures.dec;
import static dev.servicelevel.agreement.Fixtures.measurement;
import static dev.servicelevel.agreement.Fixtures.sla;
import static dev.servicelevel.agreement.Fixtures.timer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.timer.TicketEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.Interval;

/**
 * The builders and copies of every public value with a builder: our messages for missing fields,
 * {@code toBuilder()} copies, and {@code with…} copies that are checked like built values.
 */
class BuildersTest {

  private static final Instant T0 = Instant.parse("2025-03-03T10:00:00Z");

  // ---- missing fields ------------------------------------------------------------------------

  static Stream<Arguments> emptyBuilders() {
    return Stream.of(
        Arguments.of(
            (Supplier<?>) () -> Agreement.builder().build(),
            "Agreement is missing required fields: id, kind, title, provider, customer, validity,"
                + " zone"),
        Arguments.of(
            (Supplier<?>) () -> AvailabilityTarget.builder().build(),
            "AvailabilityTarget is missing required fields: id, service, window, minimum"),
        Arguments.of(
            (Supplier<?>) () -> TicketTimerTarget.builder().build(),
            "TicketTimerTarget is missing required fields: id, service, window, timer, stopWhen"),
        Arguments.of(
            (Supplier<?>) () -> MeasurementTarget.builder().build(),
            "MeasurementTarget is missing required fields: id, service, window, indicator,"
                + " comparison, objective"),
        Arguments.of(
            (Supplier<?>) () -> CreditPolicy.builder().build(),
            "CreditPolicy is missing required fields: fee, currency"),
        Arguments.of(
            (Supplier<?>) () -> Service.builder().build(),
            "Service is missing required fields: id, name"),
        Arguments.of(
            (Supplier<?>) () -> Outage.builder().build(),
            "Outage is missing required fields: id, service, interval"),
        Arguments.of(
            (Supplier<?>) () -> TicketEvent.builder().build(),
            "TicketEvent is missing required field: at"));
  }

  @ParameterizedTest
  @MethodSource("emptyBuilders")
  void build_namesTheTypeAndEveryMissingField(Supplier<?> build, String message) {
    IllegalStateException e = assertThrows(IllegalStateException.class, build::get);
    assertEquals(IllegalStateException.class, e.getClass());
    assertEquals(message, e.getMessage());
  }

  static Stream<Arguments> builderMissingOneField() {
    return Stream.of(
        Arguments.of(
            (Supplier<?>) () -> Agreement.builder().id("s").kind(AgreementKind.SLA).title("t")
                .provider(Party.of("a", "A")).customer(Party.of("b", "B"))
                .validity(Fixtures.YEAR_2025).build(),
            "Agreement is missing required field: zone"),
        Arguments.of(
            (Supplier<?>) () -> TicketTimerTarget.builder().id("t").service("shop").window("w")
                .timer(TimerKind.RESPOND).build(),
            "TicketTimerTarget is missing required field: stopWhen"),
        Arguments.of(
            (Supplier<?>) () -> Outage.builder().id("o").service("shop").build(),
            "Outage is missing required field: interval"));
  }

  @ParameterizedTest
  @MethodSource("builderMissingOneField")
  void build_namesTheOneMissingField(Supplier<?> build, String message) {
    IllegalStateException e = assertThrows(IllegalStateException.class, build::get);
    assertEquals(IllegalStateException.class, e.getClass());
    assertEquals(message, e.getMessage());
  }

  @Test
  void build_ofEvaluationOptionsNeedsNothing() {
    assertEquals(EvaluationOptions.defaults(), EvaluationOptions.builder().build());
  }

  @Test
  void build_stillRejectsRuleBreakersWithTheRule() {
    assertRejected(
        "A ticket timer target needs a goal: t",
        () -> TicketTimerTarget.builder().id("t").service("shop").window("w")
            .timer(TimerKind.RESPOND).stopWhen(Condition.event("x")).build());
  }

  // ---- defaults of ticket timer targets ------------------------------------------------------

  @Test
  void ticketTimerTarget_startsOnCreatedUnlessSet() {
    TicketTimerTarget t =
        TicketTimerTarget.builder().id("t").service("shop").window("office")
            .timer(TimerKind.RESOLVE)
            .addGoals(TimerGoal.of(Condition.always(), BusinessDuration.businessHours(4)))
            .stopWhen(Condition.event("resolved"))
            .build();
    assertEquals(Condition.event("created"), t.startWhen());
    assertEquals(Condition.never(), t.pauseWhen());
    assertEquals(Condition.never(), t.cancelWhen());
    assertEquals(Condition.never(), t.resetWhen());
    assertEquals(GoalSelection.FIRST_MATCH, t.goalSelection());
    assertEquals(TimerCycles.SINGLE, t.cycles());
    assertEquals(GoalChangePolicy.RETROACTIVE, t.goalChange());
    assertEquals(TicketMembership.BY_START, t.membership());
    assertEquals(dec("100"), t.requiredShare());
    assertEquals(ReportingPeriod.calendarMonth(), t.period());
    assertEquals(t, t.withStartWhen(Condition.event("created")));
    assertNotEquals(t, t.withStartWhen(Condition.event("opened")));
  }

  // ---- toBuilder -----------------------------------------------------------------------------

  @Test
  void toBuilder_buildsAnEqualValue() {
    AvailabilityTarget a = availability("a").addExcludedCauses(OutageCause.FORCE_MAJEURE).build();
    TicketTimerTarget t = timer("t").addThresholds(TimerThreshold.warningAt(dec("50"))).build();
    MeasurementTarget m = measurement("m").unit("ms").build();
    Agreement s = sla("s").addTargets(a, t, m).build();
    Service service = Service.builder().id("shop").name("Shop").addIncluded("cart").build();
    CreditPolicy policy =
        CreditPolicy.builder().fee(dec("100")).currency(Currency.getInstance("EUR"))
            .capPercent(dec("30")).build();
    Outage o =
        Outage.builder().id("o").service("shop").interval(Interval.of(T0, T0.plusSeconds(60)))
            .build();
    for (Object[] pair : new Object[][] {
        {a, a.toBuilder().build()}, {t, t.toBuilder().build()}, {m, m.toBuilder().build()},
        {s, s.toBuilder().build()}, {service, service.toBuilder().build()},
        {policy, policy.toBuilder().build()}, {o, o.toBuilder().build()}}) {
      assertEquals(pair[0], pair[1]);
    }
  }

  @Test
  void toBuilder_replacesWhatIsSetAgainAndKeepsTheRest() {
    Agreement s = sla("s").addTargets(availability("a").build()).build();
    Agreement renamed = s.toBuilder().title("Renamed").build();
    assertEquals("Renamed", renamed.title());
    assertEquals(s.withTitle("Renamed"), renamed);
    Agreement withoutTargets = s.toBuilder().targets(List.of()).build();
    assertEquals(List.of(), withoutTargets.targets());
    Agreement twoTargets = s.toBuilder().addTargets(availability("b").build()).build();
    assertEquals(List.of("a", "b"), twoTargets.targets().stream().map(MetricTarget::id).toList());
  }

  @Test
  void toBuilder_checksTheChangedValue() {
    Agreement s = sla("s").addTargets(availability("a").build()).build();
    assertRejected(
        "Target names an unknown service: a / shop",
        () -> s.toBuilder().services(List.of(Service.of("other", "Other"))).build());
  }

  // ---- with copies ---------------------------------------------------------------------------

  @Test
  void with_copiesAreCheckedLikeBuiltValues() {
    Party it = Party.of("it", "IT");
    assertEquals(Party.of("ops", "IT"), it.withId("ops"));
    assertRejected(
        "Party id must be letters, digits, '.', '_' or '-', starting with a letter or digit:"
            + " 'bad id'",
        () -> it.withId("bad id"));
    assertNullRejected("name", () -> it.withName(null));
    TimerGoal goal = TimerGoal.of(Condition.always(), BusinessDuration.businessHours(4));
    assertEquals(
        TimerGoal.of(Condition.event("x"), BusinessDuration.businessHours(4)),
        goal.withWhen(Condition.event("x")));
    AvailabilityTarget a = availability("a").build();
    assertRejected(
        "Availability minimum must be more than 0 and at most 100 %: 101",
        () -> a.withMinimum(dec("101")));
    assertEquals(Duration.ofMinutes(5),
        a.withIgnoreOutagesShorterThan(Duration.ofMinutes(5)).ignoreOutagesShorterThan()
            .orElseThrow());
    assertFalse(a.withExcludedCauses(List.of()).excludedCauses().contains(OutageCause.THIRD_PARTY));
  }

  @Test
  void with_returnsTheSameValueForTheSameAttribute() {
    Service shop = Service.of("shop", "Online shop");
    assertEquals(shop, shop.withName("Online shop"));
    assertEquals(
        ReportingPeriod.rollingDays(30), ReportingPeriod.rollingDays(7).withRollingDays(30));
  }

  @Test
  void with_copiesAgreementAttributesAndChecksThem() {
    Agreement s = sla("s").build();
    assertEquals(AgreementKind.OLA, s.withKind(AgreementKind.OLA).kind());
    assertRejected(
        "Provider and customer must be different parties: it",
        () -> s.withCustomer(Party.of("it", "IT again")));
    assertNullRejected("zone", () -> s.withZone(null));
    assertNullRejected("zone", () -> sla("s").zone(null));
  }
}
