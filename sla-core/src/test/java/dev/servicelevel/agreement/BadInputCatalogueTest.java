package dev.servicelevel.agreement;

import static dev.servicelevel.agreement.Fixtures.availability;
import static dev.servicelevel.agreement.Fixtures.dec;
import static dev.servicelevel.agreement.Fixtures.sla;
import static dev.servicelevel.agreement.Fixtures.timer;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.threeten.extra.LocalDateRange;

/**
 * Bad input to every public factory and builder of the agreement model (issue 12): each case is
 * the input, the exact exception type and words its message must contain. No case may end in
 * another exception type, and no message may be longer than a few hundred characters.
 */
class BadInputCatalogueTest {

  private static final String TEN_MB = "x".repeat(10_000_000);
  private static final BigDecimal TINY = new BigDecimal("1E-999999999");
  private static final BigDecimal HUGE = new BigDecimal("1E+999999999");
  private static final BigDecimal WIDE = new BigDecimal(BigInteger.ONE, 1_000_000);
  private static final Condition P1 = Condition.fieldIs("priority", "P1");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Class<IllegalArgumentException> IAE = IllegalArgumentException.class;
  private static final Class<NullPointerException> NPE = NullPointerException.class;
  private static final Class<DateTimeException> DTE = DateTimeException.class;

  static Stream<Arguments> cases() {
    return Stream.of(
        // ---- conditions: deep, long, malformed, null
        bad("parse 2,000 unclosed parentheses", () -> Condition.parse("(".repeat(2_000)),
            IAE, "malformed at position 2000", "expected a field name"),
        bad("parse 200 alternating and/or groups",
            () -> Condition.parse("a = \"1\" and (b = \"1\" or (".repeat(100) + "always"
                + "))".repeat(100)),
            IAE, "at most 100 deep", "nests 101 deep", "at position"),
        bad("parse a 10 MB text", () -> Condition.parse(TEN_MB), IAE,
            "at most 1000000 characters", "(10000000 characters)"),
        bad("parse a 10,000-character field name",
            () -> Condition.parse("a".repeat(10_000) + " present"), IAE,
            "Field name must be at most 200 characters long", "(10000 characters)"),
        bad("parse a bidi override", () -> Condition.parse("\u202E = \"x\""), IAE,
            "malformed at position 0", "\\u202E"),
        bad("parse null", () -> Condition.parse(null), NPE, "text"),
        bad("not of a condition 100 deep", () -> Condition.not(alternating(100)), IAE,
            "at most 100 deep", "101"),
        bad("and of a condition 100 deep", () -> Condition.and(alternating(100), P1), IAE,
            "at most 100 deep", "101"),
        bad("allOf with a null operand",
            () -> Condition.allOf(Collections.singletonList(null)), NPE, "operands"),
        bad("fieldIn of no values", () -> Condition.fieldIn("p"), IAE, "needs a value", "p"),
        bad("fieldIn with a null value", () -> Condition.fieldIn("p", "a", null), NPE,
            "values"),
        bad("fieldIs with a keyword field", () -> Condition.fieldIs("and", "x"), IAE,
            "Field name must be", "'and'"),
        bad("fieldIs with a null value", () -> Condition.fieldIs("p", null), NPE, "value"),
        bad("fieldIs with a 10 MB value", () -> Condition.fieldIs("p", TEN_MB), IAE,
            "Field value must be at most 10000 characters long", "(10000000 characters)"),
        bad("fieldIn with a 10 MB value", () -> Condition.fieldIn("p", "a", TEN_MB), IAE,
            "Field value must be at most 10000 characters long"),
        bad("event of a 10 MB type", () -> Condition.event(TEN_MB), IAE,
            "Event type must be at most 10000 characters long"),
        bad("event of a blank type", () -> Condition.event(" "), IAE, "Event type",
            "must not be blank"),
        // ---- decimals
        bad("availability minimum 1E-999999999",
            () -> avail().minimum(TINY).build(), IAE, "Availability minimum",
            "at most 18 digits after the point", "1E-999999999"),
        bad("availability minimum of scale 1,000,000",
            () -> avail().minimum(WIDE).build(), IAE, "Availability minimum",
            "1E-1000000"),
        bad("availability minimum 100.000001", () -> avail().minimum(
            dec("100.000001")).build(), IAE, "more than 0 and at most 100 %", "100.000001"),
        bad("target weight 1E+999999999",
            () -> availability("a").weight(HUGE).build(), IAE, "Target weight",
            "below 10^18"),
        bad("at-risk threshold 1E-999999999",
            () -> availability("a").atRiskThreshold(TINY).build(), IAE, "At-risk threshold"),
        bad("measurement objective 1E+999999999",
            () -> MeasurementTarget.builder().id("m").service("s").window("w")
                .indicator(Indicator.mean()).comparison(Comparison.LESS_OR_EQUAL)
                .objective(HUGE).build(), IAE, "Objective", "1E+999999999"),
        bad("required share 1E-999999999",
            () -> timer("t").requiredShare(TINY).build(), IAE, "Required share of tickets"),
        bad("threshold share 1E-999999999", () -> TimerThreshold.warningAt(TINY), IAE,
            "Threshold share of goal", "1E-999999999"),
        bad("threshold share 0", () -> TimerThreshold.escalationAt(BigDecimal.ZERO), IAE,
            "Threshold share of goal", "more than 0"),
        bad("credit tier bound 1E+999999999",
            () -> CreditTier.below(HUGE, dec("10")), IAE, "Credit tier upper bound"),
        bad("credit tier bound of scale 1,000,000",
            () -> CreditTier.atOrAbove(WIDE, dec("10")), IAE, "Credit tier lower bound"),
        bad("credit percent 1E-999999999",
            () -> CreditTier.atOrAbove(dec("99"), TINY), IAE, "Credit", "1E-999999999"),
        bad("credit tier bounds reversed",
            () -> CreditTier.between(dec("99"), dec("98"), dec("10")), IAE,
            "lower bound must be below its upper bound"),
        bad("fee 1E+999999999",
            () -> CreditPolicy.builder().fee(HUGE).currency(EUR).build(), IAE, "Fee",
            "below 10^18"),
        bad("fee of a tenth of a cent",
            () -> CreditPolicy.builder().fee(dec("10.001")).currency(EUR).build(), IAE,
            "Fee has more decimals than EUR uses", "10.001"),
        bad("credit cap 1E-999999999",
            () -> CreditPolicy.builder().fee(dec("10")).currency(EUR).capPercent(TINY).build(),
            IAE, "Credit cap"),
        bad("minimum payout 1E+999999999",
            () -> CreditPolicy.builder().fee(dec("10")).currency(EUR).minimumPayout(HUGE)
                .build(), IAE, "Minimum payout"),
        bad("service weight of scale 1,000,000",
            () -> Service.builder().id("s").name("S").weight(WIDE).build(), IAE,
            "Service weight"),
        // ---- durations and dates
        bad("business hours Long.MAX_VALUE",
            () -> BusinessDuration.businessHours(Long.MAX_VALUE), IAE,
            "Business hours must be within 1 and 4382904 (500 years)", "9223372036854775807"),
        bad("business minutes Long.MAX_VALUE",
            () -> BusinessDuration.businessMinutes(Long.MAX_VALUE), IAE,
            "Business minutes must be within 1 and 262974240", "9223372036854775807"),
        bad("business hours -1", () -> BusinessDuration.businessHours(-1), IAE,
            "Business hours must be within 1 and 4382904", "-1"),
        bad("business minutes Long.MIN_VALUE",
            () -> BusinessDuration.businessMinutes(Long.MIN_VALUE), IAE,
            "Business minutes must be within 1 and 262974240", "-9223372036854775808"),
        bad("business time of -1 ns", () -> BusinessDuration.businessTime(Duration.ofNanos(-1)),
            IAE, "Duration must be positive", "PT-0.000000001S"),
        bad("business time of 501 years",
            () -> BusinessDuration.businessTime(Duration.ofDays(183_000)), IAE,
            "Duration must be within PT0S and PT4382904H (500 years)", "PT4392000H"),
        bad("elapsed Duration of Long.MAX_VALUE seconds",
            () -> BusinessDuration.elapsed(Duration.ofSeconds(Long.MAX_VALUE)), IAE,
            "Duration must be within PT0S and PT4382904H"),
        bad("elapsed null", () -> BusinessDuration.elapsed(null), NPE, "time"),
        bad("working days same time 0", () -> BusinessDuration.workingDaysSameTime(0), IAE,
            "Working days must be at least 1"),
        bad("timer goal of Long.MAX_VALUE hours",
            () -> TimerGoal.of(P1, BusinessDuration.businessHours(Long.MAX_VALUE)), IAE,
            "Business hours must be within 1 and 4382904"),
        bad("timer goal with a null condition",
            () -> TimerGoal.of(null, BusinessDuration.businessHours(1)), NPE, "when"),
        bad("threshold before a deadline of 501 years",
            () -> TimerThreshold.warningBefore(BusinessDuration.elapsed(
                Duration.ofDays(183_000))), IAE, "Duration must be within PT0S"),
        bad("threshold before a working-day deadline",
            () -> TimerThreshold.warningBefore(BusinessDuration.endOfWorkingDay(1)), IAE,
            "must be business or elapsed time"),
        bad("rolling days Integer.MAX_VALUE",
            () -> ReportingPeriod.rollingDays(Integer.MAX_VALUE), IAE,
            "Rolling period must be at most 182621 days", "2147483647"),
        bad("rolling days 0", () -> ReportingPeriod.rollingDays(0), IAE,
            "Rolling period must be at least 1 day"),
        bad("review every 182,622 days",
            () -> ReviewSchedule.of(ReportingPeriod.rollingDays(182_622), "A"), IAE,
            "Rolling period must be at most 182621 days"),
        bad("review with a null participant",
            () -> ReviewSchedule.of(ReportingPeriod.calendarMonth(), "A", null), NPE,
            "participants"),
        bad("period of 1899-12-31",
            () -> ReportingPeriod.calendarMonth().periodOf(LocalDate.of(1899, 12, 31)), DTE,
            "Date must be within 1900-01-01 and 2399-12-31", "1899-12-31"),
        bad("period of LocalDate.MAX",
            () -> ReportingPeriod.calendarYear().periodOf(LocalDate.MAX), DTE,
            "Date must be within", "+999999999-12-31"),
        bad("rolling period reaching before 1900",
            () -> ReportingPeriod.rollingDays(30).periodOf(LocalDate.of(1900, 1, 10)), DTE,
            "must lie within 1900-01-01 and 2400-01-01", "1899-12-12/1900-01-11"),
        bad("week reaching after 2400",
            () -> ReportingPeriod.calendarWeek().periodOf(LocalDate.of(2399, 12, 31)), DTE,
            "must lie within 1900-01-01 and 2400-01-01"),
        bad("label of year -999999999",
            () -> ReportingPeriod.calendarYear().label(LocalDate.MIN), DTE,
            "Date must be within"),
        bad("periods covering 1000 years",
            () -> ReportingPeriod.calendarMonth().periodsCovering(
                LocalDateRange.of(LocalDate.of(1500, 1, 1), LocalDate.of(2500, 1, 1))), DTE,
            "Date must be within", "1500-01-01"),
        bad("agreement valid from 1899",
            () -> agreement().validity(LocalDateRange.of(LocalDate.of(1899, 1, 1),
                LocalDate.of(2025, 1, 1))).build(), IAE,
            "Validity must start on or after 1900-01-01 and end by 2400-01-01",
            "1899-01-01/2025-01-01"),
        bad("agreement valid until 2500",
            () -> agreement().validity(LocalDateRange.of(LocalDate.of(2025, 1, 1),
                LocalDate.of(2500, 1, 1))).build(), IAE, "Validity must start on or after"),
        bad("agreement with an unbounded start",
            () -> agreement().validity(LocalDateRange.ofUnboundedStart(LocalDate.of(2025, 1, 1)))
                .build(), IAE, "Validity must start on or after"),
        bad("maintenance notice of 600 years",
            () -> availability("a").addExcludedCauses(OutageCause.PLANNED_MAINTENANCE)
                .maintenanceNotice(Duration.ofDays(219_000)).build(), IAE,
            "Maintenance notice must be within PT0S"),
        bad("ignored outage length Duration of Long.MAX_VALUE seconds",
            () -> availability("a").ignoreOutagesShorterThan(
                Duration.ofSeconds(Long.MAX_VALUE)).build(), IAE, "Ignored outage length"),
        // ---- ids, names, sizes, nulls
        bad("a 10 MB agreement id", () -> sla(TEN_MB).build(), IAE,
            "Agreement id must be at most 200 characters long", "(10000000 characters)"),
        bad("a 10 MB party name", () -> Party.of("p", TEN_MB), IAE,
            "must be at most 10000 characters long", "(10000000 characters)"),
        bad("a party id with a terminal escape", () -> Party.of("p\u001b[2J", "P"), IAE,
            "must be letters, digits", "\\u001B[2J"),
        bad("a null party name", () -> Party.of("p", null), NPE, "name"),
        bad("a blank service name", () -> Service.of("s", " "), IAE, "Service name",
            "must not be blank"),
        bad("a service window with a null calendar",
            () -> ServiceWindow.of("w", (BusinessCalendar) null), NPE, "calendar"),
        bad("an always-open window with a null zone",
            () -> ServiceWindow.alwaysOpen("w", null), NPE, "zone"),
        bad("an always-open window with a 10 MB name",
            () -> ServiceWindow.alwaysOpen(TEN_MB, ZoneOffset.UTC), IAE,
            "at most 200 characters long"),
        bad("an escalation level with a null contact",
            () -> EscalationLevel.of("l1", "a", null), NPE, "contacts"),
        bad("a responsibility with a null party", () -> Responsibility.of(null, "x"), NPE,
            "party"),
        bad("a target ref with an empty id", () -> TargetRef.of("", "t"), IAE,
            "must be letters, digits"),
        bad("termination after 0 periods",
            () -> TerminationRule.consecutiveBreaches(0, "t"), IAE,
            "Termination breaches must be at least 1"),
        bad("termination naming no target", () -> TerminationRule.consecutiveBreaches(2), IAE,
            "A termination rule needs a target"),
        bad("termination naming a target twice",
            () -> TerminationRule.consecutiveBreaches(2, "t", "t"), IAE,
            "Termination target ids must be unique: t"),
        bad("termination over Integer.MAX_VALUE periods",
            () -> TerminationRule.breachesWithin(1, Integer.MAX_VALUE, "t"), IAE,
            "Termination periods looked at must be at most 182621", "2147483647"),
        bad("target credits with no tier", () -> TargetCredits.of("t"), IAE),
        bad("a timer kind with a 10 MB name", () -> TimerKind.of(TEN_MB), IAE,
            "(10000000 characters)"),
        bad("a ticket timer target with no goal",
            () -> TicketTimerTarget.builder().id("t").service("s").window("w")
                .timer(TimerKind.RESPOND).startWhen(P1).stopWhen(P1).build(),
            IAE, "needs a goal", "t"),
        bad("an agreement with 100,000 equal target ids", () -> hundredThousandTargets(),
            IAE, "Target id must be unique", "a"),
        bad("an agreement chain with a null agreement",
            () -> AgreementChain.of(Collections.singletonList(null)), NPE, "agreements"),
        bad("an agreement chain with a repeated id",
            () -> AgreementChain.of(sla("a").build(), sla("a").build()), IAE,
            "Agreement id must be unique", "a"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void rejected(String name, Executable code, Class<? extends Throwable> type, String[] words) {
    Throwable e = assertThrows(type, code);
    String message = e.getMessage();
    assertNotNull(message, name);
    assertTrue(type == e.getClass(), () -> "exact type " + e.getClass() + ": " + message);
    for (String word : words) {
      assertTrue(message.contains(word), () -> "'" + word + "' not in: " + message);
    }
    assertTrue(message.length() <= 600, () -> "message of " + message.length() + " characters");
  }

  private static Arguments bad(
      String name, Executable code, Class<? extends Throwable> type, String... words) {
    return Arguments.of(name, code, type, words);
  }

  private static AvailabilityTarget.Builder avail() {
    return AvailabilityTarget.builder().id("a").service("s").window("w");
  }

  /** An agreement builder like {@link Fixtures#sla(String)} without the validity. */
  private static Agreement.Builder agreement() {
    return Agreement.builder()
        .id("a")
        .kind(AgreementKind.SLA)
        .title("SLA")
        .provider(Party.of("it", "IT"))
        .customer(Party.of("shop", "Shop"))
        .zone(ZoneOffset.UTC)
        .addServices(Service.of("shop", "Online shop"))
        .addWindows(ServiceWindow.alwaysOpen("office", ZoneOffset.UTC));
  }

  private static Agreement hundredThousandTargets() {
    List<MetricTarget> targets = new ArrayList<>();
    AvailabilityTarget t = availability("a").build();
    for (int i = 0; i < 100_000; i++) {
      targets.add(t);
    }
    return sla("big").addAllTargets(targets).build();
  }

  private static Condition alternating(int depth) {
    return ConditionRobustnessTest.alternating(depth);
  }
}
