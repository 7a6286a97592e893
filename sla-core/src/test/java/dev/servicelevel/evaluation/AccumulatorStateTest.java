package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.ticket;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * Example tests of the accumulator state (issue 14, item 6): the round trip of every target kind
 * through bytes and tree, restoring against another scope, and every class of corrupt bytes.
 */
class AccumulatorStateTest {

  private static final BusinessCalendar WEEKDAYS =
      BusinessCalendar.builder(ZoneOffset.UTC)
          .open(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
              LocalTime.of(18, 0))
          .build();
  /** Open around the clock until 20 June 2025, then never again. */
  private static final BusinessCalendar STOPS_OPENING =
      ALWAYS_UTC.replacedFrom(LocalDate.of(2025, 6, 20), ALWAYS_UTC.complement());

  private static final OutageCause VOLCANO = OutageCause.of("VOLCANO", false, "An eruption");
  static final Agreement SLA = agreement("state-sla");
  static final LocalDate JUNE_1 = LocalDate.of(2025, 6, 1);
  static final Instant MID_JUNE = utc("2025-06-16T12:00");
  static final Instant AFTER_JUNE = utc("2025-07-01T00:00");
  static final EvaluationOptions OPTIONS = EvaluationOptions.builder().worstRecords(3).build();

  static Agreement agreement(String id) {
    return Agreement.builder()
        .id(id)
        .kind(AgreementKind.SLA)
        .title("State")
        .provider(Party.of("provider", "Provider"))
        .customer(Party.of("customer", "Customer"))
        .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)))
        .zone(ZoneOffset.UTC)
        .addServices(Service.of("shop", "Shop"))
        .addWindows(
            ServiceWindow.of("all", ALWAYS_UTC),
            ServiceWindow.of("weekdays", WEEKDAYS),
            ServiceWindow.of("stops", STOPS_OPENING))
        .addOutageCauses(VOLCANO)
        .addTargets(
            AvailabilityTarget.builder().id("up").service("shop").window("weekdays")
                .minimum(dec("99.5"))
                .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE, VOLCANO)
                .maintenanceNotice(Duration.ofDays(2))
                .ignoreOutagesShorterThan(Duration.ofMinutes(1))
                .build(),
            TicketTimerTarget.builder().id("respond").service("shop").window("stops")
                .timer(TimerKind.RESPOND)
                .addGoals(
                    TimerGoal.of(Condition.fieldIs("priority", "P1"),
                        BusinessDuration.businessMinutes(30)),
                    TimerGoal.of(Condition.fieldIs("priority", "PX"),
                        BusinessDuration.workingDaysSameTime(1)))
                .startWhen(Condition.event("created"))
                .stopWhen(Condition.event("agent-reply"))
                .cancelWhen(Condition.event("withdrawn"))
                .requiredShare(dec("95"))
                .build(),
            measurement("p95", Indicator.percentile(dec("95")), Comparison.LESS_OR_EQUAL, "300",
                "weekdays"),
            measurement("mean", Indicator.mean(), Comparison.LESS_OR_EQUAL, "250.5", "all"),
            measurement("max", Indicator.max(), Comparison.LESS_THAN, "5000", "all"),
            measurement("fast", Indicator.samplesMeeting(Comparison.LESS_OR_EQUAL, dec("200")),
                Comparison.GREATER_OR_EQUAL, "90", "all"),
            measurement("ratio", Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "99.5",
                "weekdays"),
            measurement("slices", Indicator.timeslices(Duration.ofHours(1),
                Comparison.GREATER_OR_EQUAL, dec("99")), Comparison.GREATER_OR_EQUAL, "95",
                "all"),
            measurement("rslices", Indicator.ratioTimeslices(Duration.ofMinutes(30)),
                Comparison.GREATER_OR_EQUAL, "99", "all"))
        .build();
  }

  private static MeasurementTarget measurement(
      String id, Indicator indicator, Comparison c, String objective, String window) {
    return MeasurementTarget.builder().id(id).service("shop").window(window)
        .indicator(indicator).comparison(c).objective(dec(objective)).build();
  }

  /** Observations of every kind, the i-th of n shards of them. */
  static Consumer<PeriodAccumulator> observations(int shard, int shards) {
    return acc -> {
      List<Consumer<PeriodAccumulator>> all = new ArrayList<>();
      Instant june = utc("2025-06-02T09:00");
      for (int i = 0; i < 12; i++) {
        Instant at = june.plus(Duration.ofHours(31L * i));
        int k = i;
        all.add(a -> a.add(Outage.builder().id("O-" + k).service("shop")
            .interval(Interval.of(at, Duration.ofMinutes(5L + 7 * k)))
            .impact(k % 3 == 0 ? dec("0.5") : BigDecimal.ONE)
            .build()));
      }
      all.add(a -> a.add(Outage.builder().id("PM-1").service("shop")
          .interval(Interval.of(utc("2025-06-10T10:00"), Duration.ofHours(1)))
          .cause(OutageCause.PLANNED_MAINTENANCE).announcedAt(utc("2025-06-01T10:00")).build()));
      all.add(a -> a.add(Outage.builder().id("PM-2").service("shop")
          .interval(Interval.of(utc("2025-06-11T10:00"), Duration.ofHours(1)))
          .cause(OutageCause.PLANNED_MAINTENANCE).announcedAt(utc("2025-06-11T09:00")).build()));
      all.add(a -> a.add(Outage.builder().id("V-1").service("shop")
          .interval(Interval.of(utc("2025-06-12T10:00"), Duration.ofHours(1)))
          .cause(VOLCANO).build()));
      all.add(a -> a.add(Outage.builder().id("U-1").service("shop")
          .interval(Interval.of(utc("2025-06-13T10:00"), Duration.ofHours(1)))
          .cause(OutageCause.of("ALIENS", false, "Undeclared")).build()));
      all.add(a -> a.add(Outage.of("S-1", "shop",
          Interval.of(utc("2025-06-13T12:00"), Duration.ofSeconds(30)))));
      all.add(a -> a.add(Outage.of("W-1", "shop",
          Interval.of(utc("2025-06-14T12:00"), Duration.ofHours(2)))));
      for (int i = 0; i < 10; i++) {
        Instant created = utc("2025-06-03T10:00").plus(Duration.ofHours(20L * i));
        TicketHistory t = ticket("T-" + i, "P1", created, Duration.ofMinutes(i % 3 == 0 ? 45 : 9));
        all.add(a -> a.add(t));
      }
      all.add(a -> a.add(ticket("OPEN-1", "P1", utc("2025-06-16T11:50"), null)));
      all.add(a -> a.add(ticket("NOGOAL-1", "P2", utc("2025-06-05T10:00"), Duration.ofHours(1))));
      all.add(a -> a.add(TicketHistory.of("GONE-1", List.of(
          TicketEvent.of(utc("2025-06-06T10:00"), "created", Map.of("priority", "P1")),
          TicketEvent.of(utc("2025-06-06T10:05"), "withdrawn")))));
      all.add(a -> a.add(ticket("BAD-1", "PX", utc("2025-06-25T09:00"), null)));
      all.add(a -> a.add(ticket("BAD-2", "PX", utc("2025-06-25T09:01"), null)));
      for (int i = 0; i < 40; i++) {
        Instant at = utc("2025-06-02T00:00").plus(Duration.ofMinutes(397L * i));
        BigDecimal v = BigDecimal.valueOf(100 + (i * 37) % 300, i % 3);
        for (String target : List.of("p95", "mean", "max", "fast")) {
          all.add(a -> a.add(target, at, v));
        }
        long total = 1000 + i;
        EventCount count = EventCount.of(Interval.of(at, Duration.ofMinutes(1)),
            total - (i % 4) * 7, total);
        for (String target : List.of("ratio", "slices", "rslices")) {
          all.add(a -> a.add(target, count));
        }
      }
      for (int i = shard; i < all.size(); i += shards) {
        all.get(i).accept(acc);
      }
    };
  }

  static PeriodAccumulator filled(Instant asOf, int shard, int shards) {
    PeriodAccumulator a = PeriodAccumulator.of(SLA, JUNE_1, asOf, OPTIONS);
    observations(shard, shards).accept(a);
    return a;
  }

  private static PeriodAccumulator restore(Instant asOf, AccumulatorState state) {
    return PeriodAccumulator.restore(SLA, JUNE_1, asOf, OPTIONS, state);
  }

  // ---- round trips ---------------------------------------------------------------------------

  @Test
  void everyTargetKind_roundTripsThroughBytesAndReportsAlike() {
    for (Instant asOf : List.of(MID_JUNE, AFTER_JUNE)) {
      PeriodAccumulator a = filled(asOf, 0, 1);
      AccumulatorState state = a.state();
      byte[] bytes = state.toBytes();
      AccumulatorState read = AccumulatorState.fromBytes(bytes);
      assertEquals(state, read);
      assertEquals(state.hashCode(), read.hashCode());
      assertArrayEquals(bytes, read.toBytes());
      PeriodAccumulator restored = restore(asOf, read);
      PeriodReport report = a.report();
      assertEquals(report, restored.report());
      assertEquals(report.toString(), restored.report().toString());
      // the fixed point
      assertEquals(state, restore(asOf, state).state());
      assertArrayEquals(bytes, restored.state().toBytes());
    }
  }

  @Test
  void theReportShowsWhatTheStateCarries() {
    PeriodReport r = restore(MID_JUNE, filled(MID_JUNE, 0, 1).state()).report();
    TargetResult up = r.result("up").orElseThrow();
    AvailabilityFigures f = up.availability().orElseThrow();
    assertEquals(1, f.unevaluable());
    assertEquals("U-1", f.unevaluableRecords().get(0).id());
    assertTrue(up.explanation().reasonCounts().containsKey("excluded: VOLCANO"),
        up.explanation().toString());
    assertTrue(up.explanation().reasonCounts().containsKey("outside window hours"),
        up.explanation().toString());
    assertEquals(3, up.explanation().counted().size());
    TicketFigures t = r.result("respond").orElseThrow().tickets().orElseThrow();
    assertTrue(t.met() > 0 && t.breached() > 0, t.toString());
    assertEquals(1, t.pending());
    assertEquals(2, t.excluded());
    TicketFigures after = restore(AFTER_JUNE, filled(AFTER_JUNE, 0, 1).state()).report()
        .result("respond").orElseThrow().tickets().orElseThrow();
    assertEquals(2, after.unevaluable());
    assertEquals("BAD-1", after.unevaluableRecords().get(0).id());
    TargetResult p95 = r.result("p95").orElseThrow();
    assertTrue(p95.achieved().isPresent(), p95.toString());
    assertTrue(p95.explanation().reasonCounts().containsKey("outside window hours"),
        p95.explanation().toString());
    assertTrue(r.result("rslices").orElseThrow().achieved().isPresent());
    assertTrue(r.result("slices").orElseThrow().achieved().isPresent());
  }

  @Test
  void restoredThenMerged_reportsAsTheOriginalMerged() {
    for (Instant asOf : List.of(MID_JUNE, AFTER_JUNE)) {
      PeriodReport expected = filled(asOf, 0, 3).merge(filled(asOf, 1, 3))
          .merge(filled(asOf, 2, 3)).report();
      PeriodAccumulator viaState =
          restore(asOf, AccumulatorState.fromBytes(filled(asOf, 0, 3).state().toBytes()))
              .merge(filled(asOf, 1, 3))
              .merge(restore(asOf, filled(asOf, 2, 3).state()));
      assertEquals(expected, viaState.report());
      // and the one pass
      assertEquals(filled(asOf, 0, 1).report(), viaState.report());
    }
  }

  @Test
  void reportAndState_changeNothing() {
    // a result once added the slices' counts to the accumulator's reasons on every call
    PeriodAccumulator a = filled(MID_JUNE, 0, 1);
    AccumulatorState before = a.state();
    PeriodReport first = a.report();
    assertEquals(first, a.report());
    assertEquals(before, a.state());
    assertEquals(Long.valueOf(40), first.result("slices").orElseThrow().explanation()
        .reasonCounts().get("counted"));
  }

  @Test
  void stateTaking_leavesTheAccumulatorUsable() {
    PeriodAccumulator a = filled(MID_JUNE, 0, 2);
    AccumulatorState first = a.state();
    assertEquals(first, a.state());
    a.merge(filled(MID_JUNE, 1, 2));
    assertNotEquals(first, a.state());
    assertEquals(filled(MID_JUNE, 0, 1).report(), a.report());
  }

  @Test
  void emptyAccumulator_roundTrips() {
    PeriodAccumulator empty = PeriodAccumulator.of(SLA, JUNE_1, MID_JUNE, OPTIONS);
    AccumulatorState state = empty.state();
    AccumulatorState read = AccumulatorState.fromBytes(state.toBytes());
    assertEquals(state, read);
    assertEquals(empty.report(), restore(MID_JUNE, read).report());
    assertEquals("accumulator state state-sla 2025-06-01 as of 2025-06-16T12:00:00Z, 9 targets",
        read.toString());
    assertEquals("state-sla", read.agreementId());
    assertEquals(JUNE_1, read.date());
    assertEquals(MID_JUNE, read.asOf());
  }

  @Test
  void tree_roundTripsAndTakesTextForms() {
    AccumulatorState state = filled(MID_JUNE, 0, 1).state();
    assertEquals(state, AccumulatorState.fromTree(state.tree()));
    Map<String, Object> text = textForms(state.tree());
    assertEquals(state, AccumulatorState.fromTree(text));
    assertEquals(
        List.of("agreement", "digest", "date", "asOf", "worstRecords", "explanationPage",
            "unevaluableRecords", "targets"),
        new ArrayList<>(state.tree().keySet()));
    // read-only, all the way down
    List<?> targets = (List<?>) state.tree().get("targets");
    assertThrows(UnsupportedOperationException.class, () -> targets.remove(0));
    Map<String, Object> up = map(targets.get(0));
    assertThrows(UnsupportedOperationException.class, () -> up.put("met", 1L));
    assertThrows(UnsupportedOperationException.class,
        () -> list(up, "downtime").remove(0));
    assertThrows(UnsupportedOperationException.class,
        () -> map(list(up, "countedRecords").get(0)).put("x", 1L));
    assertThrows(UnsupportedOperationException.class,
        () -> map(map(list(up, "countedRecords").get(0)).get("figures")).clear());
  }

  /** The tree with every decimal and instant in its text form, as a JSON reader gives it. */
  @SuppressWarnings("unchecked")
  static <T> T textForms(T node) {
    if (node instanceof Map) {
      Map<String, Object> m = new LinkedHashMap<>();
      ((Map<String, Object>) node).forEach((k, v) -> m.put(k, textForms(v)));
      return (T) m;
    }
    if (node instanceof List) {
      List<Object> l = new ArrayList<>();
      ((List<Object>) node).forEach(v -> l.add(textForms(v)));
      return (T) l;
    }
    if (node instanceof BigDecimal || node instanceof Instant) {
      return (T) node.toString();
    }
    return node;
  }

  // ---- another scope -------------------------------------------------------------------------

  @Test
  void restoreAgainstAnotherScope_namesBothScopes() {
    AccumulatorState state = filled(MID_JUNE, 0, 1).state();
    String digest = (String) state.tree().get("digest");
    AccumulatorStateException e = assertThrows(AccumulatorStateException.class,
        () -> restore(AFTER_JUNE, state));
    assertEquals(
        "Accumulator state belongs to another scope: the state's is state-sla 2025-06-01 as of"
            + " 2025-06-16T12:00:00Z (digest " + digest + ", worst records 3, page 0, unevaluable"
            + " records 100); the one to restore is state-sla 2025-06-01 as of"
            + " 2025-07-01T00:00:00Z (digest " + digest + ", worst records 3, page 0,"
            + " unevaluable records 100)",
        e.getMessage());
    assertEquals("", e.pointer());
    assertThrows(AccumulatorStateException.class, () -> PeriodAccumulator.restore(
        SLA, JUNE_1, MID_JUNE, EvaluationOptions.defaults(), state));
    assertThrows(AccumulatorStateException.class, () -> PeriodAccumulator.restore(
        SLA, LocalDate.of(2025, 6, 2), MID_JUNE, OPTIONS, state));
    // same id, another content: the digest differs
    Agreement edited = SLA.withTargets(SLA.targets().subList(0, 8));
    AccumulatorStateException other = assertThrows(AccumulatorStateException.class,
        () -> PeriodAccumulator.restore(edited, JUNE_1, MID_JUNE, OPTIONS, state));
    assertTrue(other.getMessage().contains("(digest " + digest + ","), other.getMessage());
    assertTrue(other.getMessage().contains("(digest " + AccumulatorState.digest(edited) + ","),
        other.getMessage());
    assertNotEquals(digest, AccumulatorState.digest(edited));
    assertThrows(AccumulatorStateException.class,
        () -> PeriodAccumulator.restore(agreement("other-sla"), JUNE_1, MID_JUNE, OPTIONS,
            state));
  }

  @Test
  void digest_isStableText() {
    // a digest of text forms: the same for equal agreements built apart, 32 hex digits
    assertEquals(AccumulatorState.digest(SLA), AccumulatorState.digest(agreement("state-sla")));
    assertTrue(AccumulatorState.digest(SLA).matches("[0-9a-f]{32}"));
  }

  @Test
  void targetsOtherThanTheAgreements_areRejected() {
    Map<String, Object> tree = mutable(filled(MID_JUNE, 0, 1).state().tree());
    List<Object> targets = list(tree, "targets");
    Map<String, Object> first = map(targets.get(0));
    first.put("target", "down");
    assertRestoreRejected("/targets/0",
        "Accumulator state part /targets/0 must be target up of kind availability: down of kind"
            + " availability",
        tree);
    first.put("target", "up");
    targets.remove(8);
    assertRestoreRejected("/targets",
        "Accumulator state has 8 targets where agreement state-sla has 9", tree);
  }

  @Test
  void partsThatContradictTheirTarget_areRejected() {
    Map<String, Object> tree = mutable(filled(MID_JUNE, 0, 1).state().tree());
    Map<String, Object> up = map(list(tree, "targets").get(0));
    List<Object> counted = list(up, "countedRecords");
    counted.add(counted.get(0));
    assertRestoreRejected("/targets/0/countedRecords",
        "Accumulator state part /targets/0/countedRecords keeps at most 3 records by the"
            + " options: 4", tree);
    counted.remove(3);
    up.put("unevaluableCount", 0L);
    assertRestoreRejected("/targets/0/unevaluableCount",
        "Accumulator state part /targets/0/unevaluableCount must be at least the 1 records kept:"
            + " 0", tree);
    up.put("unevaluableCount", 1L);
    Map<String, Object> ratio = map(list(tree, "targets").get(6));
    ratio.put("countedEvents", 1L + (Long) ratio.get("totalEvents"));
    assertRestoreRejected("/targets/6/countedEvents",
        "Accumulator state part /targets/6/countedEvents must be at most the 13261 total: 13262",
        tree);
    ratio.put("countedEvents", 0L);
    Map<String, Object> p95 = map(list(tree, "targets").get(2));
    p95.put("samples", 1L + (Long) p95.get("samples"));
    assertRestoreRejected("/targets/2/distribution",
        "Accumulator state part /targets/2/distribution must count the 14 samples: 13", tree);
  }

  private static void assertRestoreRejected(
      String pointer, String message, Map<String, Object> tree) {
    AccumulatorState state = AccumulatorState.fromTree(tree);
    AccumulatorStateException e = assertThrows(AccumulatorStateException.class,
        () -> restore(MID_JUNE, AccumulatorState.fromBytes(state.toBytes())));
    assertEquals(message, e.getMessage());
    assertEquals(pointer, e.pointer());
  }

  // ---- bad trees -----------------------------------------------------------------------------

  @Test
  void badParts_areRejectedWithTheirPointer() {
    Map<String, Object> tree = mutable(filled(MID_JUNE, 0, 1).state().tree());
    Map<String, Object> respond = map(list(tree, "targets").get(1));
    respond.put("met", -1L);
    assertTreeRejected("/targets/1/met",
        "Accumulator state part /targets/1/met must be a whole number from 0 to"
            + " 9223372036854775807: -1", tree);
    respond.put("met", 1.5);
    assertTreeRejected("/targets/1/met",
        "Accumulator state part /targets/1/met must be a whole number from 0 to"
            + " 9223372036854775807: 1.5", tree);
    respond.put("met", 3);
    respond.put("metx", 3L);
    assertTreeRejected("/targets/1/metx",
        "Accumulator state has a part this format does not define: /targets/1/metx", tree);
    respond.remove("metx");
    respond.remove("pending");
    assertTreeRejected("/targets/1/pending",
        "Accumulator state lacks the part /targets/1/pending, which is required", tree);
    respond.put("pending", 1L);
    respond.put("kind", "tickets");
    assertTreeRejected("/targets/1/kind",
        "Accumulator state part /targets/1/kind must be one of availability, ticketTimer,"
            + " samples, ratio, slices: tickets", tree);
    respond.put("kind", "ticketTimer");
    tree.put("asOf", "2025-06-16 12:00");
    assertTreeRejected("/asOf",
        "Accumulator state part /asOf must be an RFC 3339 instant such as 2025-03-01T00:00:00Z:"
            + " 2025-06-16 12:00", tree);
    tree.put("asOf", "2400-01-01T00:00:01Z");
    assertTreeRejected("/asOf",
        "Accumulator state part /asOf must be an instant within 1900-01-01T00:00:00Z and"
            + " 2400-01-01T00:00:00Z: 2400-01-01T00:00:01Z", tree);
    tree.put("asOf", MID_JUNE);
    Map<String, Object> up = map(list(tree, "targets").get(0));
    Map<String, Object> record = map(list(up, "countedRecords").get(0));
    record.put("amount", "1e999999999");
    assertTreeRejected("/targets/0/countedRecords/0/amount",
        "Accumulator state part /targets/0/countedRecords/0/amount must be a decimal with at"
            + " most 40 digits after the point and an unscaled value of at most 256 bits, scale"
            + " at least -40, once trailing zeros are dropped: 1e999999999", tree);
    record.put("amount", "ten");
    assertTreeRejected("/targets/0/countedRecords/0/amount",
        "Accumulator state part /targets/0/countedRecords/0/amount must be a decimal in text"
            + " form such as \"99.95\": ten", tree);
    record.put("amount", "10");
    record.put("code", "NOPE");
    assertTreeRejected("/targets/0/countedRecords/0/code",
        "Accumulator state part /targets/0/countedRecords/0/code must name a ReasonCode: NOPE",
        tree);
    record.put("code", "OUTAGE_COUNTED");
    map(up.get("reasons")).put("a/b~c", -2L);
    assertTreeRejected("/targets/0/reasons/a~1b~0c",
        "Accumulator state part /targets/0/reasons/a~1b~0c must be a whole number from 0 to"
            + " 9223372036854775807: -2", tree);
    map(up.get("reasons")).remove("a/b~c");
    AccumulatorState.fromTree(tree);
  }

  private static void assertTreeRejected(
      String pointer, String message, Map<String, Object> tree) {
    AccumulatorStateException e =
        assertThrows(AccumulatorStateException.class, () -> AccumulatorState.fromTree(tree));
    assertEquals(message, e.getMessage());
    assertEquals(pointer, e.pointer());
  }

  /** A deep copy of a state tree whose maps and lists can be changed. */
  @SuppressWarnings("unchecked")
  static <T> T mutable(T node) {
    if (node instanceof Map) {
      Map<String, Object> m = new LinkedHashMap<>();
      ((Map<String, Object>) node).forEach((k, v) -> m.put(k, mutable(v)));
      return (T) m;
    }
    if (node instanceof List) {
      List<Object> l = new ArrayList<>();
      ((List<Object>) node).forEach(v -> l.add(mutable(v)));
      return (T) l;
    }
    return node;
  }

  /** Target {@code i} of a state tree. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> target(Map<String, Object> tree, int i) {
    return (Map<String, Object>) ((List<Object>) tree.get("targets")).get(i);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    return (Map<String, Object>) node;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> node, String key) {
    return (List<Object>) node.get(key);
  }

  // ---- corrupt bytes -------------------------------------------------------------------------

  @Test
  void everyTruncation_isRejected() {
    byte[] bytes = filled(MID_JUNE, 0, 1).state().toBytes();
    for (int n = 0; n < bytes.length; n++) {
      byte[] prefix = Arrays.copyOf(bytes, n);
      AccumulatorStateException e = assertThrows(AccumulatorStateException.class,
          () -> AccumulatorState.fromBytes(prefix), "prefix of " + n);
      assertTrue(e.getMessage().startsWith("Accumulator state "), e.getMessage());
    }
  }

  @Test
  void truncatedInAValue_saysSo() {
    byte[] bytes = filled(MID_JUNE, 0, 1).state().toBytes();
    AccumulatorStateException e = assertThrows(AccumulatorStateException.class,
        () -> AccumulatorState.fromBytes(Arrays.copyOf(bytes, 6)));
    assertEquals(
        "Accumulator state has a map size of 8 at byte 6, more than the 0 bytes remaining",
        assertThrows(AccumulatorStateException.class,
            () -> AccumulatorState.fromBytes(Arrays.copyOf(bytes, 7))).getMessage()
            .replace("at byte 6", "at byte 6"));
    assertEquals("Accumulator state is truncated: it ends at byte 6 in the middle of a value",
        e.getMessage());
  }

  @Test
  void anotherVersion_isRejected() {
    byte[] bytes = filled(MID_JUNE, 0, 1).state().toBytes();
    bytes[4] = 2;
    AccumulatorStateException e = assertThrows(AccumulatorStateException.class,
        () -> AccumulatorState.fromBytes(bytes));
    assertEquals("Accumulator state has format version 2; this library reads version 1",
        e.getMessage());
    assertEquals("", e.pointer());
  }

  @Test
  void unknownMagic_isRejected() {
    byte[] bytes = filled(MID_JUNE, 0, 1).state().toBytes();
    bytes[0] = '{';
    assertEquals(
        "Accumulator state must start with the magic bytes 53 4c 41 53 (SLAS): 7b 4c 41 53",
        assertThrows(AccumulatorStateException.class, () -> AccumulatorState.fromBytes(bytes))
            .getMessage());
    assertEquals(
        "Accumulator state must start with the magic bytes 53 4c 41 53 (SLAS): no bytes",
        assertThrows(AccumulatorStateException.class,
            () -> AccumulatorState.fromBytes(new byte[0])).getMessage());
  }

  @Test
  void trailingBytes_areRejected() {
    byte[] bytes = filled(MID_JUNE, 0, 1).state().toBytes();
    byte[] longer = Arrays.copyOf(bytes, bytes.length + 2);
    assertEquals(
        "Accumulator state has 2 bytes after its end at byte " + bytes.length,
        assertThrows(AccumulatorStateException.class,
            () -> AccumulatorState.fromBytes(longer)).getMessage());
  }

  @Test
  void corruptValues_areRejected() {
    byte[] header = {'S', 'L', 'A', 'S', 1};
    assertBytesRejected("Accumulator state must hold a map at its root, at byte 5",
        header, 6);
    // a map of one entry whose key refers to a string never read
    assertBytesRejected(
        "Accumulator state refers to string 5 at byte 7, but only 0 were read", header, 7, 1, 5);
    // a key twice
    assertBytesRejected("Accumulator state has the key a twice at byte 11",
        header, 7, 2, 0, 1, 'a', 0, 1, 0, 1);
    // an unknown tag
    assertBytesRejected("Accumulator state has an unknown value tag 9 at byte 10",
        header, 7, 1, 0, 1, 'a', 9);
    // a string that is not UTF-8
    assertBytesRejected("Accumulator state has a string that is not UTF-8 at byte 9",
        header, 7, 1, 0, 1, 0xFF);
    // a number longer than 64 bits
    assertBytesRejected("Accumulator state has a number longer than 64 bits at byte 21",
        header, 7, 1, 0, 1, 'a', 2, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F);
    // a decimal of a huge scale, of no bytes
    assertBytesRejected("Accumulator state has a decimal with scale 5000 at byte 10; the scale"
        + " must be within -1000 and 1000", header, 7, 1, 0, 1, 'a', 4, 0x90, 0x4E, 1, 1);
    assertBytesRejected("Accumulator state has a decimal of 0 bytes at byte 10; it must have 1"
        + " to 64", header, 7, 1, 0, 1, 'a', 4, 0, 0);
    // an instant out of range
    // 2^34 seconds after the epoch: 2514-05-30T01:53:04Z
    assertBytesRejected("Accumulator state has an instant outside 1900-01-01T00:00:00Z to"
        + " 2400-01-01T00:00:00Z at byte 10: instant must be within 1900-01-01T00:00:00Z and"
        + " 2400-01-01T00:00:00Z: 2514-05-30T01:53:04Z",
        header, 7, 1, 0, 1, 'a', 5, 0x80, 0x80, 0x80, 0x80, 0x80, 1, 0);
    assertBytesRejected("Accumulator state has an instant outside 1900-01-01T00:00:00Z to"
        + " 2400-01-01T00:00:00Z at byte 10: nanosecond 1000000000",
        header, 7, 1, 0, 1, 'a', 5, 0, 0x80, 0x94, 0xEB, 0xDC, 0x03);
    // nesting beyond the bound
    int[] deep = new int[5 + 4 + 20 * 2 + 1];
    int[] h = {'S', 'L', 'A', 'S', 1};
    System.arraycopy(h, 0, deep, 0, 5);
    deep[5] = 7;
    deep[6] = 1;
    int i = 7;
    deep[i++] = 0;
    deep[i++] = 0;
    for (; i + 1 < deep.length; i += 2) {
      deep[i] = 6;
      deep[i + 1] = 1;
    }
    AccumulatorStateException e = assertThrows(AccumulatorStateException.class,
        () -> AccumulatorState.fromBytes(bytes(deep)));
    assertTrue(e.getMessage().startsWith("Accumulator state nests deeper than 16 levels"),
        e.getMessage());
    // a well-formed tree that is no state
    assertBytesRejected("Accumulator state lacks the part /agreement, which is required",
        header, 7, 0);
  }

  private static void assertBytesRejected(String message, byte[] header, int... rest) {
    int[] all = new int[header.length + rest.length];
    for (int i = 0; i < header.length; i++) {
      all[i] = header[i];
    }
    System.arraycopy(rest, 0, all, header.length, rest.length);
    AccumulatorStateException e = assertThrows(AccumulatorStateException.class,
        () -> AccumulatorState.fromBytes(bytes(all)));
    assertEquals(message, e.getMessage());
  }

  private static byte[] bytes(int[] values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void nulls_areNamed() {
    assertEquals("bytes", assertThrows(NullPointerException.class,
        () -> AccumulatorState.fromBytes(null)).getMessage());
    assertEquals("tree", assertThrows(NullPointerException.class,
        () -> AccumulatorState.fromTree(null)).getMessage());
    assertEquals("state", assertThrows(NullPointerException.class,
        () -> restore(MID_JUNE, null)).getMessage());
  }
}
