package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.JULY;
import static dev.servicelevel.evaluation.ComplianceFixtures.JUNE;
import static dev.servicelevel.evaluation.ComplianceFixtures.respond;
import static dev.servicelevel.evaluation.ComplianceFixtures.ticket;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad inputs to the ticket-timer entry points (events, histories, evaluation, accumulators,
 * options, unevaluable records): each the input, the exact exception type and the words its
 * message must contain.
 */
class TimerBadInputCatalogueTest {

  static final Instant T = utc("2025-06-02T09:00");
  static final TicketTimerTarget TARGET = respond().build();
  static final TicketHistory GOOD = ticket("T-1", "P1", T, Duration.ofMinutes(10));
  static final String HUGE = "T\u001b[2J" + "x".repeat(10_000_000);
  static final String RANGE = "must be within 1900-01-01T00:00:00Z and 2400-01-01T00:00:00Z";

  static Arguments bad(String name, Executable input, Class<? extends Throwable> type, String... words) {
    return Arguments.of(name, input, type, Arrays.asList(words));
  }

  static Map<String, String> withNull(boolean nullKey) {
    Map<String, String> m = new HashMap<>();
    m.put(nullKey ? null : "status", nullKey ? "open" : null);
    return m;
  }

  static List<TicketEvent> withNullEvent() {
    List<TicketEvent> events = new ArrayList<>();
    events.add(TicketEvent.of(T, "created"));
    events.add(null);
    return events;
  }

  static TicketTimerTarget workingDays(BusinessDuration goal) {
    return TicketTimerTarget.builder()
        .id("respond")
        .service("shop")
        .window("all")
        .timer(TimerKind.RESPOND)
        .addGoals(TimerGoal.of(Condition.always(), goal))
        .startWhen(Condition.event("created"))
        .stopWhen(Condition.event("agent-reply"))
        .build();
  }

  static TicketTimerAccumulator june() {
    return TicketTimerAccumulator.of(TARGET, ALWAYS_UTC, JUNE, utc("2025-07-01T00:00"));
  }

  static Stream<Arguments> catalogue() {
    return Stream.of(
        // ---- events
        bad("event of null instant", () -> TicketEvent.of(null, "created"), NullPointerException.class, "at"),
        bad("event of null type", () -> TicketEvent.of(T, null), NullPointerException.class, "type"),
        bad("event of null fields", () -> TicketEvent.of(T, "created", null),
            NullPointerException.class, "fields"),
        bad("event field of null value", () -> TicketEvent.of(T, "created", withNull(false)),
            NullPointerException.class, "value of field status"),
        bad("event field of null name", () -> TicketEvent.of(T, "created", withNull(true)),
            NullPointerException.class, "field name"),
        bad("field change of null name", () -> TicketEvent.fieldChange(T, null, "v"),
            NullPointerException.class, "field"),
        bad("field change of null value", () -> TicketEvent.fieldChange(T, "status", null),
            NullPointerException.class, "value"),
        bad("blank event type", () -> TicketEvent.of(T, " \t"),
            IllegalArgumentException.class, "Event type must not be blank"),
        bad("blank field name", () -> TicketEvent.fieldChange(T, "  ", "v"),
            IllegalArgumentException.class, "Field name must not be blank"),
        bad("field set and cleared",
            () -> TicketEvent.builder().at(T).putFields("status", "x").addClearedFields("status").build(),
            IllegalArgumentException.class, "cannot be set and cleared", "status"),
        bad("event type of 10 MB with escapes", () -> TicketEvent.of(T, " ".repeat(10_000_000)),
            IllegalArgumentException.class, "Event type must not be blank", "(10000000 characters)"),
        bad("event at Instant.MAX", () -> TicketEvent.of(Instant.MAX, "created"),
            DateTimeException.class, "Event time " + RANGE, "+1000000000-12-31T23:59:59.999999999Z"),
        bad("event at Instant.MIN", () -> TicketEvent.of(Instant.MIN, "created"),
            DateTimeException.class, "Event time " + RANGE),
        bad("event one nanosecond before 1900",
            () -> TicketEvent.of(Instant.parse("1899-12-31T23:59:59.999999999Z"), "created"),
            DateTimeException.class, "Event time " + RANGE, "1899-12-31T23:59:59.999999999Z"),
        bad("event one nanosecond after 2400",
            () -> TicketEvent.fieldChange(Instant.parse("2400-01-01T00:00:00.000000001Z"), "a", "b"),
            DateTimeException.class, "Event time " + RANGE, "2400-01-01T00:00:00.000000001Z"),
        // ---- histories
        bad("history of null id", () -> TicketHistory.of(null, List.of()),
            NullPointerException.class, "ticketId"),
        bad("history of null events", () -> TicketHistory.of("T-1", null),
            NullPointerException.class, "events"),
        bad("history with a null event", () -> TicketHistory.of("T-1", withNullEvent()),
            NullPointerException.class, "event 2"),
        bad("history of blank id", () -> TicketHistory.of(" ", List.of()),
            IllegalArgumentException.class, "Ticket id must not be blank"),
        bad("history of a 10 MB id with a terminal escape, out of order",
            () -> TicketHistory.of(HUGE, List.of(TicketEvent.of(T, "b"), TicketEvent.of(T.minusSeconds(1), "a"))),
            IllegalArgumentException.class, "out of time order", "T\\u001B[2Jxxx", "(10000005 characters)",
            "event 2 is earlier than event 1"),
        // ---- evaluation
        bad("evaluate null history", () -> TicketTimers.evaluate(null, TARGET, ALWAYS_UTC, T),
            NullPointerException.class, "history"),
        bad("evaluate null target", () -> TicketTimers.evaluate(GOOD, (TicketTimerTarget) null, ALWAYS_UTC, T),
            NullPointerException.class, "target"),
        bad("evaluate null calendar", () -> TicketTimers.evaluate(GOOD, TARGET, null, T),
            NullPointerException.class, "calendar"),
        bad("evaluate null asOf", () -> TicketTimers.evaluate(GOOD, TARGET, ALWAYS_UTC, null),
            NullPointerException.class, "asOf"),
        bad("evaluate as of Instant.MAX", () -> TicketTimers.evaluate(GOOD, TARGET, ALWAYS_UTC, Instant.MAX),
            DateTimeException.class, "asOf " + RANGE, "+1000000000-12-31T23:59:59.999999999Z"),
        bad("evaluate as of Instant.MIN", () -> TicketTimers.evaluate(GOOD, TARGET, ALWAYS_UTC, Instant.MIN),
            DateTimeException.class, "asOf " + RANGE),
        bad("evaluate as of 1899",
            () -> TicketTimers.evaluate(GOOD, TARGET, ALWAYS_UTC, Instant.parse("1899-06-01T00:00:00Z")),
            DateTimeException.class, "asOf " + RANGE, "1899-06-01T00:00:00Z"),
        bad("evaluate for an unknown target with an escape",
            () -> TicketTimers.evaluate(GOOD, EcoShop.SLA, "nope\u001b", T),
            IllegalArgumentException.class, "has no ticket-timer target of that id", "nope\\u001B"),
        bad("evaluate for an availability target",
            () -> TicketTimers.evaluate(GOOD, EcoShop.SLA, "shop-prime", T),
            IllegalArgumentException.class, "has no ticket-timer target of that id", "shop-prime"),
        bad("evaluate a goal in working days on a calendar that never opens again",
            () -> TicketTimers.evaluate(ticket("PX", "PX", utc("2025-06-25T09:00"), null),
                TimerRobustnessTest.WORKING_DAYS, TimerRobustnessTest.STOPS_OPENING, utc("2025-07-01T00:00")),
            DateTimeException.class, "never opens after 2025-06-25T09:00:00Z", "no deadline"),
        bad("evaluate a goal of Integer.MAX_VALUE working days",
            () -> TicketTimers.evaluate(GOOD, workingDays(BusinessDuration.workingDaysSameTime(Integer.MAX_VALUE)),
                ALWAYS_UTC, T.plusSeconds(60)),
            DateTimeException.class, "has no deadline within the supported range"),
        bad("evaluate a goal of the end of the Integer.MAX_VALUE-th working day",
            () -> TicketTimers.evaluate(GOOD, workingDays(BusinessDuration.endOfWorkingDay(Integer.MAX_VALUE)),
                ALWAYS_UTC, T.plusSeconds(60)),
            DateTimeException.class, "has no deadline within the supported range"),
        // ---- accumulators
        bad("accumulator as of Instant.MAX",
            () -> TicketTimerAccumulator.of(TARGET, ALWAYS_UTC, JUNE, Instant.MAX),
            DateTimeException.class, "asOf " + RANGE),
        bad("accumulator of null target",
            () -> TicketTimerAccumulator.of(null, ALWAYS_UTC, JUNE, T),
            NullPointerException.class, "target"),
        bad("accumulator of null options",
            () -> TicketTimerAccumulator.of(TARGET, ALWAYS_UTC, JUNE, T, null),
            NullPointerException.class, "options"),
        bad("accumulator add null", () -> june().add(null), NullPointerException.class, "history"),
        bad("accumulator addAll null", () -> june().addAll(null), NullPointerException.class, "histories"),
        bad("accumulator merge null", () -> june().merge(null), NullPointerException.class, "other"),
        bad("accumulator merge of another period",
            () -> june().merge(TicketTimerAccumulator.of(TARGET, ALWAYS_UTC, JULY, utc("2025-08-01T00:00"))),
            IllegalArgumentException.class, "Only accumulators of the same target"),
        bad("period accumulator as of Instant.MAX",
            () -> PeriodAccumulator.of(EcoShop.SLA, LocalDate.of(2025, 3, 1), Instant.MAX),
            DateTimeException.class, "asOf " + RANGE),
        bad("compliance as of Instant.MIN",
            () -> Compliance.evaluate(EcoShop.SLA, LocalDate.of(2025, 3, 1), Instant.MIN, Observations.empty()),
            DateTimeException.class, "asOf " + RANGE),
        // ---- options and records
        bad("negative unevaluable records",
            () -> EvaluationOptions.builder().unevaluableRecords(-1).build(),
            IllegalArgumentException.class, "Unevaluable records must be within 0 and 10000: -1"),
        bad("too many unevaluable records",
            () -> EvaluationOptions.builder().unevaluableRecords(10_001).build(),
            IllegalArgumentException.class, "Unevaluable records must be within 0 and 10000: 10001"),
        bad("unevaluable record of null kind",
            () -> UnevaluableRecord.of(null, "T", "respond", UnevaluableRecord.Reason.INVALID, "x"),
            NullPointerException.class, "kind"),
        bad("unevaluable record of null id",
            () -> UnevaluableRecord.of(UnevaluableRecord.Kind.TICKET, null, "respond",
                UnevaluableRecord.Reason.INVALID, "x"),
            NullPointerException.class, "id"),
        bad("unevaluable record of null reason",
            () -> UnevaluableRecord.of(UnevaluableRecord.Kind.TICKET, "T", "respond", null, "x"),
            NullPointerException.class, "reason"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("catalogue")
  void badInput_isRejectedWithADocumentedException(
      String name, Executable input, Class<? extends Throwable> type, List<String> words) {
    Throwable e = assertThrows(Throwable.class, input, name);
    // the accumulators tell a goal without deadline by a package-private DateTimeException
    Class<?> actual =
        e instanceof TicketTimers.NoDeadlineException ? DateTimeException.class : e.getClass();
    assertEquals(type, actual, () -> name + ": " + e);
    String message = String.valueOf(e.getMessage());
    for (String w : words) {
      assertTrue(message.contains(w), () -> name + ": '" + w + "' not in " + message);
    }
    // never a 10 MB message
    assertTrue(message.length() < 1_000, () -> name + ": a message of " + message.length());
  }

  @Test
  void nullPointerMessages_areExactlyTheParameterName() {
    assertEquals("fields",
        assertThrows(NullPointerException.class, () -> TicketEvent.of(T, "created", null)).getMessage());
    assertEquals("events",
        assertThrows(NullPointerException.class, () -> TicketHistory.of("T-1", null)).getMessage());
  }
}
