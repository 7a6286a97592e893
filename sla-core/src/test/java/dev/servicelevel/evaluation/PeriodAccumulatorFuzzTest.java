package dev.servicelevel.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.BusinessDuration;
import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Condition;
import dev.servicelevel.agreement.CreditPolicy;
import dev.servicelevel.agreement.CreditTier;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TargetCredits;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * Fuzzes the period accumulators on fuzzed observations (outages, tickets, samples, event
 * counts) for every kind of target (issue 18, item 2). Plain test runs replay the inputs in
 * {@code PeriodAccumulatorFuzzTestInputs/splitAndMerge}; {@code JAZZER_FUZZ=1} searches for new
 * ones.
 *
 * <p>Laws: any split of the observations into shards, accumulated separately and merged in any
 * order, reports exactly what one pass reports; availability and every share lie within
 * [0, 100]. An observation the accumulator rejects fails alike in every shard with an
 * {@link IllegalArgumentException}.
 */
class PeriodAccumulatorFuzzTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ServiceWindow PRIME = ServiceWindow.of(
      "prime",
      BusinessCalendar.builder(BERLIN)
          .open(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), LocalTime.of(8, 0),
              LocalTime.of(22, 0))
          .holiday(LocalDate.of(2025, 3, 17))
          .build());
  private static final ServiceWindow ALL = ServiceWindow.alwaysOpen("all", BERLIN);
  private static final Condition P1 = Condition.fieldIs("priority", "P1");
  private static final String[] MEASURED = {"latency", "mean", "max", "fast"};
  private static final String[] COUNTED = {"ratio", "slices"};
  private static final Agreement[] AGREEMENTS = {agreement(ReportingPeriod.calendarMonth()),
    agreement(ReportingPeriod.calendarWeek()), agreement(ReportingPeriod.rollingDays(10))};
  private static final Instant START = Instant.parse("2025-03-01T00:00:00Z");
  private static final long DAY = 86_400;

  @FuzzTest(maxDuration = "10m")
  void splitAndMerge(FuzzedDataProvider data) {
    Agreement agreement = data.pickValue(AGREEMENTS);
    LocalDate date = LocalDate.of(2025, 3, 1).plusDays(data.consumeInt(0, 40));
    Instant asOf = START.plusSeconds(data.consumeLong(0, 50 * DAY));
    int shards = data.consumeInt(1, 4);
    List<Consumer<PeriodAccumulator>> observations = new ArrayList<>();
    List<Integer> shardOf = new ArrayList<>();
    for (int n = data.consumeInt(0, 30); n > 0 && data.remainingBytes() > 0; n--) {
      Consumer<PeriodAccumulator> o = observation(data, observations.size());
      if (o != null) {
        observations.add(o);
        shardOf.add(data.consumeInt(0, shards - 1));
      }
    }

    PeriodAccumulator onePass = PeriodAccumulator.of(agreement, date, asOf);
    List<PeriodAccumulator> parts = new ArrayList<>();
    for (int i = 0; i < shards; i++) {
      parts.add(PeriodAccumulator.of(agreement, date, asOf));
    }
    for (int i = 0; i < observations.size(); i++) {
      observations.get(i).accept(onePass);
      observations.get(i).accept(parts.get(shardOf.get(i)));
    }
    // merge in an order the input chooses
    while (parts.size() > 1) {
      PeriodAccumulator a = parts.remove(data.consumeInt(0, parts.size() - 1));
      PeriodAccumulator b = parts.remove(data.consumeInt(0, parts.size() - 1));
      parts.add(data.consumeBoolean() ? a.merge(b) : b.merge(a));
    }
    PeriodReport expected = onePass.report();
    PeriodReport merged = parts.get(0).report();
    assertEquals(expected, merged, () -> expected + "\nmerged:\n" + merged);
    assertEquals(expected.toString(), merged.toString());

    BigDecimal hundred = BigDecimal.valueOf(100);
    for (TargetResult r : expected.results()) {
      boolean percent = r.availability().isPresent() || r.tickets().isPresent()
          || r.metric().contains("%") || r.unit().map("%"::equals).orElse(false);
      if (percent && r.achieved().isPresent()) {
        BigDecimal a = r.achieved().get();
        assertTrue(a.signum() >= 0 && a.compareTo(hundred) <= 0, r::toString);
      }
      r.availability().ifPresent(f -> {
        assertFalse(f.downtime().isNegative(), r::toString);
        assertTrue(f.downtime().compareTo(f.agreedTimeSoFar()) <= 0, r::toString);
        assertTrue(f.agreedTimeSoFar().compareTo(f.agreedTime()) <= 0, r::toString);
      });
    }
  }

  /** An observation as an action on an accumulator; null if the input makes none. */
  private static Consumer<PeriodAccumulator> observation(FuzzedDataProvider data, int n) {
    Instant at = START.plusSeconds(data.consumeLong(-5 * DAY, 45 * DAY))
        .plusNanos(data.consumeBoolean() ? 0 : data.consumeInt(0, 999_999_999));
    switch (data.consumeInt(0, 3)) {
      case 0: {
        Outage.Builder b = Outage.builder();
        b.id("o" + n).service(data.consumeBoolean() ? "shop" : "other")
            .interval(Interval.of(at, at.plusSeconds(data.consumeLong(1, 3 * DAY))));
        OutageCause cause = data.consumeBoolean() ? data.pickValue(OutageCause.predefined()) : null;
        if (cause != null) {
          b.cause(cause);
        }
        // only planned maintenance is announced
        if (cause == OutageCause.PLANNED_MAINTENANCE && data.consumeBoolean()) {
          b.announcedAt(at.minusSeconds(data.consumeLong(0, 10 * DAY)));
        }
        b.impact(data.pickValue(List.of(BigDecimal.ONE, new BigDecimal("0.5"),
            new BigDecimal("0.001"))));
        Outage outage = b.build();
        return acc -> acc.add(outage);
      }
      case 1: {
        List<TicketEvent> events = new ArrayList<>();
        events.add(TicketEvent.of(at, "created",
            Map.of("priority", data.consumeBoolean() ? "P1" : "P2")));
        Instant t = at;
        for (int k = data.consumeInt(0, 3); k > 0; k--) {
          t = t.plusSeconds(data.consumeLong(0, DAY));
          events.add(data.consumeBoolean()
              ? TicketEvent.of(t, "agent-reply")
              : TicketEvent.fieldChange(t, "status", data.consumeBoolean() ? "waiting" : "open"));
        }
        TicketHistory history = TicketHistory.of("t" + n, events);
        return acc -> acc.add(history);
      }
      case 2: {
        String target = data.pickValue(MEASURED);
        BigDecimal value = BigDecimal.valueOf(data.consumeLong(-1_000, 100_000),
            data.consumeInt(0, 3));
        return acc -> acc.add(target, at, value);
      }
      default: {
        String target = data.pickValue(COUNTED);
        long total = data.consumeLong(0, 1_000_000);
        EventCount count = EventCount.of(
            Interval.of(at, at.plusSeconds(data.consumeBoolean() ? 0 : data.consumeLong(1, DAY))),
            data.consumeLong(0, total), total);
        return acc -> acc.add(target, count);
      }
    }
  }

  private static Agreement agreement(ReportingPeriod period) {
    Agreement.Builder b = Agreement.builder();
    b.id("fuzz-sla")
        .kind(AgreementKind.SLA)
        .title("Fuzzed")
        .provider(Party.of("provider", "Provider"))
        .customer(Party.of("customer", "Customer"))
        .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)))
        .zone(BERLIN)
        .addServices(Service.of("shop", "Shop"), Service.of("other", "Other"))
        .addWindows(PRIME, ALL)
        .addTargets(
            AvailabilityTarget.builder().id("up-prime").service("shop").window("prime")
                .period(period).minimum(new BigDecimal("99.9"))
                .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE)
                .maintenanceNotice(Duration.ofDays(5))
                .ignoreOutagesShorterThan(Duration.ofMinutes(1))
                .build(),
            AvailabilityTarget.builder().id("up-all").service("shop").window("all")
                .period(period).minimum(new BigDecimal("99.5")).build(),
            TicketTimerTarget.builder().id("respond").service("shop").window("prime")
                .period(period).timer(TimerKind.RESPOND)
                .addGoals(
                    TimerGoal.of(P1, BusinessDuration.businessMinutes(30)),
                    TimerGoal.of(Condition.always(), BusinessDuration.endOfWorkingDay(1)))
                .startWhen(Condition.event("created"))
                .stopWhen(Condition.event("agent-reply"))
                .pauseWhen(Condition.fieldIs("status", "waiting"))
                .requiredShare(new BigDecimal("95"))
                .build(),
            measurement("latency", Indicator.percentile(new BigDecimal("95")),
                Comparison.LESS_OR_EQUAL, "300", period),
            measurement("mean", Indicator.mean(), Comparison.LESS_OR_EQUAL, "250.5", period),
            measurement("max", Indicator.max(), Comparison.LESS_THAN, "5000", period),
            measurement("fast", Indicator.samplesMeeting(Comparison.LESS_OR_EQUAL,
                new BigDecimal("200")), Comparison.GREATER_OR_EQUAL, "90", period),
            measurement("ratio", Indicator.ratio(), Comparison.GREATER_OR_EQUAL, "99.5", period),
            measurement("slices", Indicator.timeslices(Duration.ofHours(1),
                Comparison.GREATER_OR_EQUAL, new BigDecimal("99")),
                Comparison.GREATER_OR_EQUAL, "95", period));
    if (period.equals(ReportingPeriod.calendarMonth())) {
      // credit tiers need the billing period
      b.creditPolicy(CreditPolicy.builder()
          .fee(new BigDecimal("1000.00"))
          .currency(Currency.getInstance("EUR"))
          .addTargets(TargetCredits.of("up-prime",
                  CreditTier.below(new BigDecimal("95"), new BigDecimal("30")),
                  CreditTier.between(new BigDecimal("95"), new BigDecimal("99.9"),
                      new BigDecimal("10"))),
              TargetCredits.of("latency",
                  CreditTier.between(new BigDecimal("300"), new BigDecimal("1000"),
                      new BigDecimal("5"))))
          .capPercent(new BigDecimal("30"))
          .build());
    }
    return b.build();
  }

  private static MeasurementTarget measurement(String id, Indicator indicator,
      Comparison comparison, String objective, ReportingPeriod period) {
    return MeasurementTarget.builder().id(id).service("shop").window("all").period(period)
        .indicator(indicator).comparison(comparison).objective(new BigDecimal(objective))
        .build();
  }
}
