package dev.servicelevel.benchmarks;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;

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
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.agreement.TargetCredits;
import dev.servicelevel.agreement.TicketTimerTarget;
import dev.servicelevel.agreement.TimerGoal;
import dev.servicelevel.agreement.TimerKind;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
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
import java.util.SplittableRandom;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * A month of the EcoShop SLA's observations, generated from a seed: outages, ticket histories of
 * eight events each, and latency samples, with the agreement they are judged by.
 *
 * <p>The agreement: availability 99.9 % in prime time (Mon–Sat 08:00–22:00 Berlin) and 99.5 %
 * outside it, excluding planned maintenance announced five days ahead; respond to P1 in 30 min
 * and P2 in 2 h (elapsed), resolve P1 in 4 business hours and P2 the same time one working day
 * later, both pausing while the ticket waits on the customer; p95 latency at most 300 ms in prime
 * time. March 2025 is evaluated as of 1 April.
 *
 * <p>The records: outages of 10 s to 30 min anywhere in the month, one in ten at half impact,
 * one in twenty planned maintenance (half of those announced in time); tickets created anywhere
 * in the month, one in five P1, with the events created, first reply, waiting on the customer,
 * customer reply, second reply, customer reply, resolved, closed; samples anywhere in the month,
 * whole milliseconds, mostly 20–300 ms with one in twenty-five slow.
 */
final class ComplianceWorkload {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
  static final Instant START = MARCH.atStartOfDay(BERLIN).toInstant();
  static final Instant END = MARCH.plusMonths(1).atStartOfDay(BERLIN).toInstant();
  static final Instant AS_OF = END;
  static final String LATENCY = "latency";

  static final dev.servicelevel.agreement.Agreement SLA = agreement();

  final List<Outage> outages;
  final List<TicketHistory> tickets;
  final Instant[] sampleInstants;
  final BigDecimal[] sampleValues;

  private ComplianceWorkload(
      List<Outage> outages,
      List<TicketHistory> tickets,
      Instant[] sampleInstants,
      BigDecimal[] sampleValues) {
    this.outages = outages;
    this.tickets = tickets;
    this.sampleInstants = sampleInstants;
    this.sampleValues = sampleValues;
  }

  /** Generates a workload; the same sizes and seed give the same records. */
  static ComplianceWorkload generate(int outageCount, int ticketCount, int sampleCount, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long monthSeconds = Duration.between(START, END).getSeconds();
    List<Outage> outages = new ArrayList<>(outageCount);
    for (int i = 0; i < outageCount; i++) {
      Instant start = START.plusSeconds(random.nextLong(monthSeconds));
      Outage.Builder b =
          Outage.builder()
              .id("INC-" + i)
              .service("shop")
              .interval(Interval.of(start, Duration.ofSeconds(10 + random.nextInt(1790))));
      if (i % 10 == 3) {
        b.impact(new BigDecimal("0.5"));
      }
      if (i % 20 == 7) {
        b.cause(OutageCause.PLANNED_MAINTENANCE)
            .announcedAt(start.minus(Duration.ofDays(random.nextInt(2) == 0 ? 7 : 2)));
      }
      outages.add(b.build());
    }
    Map<String, String> p1 = Map.of("priority", "P1", "status", "open");
    Map<String, String> p2 = Map.of("priority", "P2", "status", "open");
    Map<String, String> waiting = Map.of("status", "waiting-on-customer");
    Map<String, String> open = Map.of("status", "open");
    Map<String, String> resolved = Map.of("status", "resolved");
    Map<String, String> closed = Map.of("status", "closed");
    List<TicketHistory> tickets = new ArrayList<>(ticketCount);
    for (int i = 0; i < ticketCount; i++) {
      Instant t = START.plusSeconds(random.nextLong(monthSeconds));
      List<TicketEvent> events = new ArrayList<>(8);
      events.add(TicketEvent.of(t, "created", random.nextInt(5) == 0 ? p1 : p2));
      t = t.plusSeconds(60 + random.nextInt(2 * 3600));
      events.add(TicketEvent.of(t, "agent-reply"));
      t = t.plusSeconds(60 + random.nextInt(3600));
      events.add(TicketEvent.builder().at(t).putAllFields(waiting).build());
      t = t.plusSeconds(60 + random.nextInt(8 * 3600));
      events.add(TicketEvent.of(t, "customer-reply", open));
      t = t.plusSeconds(60 + random.nextInt(3600));
      events.add(TicketEvent.of(t, "agent-reply"));
      t = t.plusSeconds(60 + random.nextInt(3600));
      events.add(TicketEvent.of(t, "customer-reply"));
      t = t.plusSeconds(60 + random.nextInt(6 * 3600));
      events.add(TicketEvent.of(t, "resolved", resolved));
      t = t.plusSeconds(3600 + random.nextInt(48 * 3600));
      events.add(TicketEvent.of(t, "closed", closed));
      tickets.add(TicketHistory.of("T-" + i, events));
    }
    Instant[] instants = new Instant[sampleCount];
    BigDecimal[] values = new BigDecimal[sampleCount];
    BigDecimal[] millis = new BigDecimal[2001];
    for (int v = 0; v < millis.length; v++) {
      millis[v] = BigDecimal.valueOf(v);
    }
    for (int i = 0; i < sampleCount; i++) {
      instants[i] = START.plusMillis(random.nextLong(monthSeconds * 1000));
      values[i] = millis[random.nextInt(25) == 0 ? 300 + random.nextInt(1701) : 20 + random.nextInt(281)];
    }
    return new ComplianceWorkload(outages, tickets, instants, values);
  }

  private static dev.servicelevel.agreement.Agreement agreement() {
    ServiceWindow prime =
        ServiceWindow.of(
            "prime",
            BusinessCalendar.builder(BERLIN)
                .open(EnumSet.range(MONDAY, SATURDAY), LocalTime.of(8, 0), LocalTime.of(22, 0))
                .build());
    Condition p1 = Condition.fieldIs("priority", "P1");
    Condition p2 = Condition.fieldIs("priority", "P2");
    Condition waiting = Condition.fieldIs("status", "waiting-on-customer");
    return dev.servicelevel.agreement.Agreement.builder()
        .id("ecoshop-sla")
        .kind(AgreementKind.SLA)
        .title("EcoShop online shop")
        .provider(Party.of("shopit", "ShopIT GmbH"))
        .customer(Party.of("ecoshop", "EcoShop AG"))
        .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2027, 1, 1)))
        .zone(BERLIN)
        .addServices(Service.of("shop", "Online shop"))
        .addWindows(prime, prime.complement("non-prime"))
        .addTargets(
            availability("shop-prime", "prime", "99.9"),
            availability("shop-non-prime", "non-prime", "99.5"),
            TicketTimerTarget.builder()
                .id("respond")
                .service("shop")
                .window("prime")
                .timer(TimerKind.RESPOND)
                .addGoals(
                    TimerGoal.of(p1, BusinessDuration.elapsed(Duration.ofMinutes(30))),
                    TimerGoal.of(p2, BusinessDuration.elapsed(Duration.ofHours(2))))
                .startWhen(Condition.event("created"))
                .stopWhen(Condition.event("agent-reply"))
                .pauseWhen(waiting)
                .requiredShare(new BigDecimal("95"))
                .build(),
            TicketTimerTarget.builder()
                .id("resolve")
                .service("shop")
                .window("prime")
                .timer(TimerKind.RESOLVE)
                .addGoals(
                    TimerGoal.of(p1, BusinessDuration.businessHours(4)),
                    TimerGoal.of(p2, BusinessDuration.workingDaysSameTime(1)))
                .startWhen(Condition.event("created"))
                .stopWhen(Condition.event("resolved"))
                .pauseWhen(waiting)
                .requiredShare(new BigDecimal("90"))
                .build(),
            MeasurementTarget.builder()
                .id(LATENCY)
                .service("shop")
                .window("prime")
                .indicator(Indicator.percentile(new BigDecimal("95")))
                .comparison(Comparison.LESS_OR_EQUAL)
                .objective(new BigDecimal("300"))
                .unit("ms")
                .build())
        .creditPolicy(
            CreditPolicy.builder()
                .fee(new BigDecimal("20000.00"))
                .currency(Currency.getInstance("EUR"))
                .addTargets(
                    TargetCredits.of(
                        "shop-prime",
                        CreditTier.below(new BigDecimal("99"), new BigDecimal("15")),
                        CreditTier.between(
                            new BigDecimal("99"), new BigDecimal("99.9"), new BigDecimal("5"))))
                .capPercent(new BigDecimal("30"))
                .build())
        .build();
  }

  private static AvailabilityTarget availability(String id, String window, String minimum) {
    return AvailabilityTarget.builder()
        .id(id)
        .service("shop")
        .window(window)
        .minimum(new BigDecimal(minimum))
        .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE)
        .maintenanceNotice(Duration.ofDays(5))
        .build();
  }
}
