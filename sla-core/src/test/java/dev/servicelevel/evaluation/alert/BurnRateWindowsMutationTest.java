package dev.servicelevel.evaluation.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.evaluation.EventCount;
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

  private static final List<String> EXPECTED =
      List.of(
      "avail 2025-03-10T10:00",
          "avail 2025-03 burn-rate alerts as of 2025-03-10T10:00:00Z //   FIRES fast: bur"
          + "n rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-10T09:00:00Z/2025-03-10T1"
          + "0:00:00Z burn rate 500/3 (166.6667); short PT5M 2025-03-10T09:55:00Z/2025-03-1"
          + "0T10:00:00Z burn rate 600 (600) //   FIRES slow: burn rate >= 6 over PT6H and "
          + "PT30M; long PT6H 2025-03-10T04:00:00Z/2025-03-10T10:00:00Z burn rate 400/9 (44"
          + ".4444); short PT30M 2025-03-10T09:30:00Z/2025-03-10T10:00:00Z burn rate 100 (1"
          + "00) //   FIRES day: burn rate >= 1 over PT24H and PT1H; long PT24H 2025-03-09T"
          + "10:00:00Z/2025-03-10T10:00:00Z burn rate 100/9 (11.1111); short PT1H 2025-03-1"
          + "0T09:00:00Z/2025-03-10T10:00:00Z burn rate 500/3 (166.6667) //   FIRES week: b"
          + "urn rate >= 0.5 over PT168H; long PT168H 2025-03-03T10:00:00Z/2025-03-10T10:00"
          + ":00Z burn rate 625/252 (2.4802); short PT168H 2025-03-03T10:00:00Z/2025-03-10T"
          + "10:00:00Z burn rate 625/252 (2.4802) | firing [fast, slow, day, week] | period"
          + " 2025-03 (2025-03-01T00:00:00Z/2025-04-01T00:00:00Z) | fast Optional[allowed P"
          + "T3.6S, used PT10M (16666.67 %), left -PT9M56.4S] Optional[allowed PT0.3S, used"
          + " PT3M (60000 %), left -PT2M59.7S] false | slow Optional[allowed PT21.6S, used "
          + "PT16M (4444.45 %), left -PT15M38.4S] Optional[allowed PT1.8S, used PT3M (10000"
          + " %), left -PT2M58.2S] false | day Optional[allowed PT1M26.4S, used PT16M (1111"
          + ".12 %), left -PT14M33.6S] Optional[allowed PT3.6S, used PT10M (16666.67 %), le"
          + "ft -PT9M56.4S] false | week Optional[allowed PT10M4.8S, used PT25M (248.02 %),"
          + " left -PT14M55.2S] Optional[allowed PT10M4.8S, used PT25M (248.02 %), left -PT"
          + "14M55.2S] false",
      "avail 2025-03-01T00:30",
          "avail 2025-03 burn-rate alerts as of 2025-03-01T00:30:00Z //   quiet fast: bur"
          + "n rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-01T00:00:00Z/2025-03-01T0"
          + "0:30:00Z burn rate 0 (0); short PT5M 2025-03-01T00:25:00Z/2025-03-01T00:30:00Z"
          + " burn rate 0 (0) //   quiet slow: burn rate >= 6 over PT6H and PT30M; long PT6"
          + "H 2025-03-01T00:00:00Z/2025-03-01T00:30:00Z burn rate 0 (0); short PT30M 2025-"
          + "03-01T00:00:00Z/2025-03-01T00:30:00Z burn rate 0 (0) //   quiet day: burn rate"
          + " >= 1 over PT24H and PT1H; long PT24H 2025-03-01T00:00:00Z/2025-03-01T00:30:00"
          + "Z burn rate 0 (0); short PT1H 2025-03-01T00:00:00Z/2025-03-01T00:30:00Z burn r"
          + "ate 0 (0) //   quiet week: burn rate >= 0.5 over PT168H; long PT168H 2025-03-0"
          + "1T00:00:00Z/2025-03-01T00:30:00Z burn rate 0 (0); short PT168H 2025-03-01T00:0"
          + "0:00Z/2025-03-01T00:30:00Z burn rate 0 (0) | firing [] | period 2025-03 (2025-"
          + "03-01T00:00:00Z/2025-04-01T00:00:00Z) | fast Optional[allowed PT1.8S, used PT0"
          + "S (0 %), left PT1.8S] Optional[allowed PT0.3S, used PT0S (0 %), left PT0.3S] t"
          + "rue | slow Optional[allowed PT1.8S, used PT0S (0 %), left PT1.8S] Optional[all"
          + "owed PT1.8S, used PT0S (0 %), left PT1.8S] true | day Optional[allowed PT1.8S,"
          + " used PT0S (0 %), left PT1.8S] Optional[allowed PT1.8S, used PT0S (0 %), left "
          + "PT1.8S] true | week Optional[allowed PT1.8S, used PT0S (0 %), left PT1.8S] Opt"
          + "ional[allowed PT1.8S, used PT0S (0 %), left PT1.8S] true",
      "avail 2025-03-09T10:00",
          "avail 2025-03 burn-rate alerts as of 2025-03-09T10:00:00Z //   quiet fast: bur"
          + "n rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-09T09:00:00Z/2025-03-09T1"
          + "0:00:00Z burn rate 250/3 (83.3333); short PT5M 2025-03-09T09:55:00Z/2025-03-09"
          + "T10:00:00Z burn rate 0 (0) //   FIRES slow: burn rate >= 6 over PT6H and PT30M"
          + "; long PT6H 2025-03-09T04:00:00Z/2025-03-09T10:00:00Z burn rate 125/9 (13.8889"
          + "); short PT30M 2025-03-09T09:30:00Z/2025-03-09T10:00:00Z burn rate 500/3 (166."
          + "6667) //   FIRES day: burn rate >= 1 over PT24H and PT1H; long PT24H 2025-03-0"
          + "8T10:00:00Z/2025-03-09T10:00:00Z burn rate 125/36 (3.4722); short PT1H 2025-03"
          + "-09T09:00:00Z/2025-03-09T10:00:00Z burn rate 250/3 (83.3333) //   FIRES week: "
          + "burn rate >= 0.5 over PT168H; long PT168H 2025-03-02T10:00:00Z/2025-03-09T10:0"
          + "0:00Z burn rate 25/28 (0.8929); short PT168H 2025-03-02T10:00:00Z/2025-03-09T1"
          + "0:00:00Z burn rate 25/28 (0.8929) | firing [slow, day, week] | period 2025-03 "
          + "(2025-03-01T00:00:00Z/2025-04-01T00:00:00Z) | fast Optional[allowed PT3.6S, us"
          + "ed PT5M (8333.34 %), left -PT4M56.4S] Optional[allowed PT0.3S, used PT0S (0 %)"
          + ", left PT0.3S] false | slow Optional[allowed PT21.6S, used PT5M (1388.89 %), l"
          + "eft -PT4M38.4S] Optional[allowed PT1.8S, used PT5M (16666.67 %), left -PT4M58."
          + "2S] false | day Optional[allowed PT1M26.4S, used PT5M (347.23 %), left -PT3M33"
          + ".6S] Optional[allowed PT3.6S, used PT5M (8333.34 %), left -PT4M56.4S] false | "
          + "week Optional[allowed PT10M4.8S, used PT9M (89.29 %), left PT1M4.8S] Optional["
          + "allowed PT10M4.8S, used PT9M (89.29 %), left PT1M4.8S] false",
      "avail from 9 March",
          "avail 2025-03 burn-rate alerts as of 2025-03-10T10:00:00Z //   FIRES fast: bur"
          + "n rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-10T09:00:00Z/2025-03-10T1"
          + "0:00:00Z burn rate 500/3 (166.6667); short PT5M 2025-03-10T09:55:00Z/2025-03-1"
          + "0T10:00:00Z burn rate 600 (600) //   FIRES slow: burn rate >= 6 over PT6H and "
          + "PT30M; long PT6H 2025-03-10T04:00:00Z/2025-03-10T10:00:00Z burn rate 400/9 (44"
          + ".4444); short PT30M 2025-03-10T09:30:00Z/2025-03-10T10:00:00Z burn rate 100 (1"
          + "00) //   FIRES day: burn rate >= 1 over PT24H and PT1H; long PT24H 2025-03-09T"
          + "10:00:00Z/2025-03-10T10:00:00Z burn rate 100/9 (11.1111); short PT1H 2025-03-1"
          + "0T09:00:00Z/2025-03-10T10:00:00Z burn rate 500/3 (166.6667) //   FIRES week: b"
          + "urn rate >= 0.5 over PT168H; long PT168H 2025-03-09T00:00:00Z/2025-03-10T10:00"
          + ":00Z burn rate 175/17 (10.2941); short PT168H 2025-03-09T00:00:00Z/2025-03-10T"
          + "10:00:00Z burn rate 175/17 (10.2941) | firing [fast, slow, day, week] | period"
          + " 2025-03 (2025-03-01T00:00:00Z/2025-04-01T00:00:00Z) | fast Optional[allowed P"
          + "T3.6S, used PT10M (16666.67 %), left -PT9M56.4S] Optional[allowed PT0.3S, used"
          + " PT3M (60000 %), left -PT2M59.7S] false | slow Optional[allowed PT21.6S, used "
          + "PT16M (4444.45 %), left -PT15M38.4S] Optional[allowed PT1.8S, used PT3M (10000"
          + " %), left -PT2M58.2S] false | day Optional[allowed PT1M26.4S, used PT16M (1111"
          + ".12 %), left -PT14M33.6S] Optional[allowed PT3.6S, used PT10M (16666.67 %), le"
          + "ft -PT9M56.4S] false | week Optional[allowed PT2M2.4S, used PT21M (1029.42 %),"
          + " left -PT18M57.6S] Optional[allowed PT2M2.4S, used PT21M (1029.42 %), left -PT"
          + "18M57.6S] true",
      "office-avail 2025-03-10T10:00",
          "office-avail 2025-03 burn-rate alerts as of 2025-03-10T10:00:00Z //   FIRES fa"
          + "st: burn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-10T09:00:00Z/2025-"
          + "03-10T10:00:00Z burn rate 50/3 (16.6667); short PT5M 2025-03-10T09:55:00Z/2025"
          + "-03-10T10:00:00Z burn rate 60 (60) //   FIRES slow: burn rate >= 6 over PT6H a"
          + "nd PT30M; long PT6H 2025-03-10T04:00:00Z/2025-03-10T10:00:00Z burn rate 50/3 ("
          + "16.6667); short PT30M 2025-03-10T09:30:00Z/2025-03-10T10:00:00Z burn rate 10 ("
          + "10) //   FIRES day: burn rate >= 1 over PT24H and PT1H; long PT24H 2025-03-09T"
          + "10:00:00Z/2025-03-10T10:00:00Z burn rate 50/3 (16.6667); short PT1H 2025-03-10"
          + "T09:00:00Z/2025-03-10T10:00:00Z burn rate 50/3 (16.6667) //   FIRES week: burn"
          + " rate >= 0.5 over PT168H; long PT168H 2025-03-03T10:00:00Z/2025-03-10T10:00:00"
          + "Z burn rate 7/12 (0.5833); short PT168H 2025-03-03T10:00:00Z/2025-03-10T10:00:"
          + "00Z burn rate 7/12 (0.5833) | firing [fast, slow, day, week] | period 2025-03 "
          + "(2025-03-01T00:00:00Z/2025-04-01T00:00:00Z) | fast Optional[allowed PT36S, use"
          + "d PT10M (1666.67 %), left -PT9M24S] Optional[allowed PT3S, used PT3M (6000 %),"
          + " left -PT2M57S] false | slow Optional[allowed PT36S, used PT10M (1666.67 %), l"
          + "eft -PT9M24S] Optional[allowed PT18S, used PT3M (1000 %), left -PT2M42S] false"
          + " | day Optional[allowed PT36S, used PT10M (1666.67 %), left -PT9M24S] Optional"
          + "[allowed PT36S, used PT10M (1666.67 %), left -PT9M24S] false | week Optional[a"
          + "llowed PT24M, used PT14M (58.34 %), left PT10M] Optional[allowed PT24M, used P"
          + "T14M (58.34 %), left PT10M] false",
      "office-avail 2025-03-01T00:30",
          "office-avail 2025-03 burn-rate alerts as of 2025-03-01T00:30:00Z //   quiet fa"
          + "st: burn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-01T00:00:00Z/2025-"
          + "03-01T00:30:00Z no burn rate; short PT5M 2025-03-01T00:25:00Z/2025-03-01T00:30"
          + ":00Z no burn rate //   quiet slow: burn rate >= 6 over PT6H and PT30M; long PT"
          + "6H 2025-03-01T00:00:00Z/2025-03-01T00:30:00Z no burn rate; short PT30M 2025-03"
          + "-01T00:00:00Z/2025-03-01T00:30:00Z no burn rate //   quiet day: burn rate >= 1"
          + " over PT24H and PT1H; long PT24H 2025-03-01T00:00:00Z/2025-03-01T00:30:00Z no "
          + "burn rate; short PT1H 2025-03-01T00:00:00Z/2025-03-01T00:30:00Z no burn rate /"
          + "/   quiet week: burn rate >= 0.5 over PT168H; long PT168H 2025-03-01T00:00:00Z"
          + "/2025-03-01T00:30:00Z no burn rate; short PT168H 2025-03-01T00:00:00Z/2025-03-"
          + "01T00:30:00Z no burn rate | firing [] | period 2025-03 (2025-03-01T00:00:00Z/2"
          + "025-04-01T00:00:00Z) | fast Optional.empty Optional.empty true | slow Optional"
          + ".empty Optional.empty true | day Optional.empty Optional.empty true | week Opt"
          + "ional.empty Optional.empty true",
      "office-avail 2025-03-09T10:00",
          "office-avail 2025-03 burn-rate alerts as of 2025-03-09T10:00:00Z //   quiet fa"
          + "st: burn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-09T09:00:00Z/2025-"
          + "03-09T10:00:00Z no burn rate; short PT5M 2025-03-09T09:55:00Z/2025-03-09T10:00"
          + ":00Z no burn rate //   quiet slow: burn rate >= 6 over PT6H and PT30M; long PT"
          + "6H 2025-03-09T04:00:00Z/2025-03-09T10:00:00Z no burn rate; short PT30M 2025-03"
          + "-09T09:30:00Z/2025-03-09T10:00:00Z no burn rate //   quiet day: burn rate >= 1"
          + " over PT24H and PT1H; long PT24H 2025-03-08T10:00:00Z/2025-03-09T10:00:00Z no "
          + "burn rate; short PT1H 2025-03-09T09:00:00Z/2025-03-09T10:00:00Z no burn rate /"
          + "/   quiet week: burn rate >= 0.5 over PT168H; long PT168H 2025-03-02T10:00:00Z"
          + "/2025-03-09T10:00:00Z burn rate 1/6 (0.1667); short PT168H 2025-03-02T10:00:00"
          + "Z/2025-03-09T10:00:00Z burn rate 1/6 (0.1667) | firing [] | period 2025-03 (20"
          + "25-03-01T00:00:00Z/2025-04-01T00:00:00Z) | fast Optional.empty Optional.empty "
          + "false | slow Optional.empty Optional.empty false | day Optional.empty Optional"
          + ".empty false | week Optional[allowed PT24M, used PT4M (16.67 %), left PT20M] O"
          + "ptional[allowed PT24M, used PT4M (16.67 %), left PT20M] false",
      "office-avail from 9 March",
          "office-avail 2025-03 burn-rate alerts as of 2025-03-10T10:00:00Z //   FIRES fa"
          + "st: burn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-10T09:00:00Z/2025-"
          + "03-10T10:00:00Z burn rate 50/3 (16.6667); short PT5M 2025-03-10T09:55:00Z/2025"
          + "-03-10T10:00:00Z burn rate 60 (60) //   FIRES slow: burn rate >= 6 over PT6H a"
          + "nd PT30M; long PT6H 2025-03-10T04:00:00Z/2025-03-10T10:00:00Z burn rate 50/3 ("
          + "16.6667); short PT30M 2025-03-10T09:30:00Z/2025-03-10T10:00:00Z burn rate 10 ("
          + "10) //   FIRES day: burn rate >= 1 over PT24H and PT1H; long PT24H 2025-03-09T"
          + "10:00:00Z/2025-03-10T10:00:00Z burn rate 50/3 (16.6667); short PT1H 2025-03-10"
          + "T09:00:00Z/2025-03-10T10:00:00Z burn rate 50/3 (16.6667) //   FIRES week: burn"
          + " rate >= 0.5 over PT168H; long PT168H 2025-03-09T00:00:00Z/2025-03-10T10:00:00"
          + "Z burn rate 50/3 (16.6667); short PT168H 2025-03-09T00:00:00Z/2025-03-10T10:00"
          + ":00Z burn rate 50/3 (16.6667) | firing [fast, slow, day, week] | period 2025-0"
          + "3 (2025-03-01T00:00:00Z/2025-04-01T00:00:00Z) | fast Optional[allowed PT36S, u"
          + "sed PT10M (1666.67 %), left -PT9M24S] Optional[allowed PT3S, used PT3M (6000 %"
          + "), left -PT2M57S] false | slow Optional[allowed PT36S, used PT10M (1666.67 %),"
          + " left -PT9M24S] Optional[allowed PT18S, used PT3M (1000 %), left -PT2M42S] fal"
          + "se | day Optional[allowed PT36S, used PT10M (1666.67 %), left -PT9M24S] Option"
          + "al[allowed PT36S, used PT10M (1666.67 %), left -PT9M24S] false | week Optional"
          + "[allowed PT36S, used PT10M (1666.67 %), left -PT9M24S] Optional[allowed PT36S,"
          + " used PT10M (1666.67 %), left -PT9M24S] true",
      "respond 2025-03-10T10:00",
          "respond 2025-03 burn-rate alerts as of 2025-03-10T10:00:00Z //   quiet fast: b"
          + "urn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-10T09:00:00Z/2025-03-10"
          + "T10:00:00Z no burn rate; short PT5M 2025-03-10T09:55:00Z/2025-03-10T10:00:00Z "
          + "no burn rate //   quiet slow: burn rate >= 6 over PT6H and PT30M; long PT6H 20"
          + "25-03-10T04:00:00Z/2025-03-10T10:00:00Z burn rate 0 (0); short PT30M 2025-03-1"
          + "0T09:30:00Z/2025-03-10T10:00:00Z no burn rate //   quiet day: burn rate >= 1 o"
          + "ver PT24H and PT1H; long PT24H 2025-03-09T10:00:00Z/2025-03-10T10:00:00Z burn "
          + "rate 5 (5); short PT1H 2025-03-10T09:00:00Z/2025-03-10T10:00:00Z no burn rate "
          + "//   FIRES week: burn rate >= 0.5 over PT168H; long PT168H 2025-03-03T10:00:00"
          + "Z/2025-03-10T10:00:00Z burn rate 10/3 (3.3333); short PT168H 2025-03-03T10:00:"
          + "00Z/2025-03-10T10:00:00Z burn rate 10/3 (3.3333) | firing [week] | period 2025"
          + "-03 (2025-03-01T00:00:00Z/2025-04-01T00:00:00Z) | fast Optional.empty Optional"
          + ".empty false | slow Optional[allowed 0.1 tickets, used 0 (0 %), left 0.1] Opti"
          + "onal.empty false | day Optional[allowed 0.2 tickets, used 1 (500 %), left -0.8"
          + "] Optional.empty false | week Optional[allowed 0.3 tickets, used 1 (333.34 %),"
          + " left -0.7] Optional[allowed 0.3 tickets, used 1 (333.34 %), left -0.7] false",
      "respond 2025-03-01T00:30",
          "respond 2025-03 burn-rate alerts as of 2025-03-01T00:30:00Z //   quiet fast: b"
          + "urn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-01T00:00:00Z/2025-03-01"
          + "T00:30:00Z burn rate 0 (0); short PT5M 2025-03-01T00:25:00Z/2025-03-01T00:30:0"
          + "0Z no burn rate //   quiet slow: burn rate >= 6 over PT6H and PT30M; long PT6H"
          + " 2025-03-01T00:00:00Z/2025-03-01T00:30:00Z burn rate 0 (0); short PT30M 2025-0"
          + "3-01T00:00:00Z/2025-03-01T00:30:00Z burn rate 0 (0) //   quiet day: burn rate "
          + ">= 1 over PT24H and PT1H; long PT24H 2025-03-01T00:00:00Z/2025-03-01T00:30:00Z"
          + " burn rate 0 (0); short PT1H 2025-03-01T00:00:00Z/2025-03-01T00:30:00Z burn ra"
          + "te 0 (0) //   quiet week: burn rate >= 0.5 over PT168H; long PT168H 2025-03-01"
          + "T00:00:00Z/2025-03-01T00:30:00Z burn rate 0 (0); short PT168H 2025-03-01T00:00"
          + ":00Z/2025-03-01T00:30:00Z burn rate 0 (0) | firing [] | period 2025-03 (2025-0"
          + "3-01T00:00:00Z/2025-04-01T00:00:00Z) | fast Optional[allowed 0.1 tickets, used"
          + " 0 (0 %), left 0.1] Optional.empty true | slow Optional[allowed 0.1 tickets, u"
          + "sed 0 (0 %), left 0.1] Optional[allowed 0.1 tickets, used 0 (0 %), left 0.1] t"
          + "rue | day Optional[allowed 0.1 tickets, used 0 (0 %), left 0.1] Optional[allow"
          + "ed 0.1 tickets, used 0 (0 %), left 0.1] true | week Optional[allowed 0.1 ticke"
          + "ts, used 0 (0 %), left 0.1] Optional[allowed 0.1 tickets, used 0 (0 %), left 0"
          + ".1] true",
      "respond 2025-03-09T10:00",
          "respond 2025-03 burn-rate alerts as of 2025-03-09T10:00:00Z //   quiet fast: b"
          + "urn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-09T09:00:00Z/2025-03-09"
          + "T10:00:00Z no burn rate; short PT5M 2025-03-09T09:55:00Z/2025-03-09T10:00:00Z "
          + "no burn rate //   quiet slow: burn rate >= 6 over PT6H and PT30M; long PT6H 20"
          + "25-03-09T04:00:00Z/2025-03-09T10:00:00Z no burn rate; short PT30M 2025-03-09T0"
          + "9:30:00Z/2025-03-09T10:00:00Z no burn rate //   quiet day: burn rate >= 1 over"
          + " PT24H and PT1H; long PT24H 2025-03-08T10:00:00Z/2025-03-09T10:00:00Z no burn "
          + "rate; short PT1H 2025-03-09T09:00:00Z/2025-03-09T10:00:00Z no burn rate //   q"
          + "uiet week: burn rate >= 0.5 over PT168H; long PT168H 2025-03-02T10:00:00Z/2025"
          + "-03-09T10:00:00Z burn rate 0 (0); short PT168H 2025-03-02T10:00:00Z/2025-03-09"
          + "T10:00:00Z burn rate 0 (0) | firing [] | period 2025-03 (2025-03-01T00:00:00Z/"
          + "2025-04-01T00:00:00Z) | fast Optional.empty Optional.empty false | slow Option"
          + "al.empty Optional.empty false | day Optional.empty Optional.empty false | week"
          + " Optional[allowed 0.1 tickets, used 0 (0 %), left 0.1] Optional[allowed 0.1 ti"
          + "ckets, used 0 (0 %), left 0.1] false",
      "respond from 9 March",
          "respond 2025-03 burn-rate alerts as of 2025-03-10T10:00:00Z //   quiet fast: b"
          + "urn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-10T09:00:00Z/2025-03-10"
          + "T10:00:00Z no burn rate; short PT5M 2025-03-10T09:55:00Z/2025-03-10T10:00:00Z "
          + "no burn rate //   quiet slow: burn rate >= 6 over PT6H and PT30M; long PT6H 20"
          + "25-03-10T04:00:00Z/2025-03-10T10:00:00Z burn rate 0 (0); short PT30M 2025-03-1"
          + "0T09:30:00Z/2025-03-10T10:00:00Z no burn rate //   quiet day: burn rate >= 1 o"
          + "ver PT24H and PT1H; long PT24H 2025-03-09T10:00:00Z/2025-03-10T10:00:00Z burn "
          + "rate 5 (5); short PT1H 2025-03-10T09:00:00Z/2025-03-10T10:00:00Z no burn rate "
          + "//   FIRES week: burn rate >= 0.5 over PT168H; long PT168H 2025-03-09T00:00:00"
          + "Z/2025-03-10T10:00:00Z burn rate 5 (5); short PT168H 2025-03-09T00:00:00Z/2025"
          + "-03-10T10:00:00Z burn rate 5 (5) | firing [week] | period 2025-03 (2025-03-01T"
          + "00:00:00Z/2025-04-01T00:00:00Z) | fast Optional.empty Optional.empty false | s"
          + "low Optional[allowed 0.1 tickets, used 0 (0 %), left 0.1] Optional.empty false"
          + " | day Optional[allowed 0.2 tickets, used 1 (500 %), left -0.8] Optional.empty"
          + " false | week Optional[allowed 0.2 tickets, used 1 (500 %), left -0.8] Optiona"
          + "l[allowed 0.2 tickets, used 1 (500 %), left -0.8] true",
      "success 2025-03-10T10:00",
          "success 2025-03 burn-rate alerts as of 2025-03-10T10:00:00Z //   quiet fast: b"
          + "urn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-10T09:00:00Z/2025-03-10"
          + "T10:00:00Z burn rate 33/20 (1.65); short PT5M 2025-03-10T09:55:00Z/2025-03-10T"
          + "10:00:00Z burn rate 9/5 (1.8) //   quiet slow: burn rate >= 6 over PT6H and PT"
          + "30M; long PT6H 2025-03-10T04:00:00Z/2025-03-10T10:00:00Z burn rate 3/2 (1.5); "
          + "short PT30M 2025-03-10T09:30:00Z/2025-03-10T10:00:00Z burn rate 9/5 (1.8) //  "
          + " FIRES day: burn rate >= 1 over PT24H and PT1H; long PT24H 2025-03-09T10:00:00"
          + "Z/2025-03-10T10:00:00Z burn rate 3/2 (1.5); short PT1H 2025-03-10T09:00:00Z/20"
          + "25-03-10T10:00:00Z burn rate 33/20 (1.65) //   FIRES week: burn rate >= 0.5 ov"
          + "er PT168H; long PT168H 2025-03-03T10:00:00Z/2025-03-10T10:00:00Z burn rate 6/5"
          + " (1.2); short PT168H 2025-03-03T10:00:00Z/2025-03-10T10:00:00Z burn rate 6/5 ("
          + "1.2) | firing [day, week] | period 2025-03 (2025-03-01T00:00:00Z/2025-04-01T00"
          + ":00:00Z) | fast Optional[allowed 20 events, used 33 (165 %), left -13] Optiona"
          + "l[allowed 10 events, used 18 (180 %), left -8] false | slow Optional[allowed 3"
          + "0 events, used 45 (150 %), left -15] Optional[allowed 10 events, used 18 (180 "
          + "%), left -8] false | day Optional[allowed 30 events, used 45 (150 %), left -15"
          + "] Optional[allowed 20 events, used 33 (165 %), left -13] false | week Optional"
          + "[allowed 50 events, used 60 (120 %), left -10] Optional[allowed 50 events, use"
          + "d 60 (120 %), left -10] false",
      "success 2025-03-01T00:30",
          "success 2025-03 burn-rate alerts as of 2025-03-01T00:30:00Z //   quiet fast: b"
          + "urn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-01T00:00:00Z/2025-03-01"
          + "T00:30:00Z no burn rate; short PT5M 2025-03-01T00:25:00Z/2025-03-01T00:30:00Z "
          + "no burn rate //   quiet slow: burn rate >= 6 over PT6H and PT30M; long PT6H 20"
          + "25-03-01T00:00:00Z/2025-03-01T00:30:00Z no burn rate; short PT30M 2025-03-01T0"
          + "0:00:00Z/2025-03-01T00:30:00Z no burn rate //   quiet day: burn rate >= 1 over"
          + " PT24H and PT1H; long PT24H 2025-03-01T00:00:00Z/2025-03-01T00:30:00Z no burn "
          + "rate; short PT1H 2025-03-01T00:00:00Z/2025-03-01T00:30:00Z no burn rate //   q"
          + "uiet week: burn rate >= 0.5 over PT168H; long PT168H 2025-03-01T00:00:00Z/2025"
          + "-03-01T00:30:00Z no burn rate; short PT168H 2025-03-01T00:00:00Z/2025-03-01T00"
          + ":30:00Z no burn rate | firing [] | period 2025-03 (2025-03-01T00:00:00Z/2025-0"
          + "4-01T00:00:00Z) | fast Optional.empty Optional.empty true | slow Optional.empt"
          + "y Optional.empty true | day Optional.empty Optional.empty true | week Optional"
          + ".empty Optional.empty true",
      "success 2025-03-09T10:00",
          "success 2025-03 burn-rate alerts as of 2025-03-09T10:00:00Z //   quiet fast: b"
          + "urn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-09T09:00:00Z/2025-03-09"
          + "T10:00:00Z burn rate 9/10 (0.9); short PT5M 2025-03-09T09:55:00Z/2025-03-09T10"
          + ":00:00Z no burn rate //   quiet slow: burn rate >= 6 over PT6H and PT30M; long"
          + " PT6H 2025-03-09T04:00:00Z/2025-03-09T10:00:00Z burn rate 9/10 (0.9); short PT"
          + "30M 2025-03-09T09:30:00Z/2025-03-09T10:00:00Z burn rate 9/10 (0.9) //   quiet "
          + "day: burn rate >= 1 over PT24H and PT1H; long PT24H 2025-03-08T10:00:00Z/2025-"
          + "03-09T10:00:00Z burn rate 9/10 (0.9); short PT1H 2025-03-09T09:00:00Z/2025-03-"
          + "09T10:00:00Z burn rate 9/10 (0.9) //   FIRES week: burn rate >= 0.5 over PT168"
          + "H; long PT168H 2025-03-02T10:00:00Z/2025-03-09T10:00:00Z burn rate 3/4 (0.75);"
          + " short PT168H 2025-03-02T10:00:00Z/2025-03-09T10:00:00Z burn rate 3/4 (0.75) |"
          + " firing [week] | period 2025-03 (2025-03-01T00:00:00Z/2025-04-01T00:00:00Z) | "
          + "fast Optional[allowed 10 events, used 9 (90 %), left 1] Optional.empty false |"
          + " slow Optional[allowed 10 events, used 9 (90 %), left 1] Optional[allowed 10 e"
          + "vents, used 9 (90 %), left 1] false | day Optional[allowed 10 events, used 9 ("
          + "90 %), left 1] Optional[allowed 10 events, used 9 (90 %), left 1] false | week"
          + " Optional[allowed 20 events, used 15 (75 %), left 5] Optional[allowed 20 event"
          + "s, used 15 (75 %), left 5] false",
      "success from 9 March",
          "success 2025-03 burn-rate alerts as of 2025-03-10T10:00:00Z //   quiet fast: b"
          + "urn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-10T09:00:00Z/2025-03-10"
          + "T10:00:00Z burn rate 33/20 (1.65); short PT5M 2025-03-10T09:55:00Z/2025-03-10T"
          + "10:00:00Z burn rate 9/5 (1.8) //   quiet slow: burn rate >= 6 over PT6H and PT"
          + "30M; long PT6H 2025-03-10T04:00:00Z/2025-03-10T10:00:00Z burn rate 3/2 (1.5); "
          + "short PT30M 2025-03-10T09:30:00Z/2025-03-10T10:00:00Z burn rate 9/5 (1.8) //  "
          + " FIRES day: burn rate >= 1 over PT24H and PT1H; long PT24H 2025-03-09T10:00:00"
          + "Z/2025-03-10T10:00:00Z burn rate 3/2 (1.5); short PT1H 2025-03-10T09:00:00Z/20"
          + "25-03-10T10:00:00Z burn rate 33/20 (1.65) //   FIRES week: burn rate >= 0.5 ov"
          + "er PT168H; long PT168H 2025-03-09T00:00:00Z/2025-03-10T10:00:00Z burn rate 27/"
          + "20 (1.35); short PT168H 2025-03-09T00:00:00Z/2025-03-10T10:00:00Z burn rate 27"
          + "/20 (1.35) | firing [day, week] | period 2025-03 (2025-03-01T00:00:00Z/2025-04"
          + "-01T00:00:00Z) | fast Optional[allowed 20 events, used 33 (165 %), left -13] O"
          + "ptional[allowed 10 events, used 18 (180 %), left -8] false | slow Optional[all"
          + "owed 30 events, used 45 (150 %), left -15] Optional[allowed 10 events, used 18"
          + " (180 %), left -8] false | day Optional[allowed 30 events, used 45 (150 %), le"
          + "ft -15] Optional[allowed 20 events, used 33 (165 %), left -13] false | week Op"
          + "tional[allowed 40 events, used 54 (135 %), left -14] Optional[allowed 40 event"
          + "s, used 54 (135 %), left -14] true",
      "mean-latency 2025-03-10T10:00",
          "mean-latency 2025-03 burn-rate alerts as of 2025-03-10T10:00:00Z //   quiet fa"
          + "st: burn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-10T09:00:00Z/2025-"
          + "03-10T10:00:00Z no burn rate; short PT5M 2025-03-10T09:55:00Z/2025-03-10T10:00"
          + ":00Z no burn rate //   quiet slow: burn rate >= 6 over PT6H and PT30M; long PT"
          + "6H 2025-03-10T04:00:00Z/2025-03-10T10:00:00Z no burn rate; short PT30M 2025-03"
          + "-10T09:30:00Z/2025-03-10T10:00:00Z no burn rate //   quiet day: burn rate >= 1"
          + " over PT24H and PT1H; long PT24H 2025-03-09T10:00:00Z/2025-03-10T10:00:00Z no "
          + "burn rate; short PT1H 2025-03-10T09:00:00Z/2025-03-10T10:00:00Z no burn rate /"
          + "/   quiet week: burn rate >= 0.5 over PT168H; long PT168H 2025-03-03T10:00:00Z"
          + "/2025-03-10T10:00:00Z no burn rate; short PT168H 2025-03-03T10:00:00Z/2025-03-"
          + "10T10:00:00Z no burn rate | firing [] | period 2025-03 (2025-03-01T00:00:00Z/2"
          + "025-04-01T00:00:00Z) | fast Optional.empty Optional.empty false | slow Optiona"
          + "l.empty Optional.empty false | day Optional.empty Optional.empty false | week "
          + "Optional.empty Optional.empty false",
      "mean-latency 2025-03-01T00:30",
          "mean-latency 2025-03 burn-rate alerts as of 2025-03-01T00:30:00Z //   quiet fa"
          + "st: burn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-01T00:00:00Z/2025-"
          + "03-01T00:30:00Z no burn rate; short PT5M 2025-03-01T00:25:00Z/2025-03-01T00:30"
          + ":00Z no burn rate //   quiet slow: burn rate >= 6 over PT6H and PT30M; long PT"
          + "6H 2025-03-01T00:00:00Z/2025-03-01T00:30:00Z no burn rate; short PT30M 2025-03"
          + "-01T00:00:00Z/2025-03-01T00:30:00Z no burn rate //   quiet day: burn rate >= 1"
          + " over PT24H and PT1H; long PT24H 2025-03-01T00:00:00Z/2025-03-01T00:30:00Z no "
          + "burn rate; short PT1H 2025-03-01T00:00:00Z/2025-03-01T00:30:00Z no burn rate /"
          + "/   quiet week: burn rate >= 0.5 over PT168H; long PT168H 2025-03-01T00:00:00Z"
          + "/2025-03-01T00:30:00Z no burn rate; short PT168H 2025-03-01T00:00:00Z/2025-03-"
          + "01T00:30:00Z no burn rate | firing [] | period 2025-03 (2025-03-01T00:00:00Z/2"
          + "025-04-01T00:00:00Z) | fast Optional.empty Optional.empty true | slow Optional"
          + ".empty Optional.empty true | day Optional.empty Optional.empty true | week Opt"
          + "ional.empty Optional.empty true",
      "mean-latency 2025-03-09T10:00",
          "mean-latency 2025-03 burn-rate alerts as of 2025-03-09T10:00:00Z //   quiet fa"
          + "st: burn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-09T09:00:00Z/2025-"
          + "03-09T10:00:00Z no burn rate; short PT5M 2025-03-09T09:55:00Z/2025-03-09T10:00"
          + ":00Z no burn rate //   quiet slow: burn rate >= 6 over PT6H and PT30M; long PT"
          + "6H 2025-03-09T04:00:00Z/2025-03-09T10:00:00Z no burn rate; short PT30M 2025-03"
          + "-09T09:30:00Z/2025-03-09T10:00:00Z no burn rate //   quiet day: burn rate >= 1"
          + " over PT24H and PT1H; long PT24H 2025-03-08T10:00:00Z/2025-03-09T10:00:00Z no "
          + "burn rate; short PT1H 2025-03-09T09:00:00Z/2025-03-09T10:00:00Z no burn rate /"
          + "/   quiet week: burn rate >= 0.5 over PT168H; long PT168H 2025-03-02T10:00:00Z"
          + "/2025-03-09T10:00:00Z no burn rate; short PT168H 2025-03-02T10:00:00Z/2025-03-"
          + "09T10:00:00Z no burn rate | firing [] | period 2025-03 (2025-03-01T00:00:00Z/2"
          + "025-04-01T00:00:00Z) | fast Optional.empty Optional.empty false | slow Optiona"
          + "l.empty Optional.empty false | day Optional.empty Optional.empty false | week "
          + "Optional.empty Optional.empty false",
      "mean-latency from 9 March",
          "mean-latency 2025-03 burn-rate alerts as of 2025-03-10T10:00:00Z //   quiet fa"
          + "st: burn rate >= 14.4 over PT1H and PT5M; long PT1H 2025-03-10T09:00:00Z/2025-"
          + "03-10T10:00:00Z no burn rate; short PT5M 2025-03-10T09:55:00Z/2025-03-10T10:00"
          + ":00Z no burn rate //   quiet slow: burn rate >= 6 over PT6H and PT30M; long PT"
          + "6H 2025-03-10T04:00:00Z/2025-03-10T10:00:00Z no burn rate; short PT30M 2025-03"
          + "-10T09:30:00Z/2025-03-10T10:00:00Z no burn rate //   quiet day: burn rate >= 1"
          + " over PT24H and PT1H; long PT24H 2025-03-09T10:00:00Z/2025-03-10T10:00:00Z no "
          + "burn rate; short PT1H 2025-03-10T09:00:00Z/2025-03-10T10:00:00Z no burn rate /"
          + "/   quiet week: burn rate >= 0.5 over PT168H; long PT168H 2025-03-09T00:00:00Z"
          + "/2025-03-10T10:00:00Z no burn rate; short PT168H 2025-03-09T00:00:00Z/2025-03-"
          + "10T10:00:00Z no burn rate | firing [] | period 2025-03 (2025-03-01T00:00:00Z/2"
          + "025-04-01T00:00:00Z) | fast Optional.empty Optional.empty false | slow Optiona"
          + "l.empty Optional.empty false | day Optional.empty Optional.empty false | week "
          + "Optional.empty Optional.empty true");

  @Test
  void everyWindowOfEveryKindOfTarget() {
    Map<String, String> actual = actual();
    assertEquals(EXPECTED.size() / 2, actual.size());
    for (int i = 0; i < EXPECTED.size(); i += 2) {
      assertEquals(EXPECTED.get(i + 1), actual.get(EXPECTED.get(i)), EXPECTED.get(i));
    }
  }
}
