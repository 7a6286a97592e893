package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * Every path of an availability target's outage, found unpinned by mutation testing: causes
 * excluded by the agreement or the target, maintenance announced exactly the notice ahead or a
 * second less, by flag, not at all, outages exactly as long as the shortest counted or a second
 * shorter, across the period's start and the cutoff, in closed hours, at an impact, of another
 * service or of an unknown cause; running and finished, with and without a notice. The window
 * opens 08:00 to 18:00 on weekdays; the period is the first week of June 2025; ten records
 * are kept.
 */
class AvailabilityVerdictsMutationTest {

  private static final BusinessCalendar OFFICE = ComplianceFixtures.WEEKDAYS_8_TO_18;
  private static final PeriodRange WEEK = ComplianceFixtures.JUNE_WEEK;
  private static final Instant START = WEEK.interval().getStart();
  private static final Instant RUNNING = utc("2025-06-04T12:00");
  private static final Instant OVER = utc("2025-06-09T00:00");
  private static final OutageCause STORM = OutageCause.of("STORM", true, "A storm");
  private static final OutageCause VOLCANO = OutageCause.of("VOLCANO", false, "An eruption");

  private static Outage outage(String id, String start, Duration length) {
    return Outage.of(id, "shop", Interval.of(utc(start), length));
  }

  private static Outage.Builder outageBuilder(String id, String start, Duration length) {
    return Outage.builder().id(id).service("shop").interval(Interval.of(utc(start), length));
  }

  private static List<Outage> outages() {
    Duration hour = Duration.ofHours(1);
    List<Outage> list = new ArrayList<>();
    list.add(outage("ACROSS-START", "2025-06-01T23:00", Duration.ofHours(10)));
    list.add(outageBuilder("STORM", "2025-06-02T11:00", hour).cause(STORM).build());
    list.add(outageBuilder("VOLCANO", "2025-06-02T12:00", hour).cause(VOLCANO).build());
    list.add(outageBuilder("PM-ON-TIME", "2025-06-02T13:00", hour)
        .cause(OutageCause.PLANNED_MAINTENANCE).announcedAt(utc("2025-05-31T13:00")).build());
    list.add(outageBuilder("PM-LATE", "2025-06-02T14:00", hour)
        .cause(OutageCause.PLANNED_MAINTENANCE).announcedAt(utc("2025-05-31T14:00:01"))
        .build());
    list.add(outageBuilder("PM-FLAG", "2025-06-02T15:00", hour)
        .cause(OutageCause.PLANNED_MAINTENANCE).announcedInAdvance(true).build());
    list.add(outageBuilder("PM-UNANNOUNCED", "2025-06-02T16:00", Duration.ofMinutes(30))
        .cause(OutageCause.PLANNED_MAINTENANCE).build());
    list.add(outage("SHORT", "2025-06-03T09:00", Duration.ofSeconds(59)));
    list.add(outage("MINUTE", "2025-06-03T10:00", Duration.ofSeconds(60)));
    list.add(outage("NIGHT", "2025-06-03T20:00", hour));
    list.add(outageBuilder("HALF", "2025-06-03T11:00", Duration.ofHours(2))
        .impact(dec("0.5")).build());
    list.add(Outage.of("OTHER", "mail", Interval.of(utc("2025-06-03T14:00"), hour)));
    list.add(outageBuilder("ALIENS", "2025-06-03T15:00", hour)
        .cause(OutageCause.of("ALIENS", false, "Undeclared")).build());
    list.add(outage("ACROSS-CUTOFF", "2025-06-04T11:00", Duration.ofHours(2)));
    list.add(outage("LATER", "2025-06-05T09:00", Duration.ofMinutes(20)));
    return list;
  }

  private static String run(AvailabilityTarget target, Instant asOf) {
    AvailabilityAccumulator acc =
        AvailabilityAccumulator.of(target, OFFICE, WEEK, asOf,
            EvaluationOptions.builder().worstRecords(10).build(), List.of(STORM));
    acc.addAll(outages());
    TargetResult r = acc.result();
    return r.toString() + " | " + r.availability().orElseThrow() + " | "
        + r.explanation().reasonCounts() + " | " + r.explanation().counted() + " | "
        + r.explanation().excluded() + " | " + r.budgetExhaustion() + " | " + acc;
  }

  private static Map<String, String> actual() {
    AvailabilityTarget.Builder base =
        AvailabilityTarget.builder().id("up").service("shop").window("office")
            .minimum(dec("95"))
            .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE, VOLCANO)
            .ignoreOutagesShorterThan(Duration.ofMinutes(1));
    AvailabilityTarget notice =
        base.maintenanceNotice(Duration.ofDays(2)).atRiskThreshold(dec("50")).build();
    AvailabilityTarget noNotice =
        AvailabilityTarget.builder().id("up").service("shop").window("office")
            .minimum(dec("90"))
            .addExcludedCauses(OutageCause.PLANNED_MAINTENANCE, VOLCANO)
            .build();
    Map<String, String> actual = new LinkedHashMap<>();
    for (Instant asOf : new Instant[] {RUNNING, OVER}) {
      actual.put("notice " + asOf, run(notice, asOf));
      actual.put("no notice " + asOf, run(noNotice, asOf));
    }
    actual.put("before the period",
        run(notice, utc("2025-06-01T12:00")));
    return actual;
  }

  private static final List<String> EXPECTED =
      List.of(
      "notice 2025-06-04T12:00:00Z",
          "up week availability: BREACHED (running, as of 2025-06-04T12:00:00Z) 81.180555"
          + " % (required >= 95 %), margin -13.819445, budget allowed PT2H30M, used PT4H31M"
          + " (180.67 %), left -PT2H1M, burn rate 3.7639, forecast BREACHED at 81.180555, b"
          + "udget 376.39 % | downtime PT4H31M of PT24H agreed so far (PT50H in all), 6 out"
          + "ages counted, 6 not, 1 unevaluable | {counted=6, excluded: PLANNED_MAINTENANCE"
          + "=2, excluded: STORM=1, excluded: VOLCANO=1, ignored: shorter than PT1M=1, outs"
          + "ide window hours=1, unevaluable=1} | [ACROSS-CUTOFF: PT1H of window time, ACRO"
          + "SS-START: PT1H of window time, HALF: PT2H of window time at impact 0.5, PM-LAT"
          + "E: PT1H of window time; planned maintenance announced too late, PT47H59M59S ah"
          + "ead (notice PT48H), PM-UNANNOUNCED: PT30M of window time; planned maintenance "
          + "not announced (notice PT48H), MINUTE: PT1M of window time] | [PM-FLAG: planned"
          + " maintenance announced in advance; PT1H of window time, PM-ON-TIME: planned ma"
          + "intenance announced PT48H ahead (notice PT48H); PT1H of window time, STORM: ex"
          + "cluded cause STORM (by the agreement); PT1H of window time, VOLCANO: excluded "
          + "cause VOLCANO; PT1H of window time, SHORT: lasted PT59S, shorter than PT1M; PT"
          + "59S of window time, NIGHT: outside window hours] | Optional[2025-06-03T11:17:0"
          + "2.878228783Z] | availability accumulator up week (6 outages counted)",
      "no notice 2025-06-04T12:00:00Z",
          "up week availability: AT_RISK (running, as of 2025-06-04T12:00:00Z) 87.362268 "
          + "% (required >= 90 %), margin -2.637732, budget allowed PT5H, used PT3H1M59S (6"
          + "0.67 %), left PT1H58M1S, burn rate 1.2638, forecast BREACHED at 87.362268, bud"
          + "get 126.38 % | downtime PT3H1M59S of PT24H agreed so far (PT50H in all), 5 out"
          + "ages counted, 7 not, 1 unevaluable | {counted=5, excluded: PLANNED_MAINTENANCE"
          + "=4, excluded: STORM=1, excluded: VOLCANO=1, outside window hours=1, unevaluabl"
          + "e=1} | [ACROSS-CUTOFF: PT1H of window time, ACROSS-START: PT1H of window time,"
          + " HALF: PT2H of window time at impact 0.5, MINUTE: PT1M of window time, SHORT: "
          + "PT59S of window time] | [PM-FLAG: planned maintenance; PT1H of window time, PM"
          + "-LATE: planned maintenance; PT1H of window time, PM-ON-TIME: planned maintenan"
          + "ce; PT1H of window time, STORM: excluded cause STORM (by the agreement); PT1H "
          + "of window time, VOLCANO: excluded cause VOLCANO; PT1H of window time, PM-UNANN"
          + "OUNCED: planned maintenance; PT30M of window time, NIGHT: outside window hours"
          + "] | Optional[2025-06-05T17:33:50.625515158Z] | availability accumulator up wee"
          + "k (5 outages counted)",
      "notice 2025-06-09T00:00:00Z",
          "up week availability: BREACHED 88.3 % (required >= 95 %), margin -6.7, budget "
          + "allowed PT2H30M, used PT5H51M (234 %), left -PT3H21M, burn rate 2.34 | downtim"
          + "e PT5H51M of PT50H agreed, 7 outages counted, 6 not, 1 unevaluable | {counted="
          + "7, excluded: PLANNED_MAINTENANCE=2, excluded: STORM=1, excluded: VOLCANO=1, ig"
          + "nored: shorter than PT1M=1, outside window hours=1, unevaluable=1} | [ACROSS-C"
          + "UTOFF: PT2H of window time, ACROSS-START: PT1H of window time, HALF: PT2H of w"
          + "indow time at impact 0.5, PM-LATE: PT1H of window time; planned maintenance an"
          + "nounced too late, PT47H59M59S ahead (notice PT48H), PM-UNANNOUNCED: PT30M of w"
          + "indow time; planned maintenance not announced (notice PT48H), LATER: PT20M of "
          + "window time, MINUTE: PT1M of window time] | [PM-FLAG: planned maintenance anno"
          + "unced in advance; PT1H of window time, PM-ON-TIME: planned maintenance announc"
          + "ed PT48H ahead (notice PT48H); PT1H of window time, STORM: excluded cause STOR"
          + "M (by the agreement); PT1H of window time, VOLCANO: excluded cause VOLCANO; PT"
          + "1H of window time, SHORT: lasted PT59S, shorter than PT1M; PT59S of window tim"
          + "e, NIGHT: outside window hours] | Optional.empty | availability accumulator up"
          + " week (7 outages counted)",
      "no notice 2025-06-09T00:00:00Z",
          "up week availability: MET (budget low) 91.267222 % (required >= 90 %), margin "
          + "1.267222, budget allowed PT5H, used PT4H21M59S (87.33 %), left PT38M1S, burn r"
          + "ate 0.8733 | downtime PT4H21M59S of PT50H agreed, 6 outages counted, 7 not, 1 "
          + "unevaluable | {counted=6, excluded: PLANNED_MAINTENANCE=4, excluded: STORM=1, "
          + "excluded: VOLCANO=1, outside window hours=1, unevaluable=1} | [ACROSS-CUTOFF: "
          + "PT2H of window time, ACROSS-START: PT1H of window time, HALF: PT2H of window t"
          + "ime at impact 0.5, LATER: PT20M of window time, MINUTE: PT1M of window time, S"
          + "HORT: PT59S of window time] | [PM-FLAG: planned maintenance; PT1H of window ti"
          + "me, PM-LATE: planned maintenance; PT1H of window time, PM-ON-TIME: planned mai"
          + "ntenance; PT1H of window time, STORM: excluded cause STORM (by the agreement);"
          + " PT1H of window time, VOLCANO: excluded cause VOLCANO; PT1H of window time, PM"
          + "-UNANNOUNCED: planned maintenance; PT30M of window time, NIGHT: outside window"
          + " hours] | Optional.empty | availability accumulator up week (6 outages counted"
          + ")",
      "before the period",
          "up week availability: NO_DATA (running, as of 2025-06-02T00:00:00Z) (required "
          + ">= 95 %) | downtime PT0S of PT0S agreed so far (PT50H in all), 0 outages count"
          + "ed, 0 not | {} | [] | [] | Optional.empty | availability accumulator up week ("
          + "0 outages counted)");

  @Test
  void everyPathOfAnOutageRunningAndFinished() {
    Map<String, String> actual = actual();
    assertEquals(EXPECTED.size() / 2, actual.size());
    for (int i = 0; i < EXPECTED.size(); i += 2) {
      assertEquals(EXPECTED.get(i + 1), actual.get(EXPECTED.get(i)), EXPECTED.get(i));
    }
  }
}
