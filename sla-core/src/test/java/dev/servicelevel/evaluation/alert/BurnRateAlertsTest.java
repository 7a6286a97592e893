package dev.servicelevel.evaluation.alert;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.ErrorBudget;
import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.Fraction;
import dev.servicelevel.evaluation.Observations;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

class BurnRateAlertsTest {

  static final BusinessCalendar OFFICE =
      BusinessCalendar.builder(ZoneOffset.UTC)
          .open(EnumSet.range(MONDAY, FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))
          .build();

  static Agreement agreement(LocalDate from) {
    return Agreement.builder()
        .id("api-sla")
        .kind(AgreementKind.SLA)
        .title("API")
        .provider(Party.of("ops", "Ops"))
        .customer(Party.of("shop", "Shop"))
        .validity(LocalDateRange.of(from, LocalDate.of(2027, 1, 1)))
        .zone(ZoneOffset.UTC)
        .addServices(Service.of("api", "API"))
        .addWindows(
            ServiceWindow.of("all", BusinessCalendar.alwaysOpen(ZoneOffset.UTC)),
            ServiceWindow.of("office", OFFICE))
        .addTargets(
            AvailabilityTarget.builder()
                .id("avail").service("api").window("all").minimum(dec("99.9")).build(),
            AvailabilityTarget.builder()
                .id("office-avail").service("api").window("office").minimum(dec("99")).build(),
            TicketTimerTarget.builder()
                .id("respond")
                .service("api")
                .window("all")
                .timer(TimerKind.RESPOND)
                .addGoals(
                    TimerGoal.of(
                        Condition.fieldIs("priority", "P1"),
                        BusinessDuration.elapsed(Duration.ofHours(1))))
                .startWhen(Condition.event("created"))
                .stopWhen(Condition.event("reply"))
                .pauseWhen(Condition.fieldIs("status", "waiting"))
                .requiredShare(dec("90"))
                .build(),
            MeasurementTarget.builder()
                .id("success")
                .service("api")
                .window("all")
                .indicator(Indicator.ratio())
                .comparison(Comparison.GREATER_OR_EQUAL)
                .objective(dec("99"))
                .build(),
            MeasurementTarget.builder()
                .id("mean-latency")
                .service("api")
                .window("all")
                .indicator(Indicator.mean())
                .comparison(Comparison.LESS_OR_EQUAL)
                .objective(dec("300"))
                .build())
        .build();
  }

  static final Agreement SLA = agreement(LocalDate.of(2025, 1, 1));
  static final Instant AS_OF = Instant.parse("2025-03-10T10:00:00Z");
  static final BurnRateCondition PAGE =
      BurnRateCondition.of("page", Duration.ofHours(1), Duration.ofMinutes(5), dec("14.4"));

  static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  static Outage outage(String id, String start, Duration length) {
    return Outage.of(id, "api", Interval.of(Instant.parse(start), length));
  }

  static Observations outages(Outage... outages) {
    return Observations.builder().outages(List.of(outages)).build();
  }

  static Fraction fraction(String n, String d) {
    return Fraction.of(dec(n), dec(d));
  }

  // ---- availability: the worked numbers ----

  @Test
  void availability_burnRateIsDowntimeOverTheWindowsAllowance() {
    // 99.9 % of an hour allows 3.6 s; 60 s down in the hour burns 50/3; the 5 minutes allow
    // 0.3 s and hold 60 s: 200
    BurnRateReport r =
        BurnRateAlerts.evaluate(
            SLA, "avail", AS_OF,
            outages(outage("A", "2025-03-10T09:58:00Z", Duration.ofMinutes(1))),
            List.of(PAGE));
    BurnRateAlert a = r.alerts().get(0);
    assertEquals(Optional.of(fraction("50", "3")), a.longWindow().burnRate());
    assertEquals(Optional.of(fraction("200", "1")), a.shortWindow().burnRate());
    assertEquals(
        Optional.of(ErrorBudget.of(ErrorBudget.Unit.SECONDS, dec("3.6"), dec("60"))),
        a.longWindow().budget());
    assertTrue(a.fires());
    assertEquals(List.of("page"), r.firing());
    assertEquals(
        Interval.of(Instant.parse("2025-03-10T09:00:00Z"), AS_OF), a.longWindow().interval());
    assertFalse(a.longWindow().isClipped());
    assertEquals("2025-03", r.period().label());
    assertEquals(
        "PT1H 2025-03-10T09:00:00Z/2025-03-10T10:00:00Z burn rate 50/3 (16.6667)",
        a.longWindow().toString());
  }

  @Test
  void availability_burnRateExactlyAtTheThresholdFires() {
    // 14.4 * 3.6 s = 51.84 s in the hour, 14.4 * 0.3 s = 4.32 s in the last 5 minutes
    Observations tie =
        outages(
            outage("A", "2025-03-10T09:10:00Z", Duration.ofMillis(47_520)),
            outage("B", "2025-03-10T09:58:00Z", Duration.ofMillis(4_320)));
    BurnRateAlert a =
        BurnRateAlerts.evaluate(SLA, "avail", AS_OF, tie, List.of(PAGE)).alerts().get(0);
    assertEquals(Optional.of(fraction("14.4", "1")), a.longWindow().burnRate());
    assertEquals(Optional.of(fraction("14.4", "1")), a.shortWindow().burnRate());
    assertTrue(a.fires());
    // strictly above does not fire at the tie
    BurnRateCondition above =
        BurnRateCondition.of(
            "above", Duration.ofHours(1), Duration.ofMinutes(5), Comparison.GREATER_THAN,
            dec("14.4"));
    assertFalse(
        BurnRateAlerts.evaluate(SLA, "avail", AS_OF, tie, List.of(above)).alerts().get(0).fires());
    // a nanosecond less in the short window does not fire either
    Observations justBelow =
        outages(
            outage("A", "2025-03-10T09:10:00Z", Duration.ofMillis(47_520)),
            outage("B", "2025-03-10T09:58:00Z", Duration.ofMillis(4_320).minusNanos(1)));
    assertFalse(
        BurnRateAlerts.evaluate(SLA, "avail", AS_OF, justBelow, List.of(PAGE))
            .alerts().get(0).fires());
  }

  @Test
  void availability_onlyTheLongWindowBurningDoesNotFire() {
    // 10 min down an hour ago: the hour burns 600 / 3.6, the last 5 minutes nothing
    BurnRateAlert a =
        BurnRateAlerts.evaluate(
                SLA, "avail", AS_OF,
                outages(outage("A", "2025-03-10T09:05:00Z", Duration.ofMinutes(10))),
                List.of(PAGE))
            .alerts().get(0);
    assertEquals(Optional.of(fraction("500", "3")), a.longWindow().burnRate());
    assertEquals(Optional.of(Fraction.ZERO), a.shortWindow().burnRate());
    assertFalse(a.fires());
  }

  @Test
  void availability_windowReachingBeforeThePeriodStartIsClipped() {
    // half an hour into March: the hour is clipped to March's 30 minutes (allowing 1.8 s); the
    // outage's 10 minutes in February belong to February's budget
    Instant asOf = Instant.parse("2025-03-01T00:30:00Z");
    BurnRateAlert a =
        BurnRateAlerts.evaluate(
                SLA, "avail", asOf,
                outages(outage("A", "2025-02-28T23:50:00Z", Duration.ofMinutes(20))),
                List.of(PAGE))
            .alerts().get(0);
    assertEquals(
        Interval.of(Instant.parse("2025-03-01T00:00:00Z"), asOf), a.longWindow().interval());
    assertTrue(a.longWindow().isClipped());
    assertFalse(a.shortWindow().isClipped());
    assertEquals(Optional.of(fraction("1000", "3")), a.longWindow().burnRate());
    assertEquals(Optional.of(Fraction.ZERO), a.shortWindow().burnRate());
  }

  @Test
  void availability_windowIsClippedToTheAgreementsFirstDay() {
    // the agreement starts on 15 March: a 3-day window an hour later covers that hour only
    Agreement late = agreement(LocalDate.of(2025, 3, 15));
    Instant asOf = Instant.parse("2025-03-15T01:00:00Z");
    BurnRateReport r =
        BurnRateAlerts.evaluate(
            late, "avail", asOf,
            outages(outage("A", "2025-03-14T12:00:00Z", Duration.ofHours(13))),
            BurnRateCondition.sreWorkbook());
    WindowBurn threeDays = r.alerts().get(2).longWindow();
    assertEquals(Interval.of(Instant.parse("2025-03-15T00:00:00Z"), asOf), threeDays.interval());
    // an hour down of an hour allowing 3.6 s: 1000
    assertEquals(Optional.of(fraction("1000", "1")), threeDays.burnRate());
    assertEquals(List.of("page-fast", "page-slow", "ticket"), r.firing());
  }

  @Test
  void availability_atThePeriodsFirstInstantEveryWindowIsEmptyAndNothingFires() {
    Instant asOf = Instant.parse("2025-03-01T00:00:00Z");
    BurnRateAlert a =
        BurnRateAlerts.evaluate(
                SLA, "avail", asOf,
                outages(outage("A", "2025-02-28T23:00:00Z", Duration.ofHours(1))),
                List.of(PAGE))
            .alerts().get(0);
    assertTrue(a.longWindow().interval().isEmpty());
    assertEquals(Optional.empty(), a.longWindow().budget());
    assertEquals(Optional.empty(), a.longWindow().burnRate());
    assertFalse(a.fires());
    assertTrue(a.toString().startsWith("quiet page: burn rate >= 14.4 over PT1H and PT5M"));
  }

  @Test
  void availability_closedHoursNeitherBurnNorAllow() {
    // office hours start at 09:00: of the hour before 09:30 only 30 minutes are open, allowing
    // 1 % = 18 s; the outage covers them all: 1800 / 18 = 100
    Instant asOf = Instant.parse("2025-03-10T09:30:00Z");
    Observations down = outages(outage("A", "2025-03-10T08:00:00Z", Duration.ofMinutes(90)));
    BurnRateAlert a =
        BurnRateAlerts.evaluate(SLA, "office-avail", asOf, down, List.of(PAGE)).alerts().get(0);
    assertEquals(Optional.of(fraction("100", "1")), a.longWindow().burnRate());
    assertEquals(
        Optional.of(ErrorBudget.of(ErrorBudget.Unit.SECONDS, dec("18"), dec("1800"))),
        a.longWindow().budget());
    assertTrue(a.fires());
    // on a Sunday the window is all closed hours: no data, no burn rate, no alert
    Instant sunday = Instant.parse("2025-03-09T12:00:00Z");
    BurnRateAlert closed =
        BurnRateAlerts.evaluate(
                SLA, "office-avail", sunday,
                outages(outage("B", "2025-03-09T11:00:00Z", Duration.ofMinutes(60))),
                List.of(PAGE))
            .alerts().get(0);
    assertEquals(Optional.empty(), closed.longWindow().burnRate());
    assertFalse(closed.fires());
  }

  // ---- ticket timers ----

  static TicketHistory ticket(String id, String created, String... more) {
    List<TicketEvent> events = new ArrayList<>();
    events.add(TicketEvent.of(Instant.parse(created), "created", Map.of("priority", "P1")));
    for (int i = 0; i < more.length; i += 2) {
      String type = more[i + 1];
      Instant at = Instant.parse(more[i]);
      switch (type) {
        case "wait":
          events.add(TicketEvent.of(at, "update", Map.of("status", "waiting")));
          break;
        case "resume":
          events.add(TicketEvent.of(at, "update", Map.of("status", "open")));
          break;
        default:
          events.add(TicketEvent.of(at, type));
      }
    }
    return TicketHistory.of(id, events);
  }

  static final BurnRateCondition THREE_HOURS =
      BurnRateCondition.of("tickets", Duration.ofHours(3), Duration.ofHours(3), dec("5"));

  @Test
  void tickets_countWhereTheyReachedTheirVerdictAndPausesMoveTheBreach() {
    Instant asOf = Instant.parse("2025-03-10T12:00:00Z");
    // A breached at 10:00 (in the window), C met at 10:20; B paused 09:40-11:40, so with 50 min
    // left its goal passes at 12:30: still running, not counted
    TicketHistory a = ticket("A", "2025-03-10T09:00:00Z");
    TicketHistory b =
        ticket("B", "2025-03-10T09:30:00Z",
            "2025-03-10T09:40:00Z", "wait", "2025-03-10T11:40:00Z", "resume");
    TicketHistory c = ticket("C", "2025-03-10T10:00:00Z", "2025-03-10T10:20:00Z", "reply");
    BurnRateAlert alert =
        BurnRateAlerts.evaluate(
                SLA, "respond", asOf,
                Observations.builder().tickets(List.of(a, b, c)).build(),
                List.of(THREE_HOURS))
            .alerts().get(0);
    // 1 bad of 2 against 10 % allowed: (1/2) / (1/10) = 5, exactly the threshold
    assertEquals(Optional.of(fraction("5", "1")), alert.longWindow().burnRate());
    assertEquals(
        Optional.of(ErrorBudget.of(ErrorBudget.Unit.TICKETS, dec("0.2"), dec("1"))),
        alert.longWindow().budget());
    assertTrue(alert.fires());
    // without the pause B breaches at 10:30: 2 bad of 3, burn rate 20/3
    TicketHistory unpaused = ticket("B", "2025-03-10T09:30:00Z");
    BurnRateAlert worse =
        BurnRateAlerts.evaluate(
                SLA, "respond", asOf,
                Observations.builder().tickets(List.of(a, unpaused, c)).build(),
                List.of(THREE_HOURS))
            .alerts().get(0);
    assertEquals(Optional.of(fraction("20", "3")), worse.longWindow().burnRate());
  }

  @Test
  void tickets_withoutVerdictsInTheWindowHaveNoBurnRate() {
    Instant asOf = Instant.parse("2025-03-10T12:00:00Z");
    TicketHistory running = ticket("R", "2025-03-10T11:30:00Z");
    BurnRateAlert alert =
        BurnRateAlerts.evaluate(
                SLA, "respond", asOf,
                Observations.builder().tickets(List.of(running)).build(),
                List.of(THREE_HOURS))
            .alerts().get(0);
    assertEquals(Optional.empty(), alert.longWindow().burnRate());
    assertFalse(alert.fires());
  }

  // ---- measurements ----

  @Test
  void measurement_ratioBurnsBadEventsAgainstTheAllowedShare() {
    // 1000 events in the hour, 40 bad, 1 % allowed: 40 / 10 = 4; the last 5 minutes 10 of 100
    // bad: 10 / 1 = 10
    Observations counts =
        Observations.builder()
            .counts(
                "success",
                List.of(
                    EventCount.of(
                        Interval.of(Instant.parse("2025-03-10T09:10:00Z"), Duration.ofMinutes(1)),
                        870, 900),
                    EventCount.of(
                        Interval.of(Instant.parse("2025-03-10T09:56:00Z"), Duration.ofMinutes(1)),
                        90, 100)))
            .build();
    BurnRateAlert a =
        BurnRateAlerts.evaluate(SLA, "success", AS_OF, counts, List.of(PAGE)).alerts().get(0);
    assertEquals(Optional.of(fraction("4", "1")), a.longWindow().burnRate());
    assertEquals(Optional.of(fraction("10", "1")), a.shortWindow().burnRate());
    assertFalse(a.fires());
  }

  @Test
  void measurement_meanHasNoBudgetAndNeverFires() {
    Observations samples =
        Observations.builder()
            .samples(
                "mean-latency",
                List.of(
                    dev.servicelevel.evaluation.Sample.of(
                        Instant.parse("2025-03-10T09:59:00Z"), dec("900"))))
            .build();
    BurnRateAlert a =
        BurnRateAlerts.evaluate(SLA, "mean-latency", AS_OF, samples, List.of(PAGE))
            .alerts().get(0);
    assertEquals(Optional.empty(), a.longWindow().budget());
    assertFalse(a.fires());
  }

  // ---- conditions and bad input ----

  @Test
  void sreWorkbook_hasTheThreeRecommendedPairs() {
    assertEquals(
        "[page-fast: burn rate >= 14.4 over PT1H and PT5M, "
            + "page-slow: burn rate >= 6 over PT6H and PT30M, "
            + "ticket: burn rate >= 1 over PT72H and PT6H]",
        BurnRateCondition.sreWorkbook().toString());
  }

  @Test
  void openSlo_mapsOperatorThresholdAndLookbackWindow() {
    BurnRateCondition c =
        BurnRateCondition.openSlo("cpu-usage-breach", "gte", dec("2"), Duration.ofHours(1));
    assertEquals(Duration.ofHours(1), c.longWindow());
    assertEquals(Duration.ofHours(1), c.shortWindow());
    assertEquals(Comparison.GREATER_OR_EQUAL, c.comparison());
    assertEquals("cpu-usage-breach: burn rate >= 2 over PT1H", c.toString());
    assertEquals(
        Comparison.LESS_THAN,
        BurnRateCondition.openSlo("x", "lt", dec("1"), Duration.ofHours(1)).comparison());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BurnRateCondition.openSlo("x", "ge", dec("2"), Duration.ofHours(1)));
    assertEquals("OpenSLO operator must be lt, lte, gte or gt: 'ge'", e.getMessage());
  }

  @Test
  void condition_rejectsBadWindowsAndThresholds() {
    assertRejected(
        "Short window must be at most the long window: PT2H / PT1H",
        () -> BurnRateCondition.of("x", Duration.ofHours(1), Duration.ofHours(2), dec("1")));
    assertRejected(
        "Long window must be positive: PT0S",
        () -> BurnRateCondition.of("x", Duration.ZERO, Duration.ZERO, dec("1")));
    assertRejected(
        "Burn-rate threshold must be at least 0: -1",
        () -> BurnRateCondition.of("x", Duration.ofHours(1), Duration.ofHours(1), dec("-1")));
    assertRejected(
        "Condition name must not be blank: ' '",
        () -> BurnRateCondition.of(" ", Duration.ofHours(1), Duration.ofHours(1), dec("1")));
    NullPointerException npe =
        assertThrows(
            NullPointerException.class,
            () -> BurnRateCondition.of("x", null, Duration.ofHours(1), dec("1")));
    assertEquals("longWindow", npe.getMessage());
  }

  @Test
  void evaluate_rejectsUnknownTargetsAndInstantsOutsideTheValidity() {
    assertRejected(
        "Agreement api-sla has no target of that id: nope",
        () -> BurnRateAlerts.evaluate(SLA, "nope", AS_OF, Observations.empty(), List.of(PAGE)));
    assertRejected(
        "asOf is outside the agreement's validity: 2024-12-31T23:00:00Z / 2025-01-01/2027-01-01",
        () ->
            BurnRateAlerts.evaluate(
                SLA, "avail", Instant.parse("2024-12-31T23:00:00Z"), Observations.empty(),
                List.of(PAGE)));
    List<BurnRateCondition> withNull = new ArrayList<>();
    withNull.add(null);
    NullPointerException npe =
        assertThrows(
            NullPointerException.class,
            () -> BurnRateAlerts.evaluate(SLA, "avail", AS_OF, Observations.empty(), withNull));
    assertEquals("conditions", npe.getMessage());
  }

  static void assertRejected(String message, org.junit.jupiter.api.function.Executable code) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, code);
    assertEquals(message, e.getMessage());
  }
}
