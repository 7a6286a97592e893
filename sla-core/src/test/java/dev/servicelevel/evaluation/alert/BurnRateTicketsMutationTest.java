package dev.servicelevel.evaluation.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.Observations;
import dev.servicelevel.evaluation.UnevaluableRecord;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * Burn-rate alerts over tickets that cannot be evaluated (a goal in working days on a calendar
 * that stops opening has no deadline): which of them count (an event in the longest window, its
 * start included, {@code asOf} excluded), their reason, how many are listed, and a window
 * without verdicts, which has no budget at all.
 */
class BurnRateTicketsMutationTest {

  private static final BusinessCalendar ALWAYS = BusinessCalendar.alwaysOpen(ZoneOffset.UTC);

  /** Open around the clock until 20 June 2025, then never again. */
  private static final BusinessCalendar STOPS_OPENING =
      ALWAYS.replacedFrom(LocalDate.of(2025, 6, 20), ALWAYS.complement());

  private static final Agreement SLA =
      Agreement.builder()
          .id("short-lived")
          .kind(AgreementKind.SLA)
          .title("A window that stops opening")
          .provider(Party.of("p", "Provider"))
          .customer(Party.of("c", "Customer"))
          .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
          .zone(ZoneOffset.UTC)
          .addServices(Service.of("shop", "Shop"))
          .addWindows(ServiceWindow.of("all", STOPS_OPENING))
          .addTargets(
              TicketTimerTarget.builder()
                  .id("respond")
                  .service("shop")
                  .window("all")
                  .timer(TimerKind.RESPOND)
                  .addGoals(
                      TimerGoal.of(
                          Condition.fieldIs("priority", "P1"),
                          BusinessDuration.elapsed(Duration.ofMinutes(30))),
                      TimerGoal.of(
                          Condition.fieldIs("priority", "PX"),
                          BusinessDuration.workingDaysSameTime(1)))
                  .startWhen(Condition.event("created"))
                  .stopWhen(Condition.event("agent-reply"))
                  .requiredShare(new BigDecimal("90"))
                  .build())
          .build();

  private static final Instant AS_OF = Instant.parse("2025-06-25T12:00:00Z");

  /** Windows of 3 h and 1 h before {@code AS_OF}: the longest starts at 09:00. */
  private static final BurnRateCondition CONDITION =
      BurnRateCondition.of("c", Duration.ofHours(3), Duration.ofHours(1), new BigDecimal("1"));

  private static TicketHistory ticket(String id, String priority, String created,
      String... replies) {
    List<TicketEvent> events = new ArrayList<>();
    events.add(TicketEvent.of(Instant.parse(created), "created", Map.of("priority", priority)));
    for (String r : replies) {
      events.add(TicketEvent.of(Instant.parse(r), "agent-reply"));
    }
    return TicketHistory.of(id, events);
  }

  private static BurnRateReport evaluate(EvaluationOptions options, TicketHistory... tickets) {
    return BurnRateAlerts.evaluate(
        SLA, "respond", AS_OF, Observations.builder().tickets(List.of(tickets)).build(),
        List.of(CONDITION), options);
  }

  @Test
  void unevaluableTicket_countsFromTheStartOfTheLongestWindow() {
    BurnRateReport r =
        evaluate(
            EvaluationOptions.defaults(),
            ticket("AT-START", "PX", "2025-06-25T09:00:00Z"),
            ticket("BEFORE", "PX", "2025-06-25T08:59:59Z"));
    assertEquals(1, r.unevaluable());
    assertEquals(1, r.unevaluableRecords().size());
    UnevaluableRecord first = r.unevaluableRecords().get(0);
    assertEquals("AT-START", first.id());
    assertEquals("respond", first.targetId());
    assertEquals(UnevaluableRecord.Kind.TICKET, first.kind());
    assertEquals(UnevaluableRecord.Reason.NO_DEADLINE, first.reason());
    assertTrue(first.text().contains("never opens after 2025-06-25T09:00:00Z"), first.text());
  }

  @Test
  void unevaluableTicket_withALaterEventInTheWindowCounts() {
    // created before the window, still without a deadline, answered inside it
    BurnRateReport r =
        evaluate(
            EvaluationOptions.defaults(),
            ticket("LATE", "PX", "2025-06-25T08:00:00Z", "2025-06-25T11:00:00Z"));
    assertEquals(1, r.unevaluable());
    assertEquals("LATE", r.unevaluableRecords().get(0).id());
  }

  @Test
  void unevaluableTickets_listedUpToTheOptionsBoundAndAllCounted() {
    TicketHistory a = ticket("A", "PX", "2025-06-25T09:30:00Z");
    TicketHistory b = ticket("B", "PX", "2025-06-25T10:30:00Z");
    TicketHistory c = ticket("C", "PX", "2025-06-25T11:30:00Z");
    BurnRateReport two =
        evaluate(EvaluationOptions.builder().unevaluableRecords(2).build(), c, b, a);
    assertEquals(3, two.unevaluable());
    assertEquals(List.of("A", "B"),
        two.unevaluableRecords().stream().map(UnevaluableRecord::id).toList());
    BurnRateReport exactly =
        evaluate(EvaluationOptions.builder().unevaluableRecords(3).build(), c, a, b);
    assertEquals(3, exactly.unevaluable());
    assertEquals(List.of("A", "B", "C"),
        exactly.unevaluableRecords().stream().map(UnevaluableRecord::id).toList());
  }

  @Test
  void windowWithoutVerdicts_hasNoBudgetAndNoBurnRate() {
    // a P1 ticket 15 min before asOf is still running: no verdict
    BurnRateAlert a =
        evaluate(EvaluationOptions.defaults(), ticket("RUN", "P1", "2025-06-25T11:45:00Z"))
            .alerts().get(0);
    assertEquals(Optional.empty(), a.longWindow().budget());
    assertEquals(Optional.empty(), a.shortWindow().budget());
    assertEquals(Optional.empty(), a.longWindow().burnRate());
    assertFalse(a.fires());
    assertTrue(a.toString().startsWith("quiet c: "), a.toString());
  }

  @Test
  void firingAlert_saysSoFirst() {
    // 60 s down in the last hour against 3.6 s allowed (see BurnRateAlertsTest)
    BurnRateAlert a =
        BurnRateAlerts.evaluate(
                BurnRateAlertsTest.SLA, "avail", BurnRateAlertsTest.AS_OF,
                BurnRateAlertsTest.outages(
                    BurnRateAlertsTest.outage("A", "2025-03-10T09:58:00Z", Duration.ofMinutes(1))),
                List.of(BurnRateAlertsTest.PAGE))
            .alerts().get(0);
    assertTrue(a.fires());
    assertTrue(
        a.toString().startsWith("FIRES page: burn rate >= 14.4 over PT1H and PT5M; long "),
        a.toString());
  }

  @Test
  void reportText_countsTheUnevaluableAndListsEachAlert() {
    BurnRateReport r =
        evaluate(EvaluationOptions.defaults(), ticket("A", "PX", "2025-06-25T09:30:00Z"));
    assertEquals(
        "respond 2025-06 burn-rate alerts as of 2025-06-25T12:00:00Z, 1 unevaluable\n"
            + "  quiet c: burn rate >= 1 over PT3H and PT1H;"
            + " long PT3H 2025-06-25T09:00:00Z/2025-06-25T12:00:00Z no burn rate;"
            + " short PT1H 2025-06-25T11:00:00Z/2025-06-25T12:00:00Z no burn rate",
        r.toString());
    BurnRateReport none = evaluate(EvaluationOptions.defaults());
    assertTrue(none.toString().startsWith(
        "respond 2025-06 burn-rate alerts as of 2025-06-25T12:00:00Z\n  quiet c: "),
        none.toString());
  }

  @Test
  void window_endingAtItsLengthAfterThePeriodsStartIsNotClipped() {
    Instant asOf = Instant.parse("2025-06-01T03:00:00Z");
    BurnRateCondition c =
        BurnRateCondition.of("c", Duration.ofHours(4), Duration.ofHours(3), new BigDecimal("1"));
    BurnRateAlert a =
        BurnRateAlerts.evaluate(SLA, "respond", asOf, Observations.empty(), List.of(c))
            .alerts().get(0);
    assertEquals(Instant.parse("2025-06-01T00:00:00Z"), a.longWindow().interval().getStart());
    assertTrue(a.longWindow().isClipped());
    assertEquals(Instant.parse("2025-06-01T00:00:00Z"), a.shortWindow().interval().getStart());
    assertFalse(a.shortWindow().isClipped());
  }
}
