package dev.servicelevel.evaluation.alert;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.GoldenFiles;
import dev.servicelevel.evaluation.Observations;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.timer.TicketHistory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * Every window of burn-rate alerts for each kind of target, found unpinned by mutation testing:
 * windows shared by conditions, clipped at the period's start and at the agreement's first
 * day, empty, over closed hours; outages, tickets, samples and counts before, in and after
 * them; each condition's verdict and each window's budget, pinned whole.
 */
class BurnRateWindowsMutationTest {

  private static final List<BurnRateCondition> CONDITIONS =
      List.of(
          BurnRateCondition.of("fast", Duration.ofHours(1), Duration.ofMinutes(5),
              new BigDecimal("14.4")),
          BurnRateCondition.of("slow", Duration.ofHours(6), Duration.ofMinutes(30),
              new BigDecimal("6")),
          BurnRateCondition.of("day", Duration.ofDays(1), Duration.ofHours(1),
              new BigDecimal("1")),
          BurnRateCondition.of("week", Duration.ofDays(7), Duration.ofDays(7),
              new BigDecimal("0.5")));

  private static Instant at(String s) {
    return Instant.parse(s + ":00Z");
  }

  private static Observations observations() {
    List<Outage> outages = new ArrayList<>();
    List<TicketHistory> tickets = new ArrayList<>();
    List<Sample> samples = new ArrayList<>();
    List<EventCount> counts = new ArrayList<>();
    String[] starts = {"2025-02-28T23:50", "2025-03-01T09:00", "2025-03-03T10:00",
        "2025-03-09T09:30", "2025-03-10T07:30", "2025-03-10T09:20", "2025-03-10T09:57",
        "2025-03-10T10:30"};
    for (int i = 0; i < starts.length; i++) {
      Instant t = at(starts[i]);
      outages.add(Outage.of("O-" + i, "api", Interval.of(t, Duration.ofMinutes(2 + i))));
      tickets.add(BurnRateAlertsTest.ticket("T-" + i, starts[i] + ":00Z",
          t.plus(Duration.ofMinutes(i % 2 == 0 ? 30 : 90)).toString(), "reply"));
      samples.add(Sample.of(t, BigDecimal.valueOf(100 + 50L * i)));
      counts.add(EventCount.of(Interval.of(t, Duration.ofMinutes(1)), 1000 - 3L * i, 1000));
    }
    return Observations.builder()
        .outages(outages)
        .tickets(tickets)
        .samples("mean-latency", samples)
        .counts("success", counts)
        .build();
  }

  private static Map<String, String> actual() {
    Map<String, String> actual = new LinkedHashMap<>();
    Observations obs = observations();
    Agreement lateStart = BurnRateAlertsTest.agreement(LocalDate.of(2025, 3, 9));
    for (String target : List.of("avail", "office-avail", "respond", "success",
        "mean-latency")) {
      for (String asOf : List.of("2025-03-10T10:00", "2025-03-01T00:30", "2025-03-09T10:00")) {
        BurnRateReport r =
            BurnRateAlerts.evaluate(BurnRateAlertsTest.SLA, target, at(asOf), obs, CONDITIONS);
        actual.put(target + " " + asOf, show(r));
      }
      BurnRateReport late =
          BurnRateAlerts.evaluate(lateStart, target, at("2025-03-10T10:00"), obs, CONDITIONS);
      actual.put(target + " from 9 March", show(late));
    }
    return actual;
  }

  private static String show(BurnRateReport r) {
    StringBuilder sb = new StringBuilder(r.toString().replace("\n", " // "));
    sb.append(" | firing ").append(r.firing()).append(" | period ").append(r.period());
    for (BurnRateAlert a : r.alerts()) {
      sb.append(" | ").append(a.condition().name()).append(' ')
          .append(a.longWindow().budget()).append(' ').append(a.shortWindow().budget())
          .append(' ').append(a.longWindow().isClipped());
    }
    return sb.toString();
  }

  @Test
  void everyWindowOfEveryKindOfTarget() {
    GoldenFiles.assertMatches(getClass(), "burn-rate-windows.txt", actual());
  }
}
