package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.ALWAYS_UTC;
import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.measurement;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * Every verdict of the time-slice indicators, found unpinned by mutation testing: timeslices
 * and ratio timeslices, at least and at most, each rule for slices without events, a running
 * period (a slice still running, one after the cutoff) and a finished one. Six one-hour slices:
 * 99/100, 90/100, none, 100/100, 50/100 and none; two records kept.
 */
class SliceTallyMutationTest {

  private static final Instant START = utc("2025-06-02T00:00");
  private static final PeriodRange SIX_HOURS =
      PeriodRange.of("six hours", Interval.of(START, Duration.ofHours(6)));
  private static final Duration HOUR = Duration.ofHours(1);

  private static String run(Indicator indicator, Comparison c, String objective, Instant asOf) {
    MeasurementAccumulator acc =
        MeasurementAccumulator.of(measurement(indicator, c, objective).build(), ALWAYS_UTC,
            SIX_HOURS, asOf, EvaluationOptions.builder().worstRecords(2).build());
    long[][] counts = {{99, 100}, {90, 100}, null, {100, 100}, {50, 100}};
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != null) {
        acc.add(EventCount.of(Interval.of(START.plus(Duration.ofHours(i)), Duration.ofMinutes(1)),
            counts[i][0], counts[i][1]));
      }
    }
    TargetResult r = acc.result();
    return r.toString() + " | " + r.measurement().orElseThrow() + " | "
        + r.explanation().reasonCounts() + " | " + r.explanation().counted();
  }

  private static final List<String> EXPECTED =
      List.of(
      "ts>=95 obj>=50 SKIP 2025-06-02T03:30:00Z",
          "latency six hours share of PT1H slices with ratio >= 95: ON_TRACK (running, as"
          + " of 2025-06-02T03:30:00Z) 66.666666 % (required >= 50 %), margin 16.666666, bu"
          + "dget allowed 1.5 slices, used 1 (66.67 %), left 0.5, burn rate 0.6667, forecas"
          + "t MET at 66.666666, budget 66.67 % | share of PT1H slices with ratio >= 95 ove"
          + "r 3 observations, 2 meeting | {counted=3, slices bad=1, slices good=2} | [2025"
          + "-06-02T01:00:00Z: ratio 90 % (90/100), bad, 2025-06-02T00:00:00Z: ratio 99 % ("
          + "99/100), good]",
      "ts<=5 obj<=40 SKIP 2025-06-02T03:30:00Z",
          "latency six hours share of PT1H slices with ratio <= 5: ON_TRACK (running, as "
          + "of 2025-06-02T03:30:00Z) 0 % (required <= 40 %), margin 40, budget allowed 1.2"
          + " slices, used 0 (0 %), left 1.2, burn rate 0, forecast MET at 0, budget 0 % | "
          + "share of PT1H slices with ratio <= 5 over 3 observations, 0 meeting | {counted"
          + "=3, slices bad=3, slices good=0} | [2025-06-02T03:00:00Z: ratio 100 % (100/100"
          + "), bad, 2025-06-02T00:00:00Z: ratio 99 % (99/100), bad]",
      "rts obj>=90 SKIP 2025-06-02T03:30:00Z",
          "latency six hours mean ratio of PT1H slices: ON_TRACK (running, as of 2025-06-"
          + "02T03:30:00Z) 96.333333 % (required >= 90 %), margin 6.333333, budget allowed "
          + "0.3 slices, used 0.11 (36.67 %), left 0.19, burn rate 0.3667, forecast MET at "
          + "96.333333, budget 36.67 % | mean ratio of PT1H slices over 3 observations | {c"
          + "ounted=3, slices=3} | [2025-06-02T01:00:00Z: ratio 90 % (90/100), 2025-06-02T0"
          + "0:00:00Z: ratio 99 % (99/100)]",
      "rts obj<=60 SKIP 2025-06-02T03:30:00Z",
          "latency six hours mean ratio of PT1H slices: AT_RISK (running, as of 2025-06-0"
          + "2T03:30:00Z) 96.333334 % (required <= 60 %), margin -36.333334, budget allowed"
          + " 1.8 slices, used 2.89 (160.56 %), left -1.09, burn rate 1.6056, forecast BREA"
          + "CHED at 96.333334, budget 160.56 % | mean ratio of PT1H slices over 3 observat"
          + "ions | {counted=3, slices=3} | [2025-06-02T01:00:00Z: ratio 90 % (90/100), 202"
          + "5-06-02T00:00:00Z: ratio 99 % (99/100)]",
      "ts>=95 obj>=50 SKIP 2025-06-02T06:00:00Z",
          "latency six hours share of PT1H slices with ratio >= 95: MET (budget low) 50 %"
          + " (required >= 50 %), margin 0, budget allowed 2 slices, used 2 (100 %), left 0"
          + ", burn rate 1 | share of PT1H slices with ratio >= 95 over 4 observations, 2 m"
          + "eeting | {counted=4, slices bad=2, slices good=2} | [2025-06-02T04:00:00Z: rat"
          + "io 50 % (50/100), bad, 2025-06-02T01:00:00Z: ratio 90 % (90/100), bad]",
      "ts<=5 obj<=40 SKIP 2025-06-02T06:00:00Z",
          "latency six hours share of PT1H slices with ratio <= 5: MET 0 % (required <= 4"
          + "0 %), margin 40, budget allowed 1.6 slices, used 0 (0 %), left 1.6, burn rate "
          + "0 | share of PT1H slices with ratio <= 5 over 4 observations, 0 meeting | {cou"
          + "nted=4, slices bad=4, slices good=0} | [2025-06-02T03:00:00Z: ratio 100 % (100"
          + "/100), bad, 2025-06-02T00:00:00Z: ratio 99 % (99/100), bad]",
      "rts obj>=90 SKIP 2025-06-02T06:00:00Z",
          "latency six hours mean ratio of PT1H slices: BREACHED 84.75 % (required >= 90 "
          + "%), margin -5.25, budget allowed 0.4 slices, used 0.61 (152.5 %), left -0.21, "
          + "burn rate 1.525 | mean ratio of PT1H slices over 4 observations | {counted=4, "
          + "slices=4} | [2025-06-02T04:00:00Z: ratio 50 % (50/100), 2025-06-02T01:00:00Z: "
          + "ratio 90 % (90/100)]",
      "rts obj<=60 SKIP 2025-06-02T06:00:00Z",
          "latency six hours mean ratio of PT1H slices: BREACHED 84.75 % (required <= 60 "
          + "%), margin -24.75, budget allowed 2.4 slices, used 3.39 (141.25 %), left -0.99"
          + ", burn rate 1.4125 | mean ratio of PT1H slices over 4 observations | {counted="
          + "4, slices=4} | [2025-06-02T04:00:00Z: ratio 50 % (50/100), 2025-06-02T01:00:00"
          + "Z: ratio 90 % (90/100)]",
      "ts>=95 obj>=50 GOOD 2025-06-02T03:30:00Z",
          "latency six hours share of PT1H slices with ratio >= 95, empty slices good: ON"
          + "_TRACK (running, as of 2025-06-02T03:30:00Z) 75 % (required >= 50 %), margin 2"
          + "5, budget allowed 2 slices, used 1 (50 %), left 1, burn rate 0.5, forecast MET"
          + " at 75, budget 50 % | share of PT1H slices with ratio >= 95, empty slices good"
          + " over 4 observations, 3 meeting | {counted=3, slices bad=1, slices good=3, sli"
          + "ces without events=1} | [2025-06-02T01:00:00Z: ratio 90 % (90/100), bad, 2025-"
          + "06-02T00:00:00Z: ratio 99 % (99/100), good]",
      "ts<=5 obj<=40 GOOD 2025-06-02T03:30:00Z",
          "latency six hours share of PT1H slices with ratio <= 5, empty slices good: ON_"
          + "TRACK (running, as of 2025-06-02T03:30:00Z) 25 % (required <= 40 %), margin 15"
          + ", budget allowed 1.6 slices, used 1 (62.5 %), left 0.6, burn rate 0.625, forec"
          + "ast MET at 25, budget 62.5 % | share of PT1H slices with ratio <= 5, empty sli"
          + "ces good over 4 observations, 1 meeting | {counted=3, slices bad=3, slices goo"
          + "d=1, slices without events=1} | [2025-06-02T03:00:00Z: ratio 100 % (100/100), "
          + "bad, 2025-06-02T00:00:00Z: ratio 99 % (99/100), bad]",
      "rts obj>=90 GOOD 2025-06-02T03:30:00Z",
          "latency six hours mean ratio of PT1H slices, empty slices good: ON_TRACK (runn"
          + "ing, as of 2025-06-02T03:30:00Z) 97.25 % (required >= 90 %), margin 7.25, budg"
          + "et allowed 0.4 slices, used 0.11 (27.5 %), left 0.29, burn rate 0.275, forecas"
          + "t MET at 97.25, budget 27.5 % | mean ratio of PT1H slices, empty slices good o"
          + "ver 4 observations | {counted=3, slices=4, slices without events=1} | [2025-06"
          + "-02T01:00:00Z: ratio 90 % (90/100), 2025-06-02T00:00:00Z: ratio 99 % (99/100)]",
      "rts obj<=60 GOOD 2025-06-02T03:30:00Z",
          "latency six hours mean ratio of PT1H slices, empty slices good: AT_RISK (runni"
          + "ng, as of 2025-06-02T03:30:00Z) 97.25 % (required <= 60 %), margin -37.25, bud"
          + "get allowed 2.4 slices, used 3.89 (162.09 %), left -1.49, burn rate 1.6209, fo"
          + "recast BREACHED at 97.25, budget 162.09 % | mean ratio of PT1H slices, empty s"
          + "lices good over 4 observations | {counted=3, slices=4, slices without events=1"
          + "} | [2025-06-02T01:00:00Z: ratio 90 % (90/100), 2025-06-02T00:00:00Z: ratio 99"
          + " % (99/100)]",
      "ts>=95 obj>=50 GOOD 2025-06-02T06:00:00Z",
          "latency six hours share of PT1H slices with ratio >= 95, empty slices good: ME"
          + "T 66.666666 % (required >= 50 %), margin 16.666666, budget allowed 3 slices, u"
          + "sed 2 (66.67 %), left 1, burn rate 0.6667 | share of PT1H slices with ratio >="
          + " 95, empty slices good over 6 observations, 4 meeting | {counted=4, slices bad"
          + "=2, slices good=4, slices without events=2} | [2025-06-02T04:00:00Z: ratio 50 "
          + "% (50/100), bad, 2025-06-02T01:00:00Z: ratio 90 % (90/100), bad]",
      "ts<=5 obj<=40 GOOD 2025-06-02T06:00:00Z",
          "latency six hours share of PT1H slices with ratio <= 5, empty slices good: MET"
          + " (budget low) 33.333334 % (required <= 40 %), margin 6.666666, budget allowed "
          + "2.4 slices, used 2 (83.34 %), left 0.4, burn rate 0.8334 | share of PT1H slice"
          + "s with ratio <= 5, empty slices good over 6 observations, 2 meeting | {counted"
          + "=4, slices bad=4, slices good=2, slices without events=2} | [2025-06-02T03:00:"
          + "00Z: ratio 100 % (100/100), bad, 2025-06-02T00:00:00Z: ratio 99 % (99/100), ba"
          + "d]",
      "rts obj>=90 GOOD 2025-06-02T06:00:00Z",
          "latency six hours mean ratio of PT1H slices, empty slices good: BREACHED 89.83"
          + "3333 % (required >= 90 %), margin -0.166667, budget allowed 0.6 slices, used 0"
          + ".61 (101.67 %), left -0.01, burn rate 1.0167 | mean ratio of PT1H slices, empt"
          + "y slices good over 6 observations | {counted=4, slices=6, slices without event"
          + "s=2} | [2025-06-02T04:00:00Z: ratio 50 % (50/100), 2025-06-02T01:00:00Z: ratio"
          + " 90 % (90/100)]",
      "rts obj<=60 GOOD 2025-06-02T06:00:00Z",
          "latency six hours mean ratio of PT1H slices, empty slices good: BREACHED 89.83"
          + "3334 % (required <= 60 %), margin -29.833334, budget allowed 3.6 slices, used "
          + "5.39 (149.73 %), left -1.79, burn rate 1.4973 | mean ratio of PT1H slices, emp"
          + "ty slices good over 6 observations | {counted=4, slices=6, slices without even"
          + "ts=2} | [2025-06-02T04:00:00Z: ratio 50 % (50/100), 2025-06-02T01:00:00Z: rati"
          + "o 90 % (90/100)]",
      "ts>=95 obj>=50 BAD 2025-06-02T03:30:00Z",
          "latency six hours share of PT1H slices with ratio >= 95, empty slices bad: ON_"
          + "TRACK (budget low) (running, as of 2025-06-02T03:30:00Z) 50 % (required >= 50 "
          + "%), margin 0, budget allowed 2 slices, used 2 (100 %), left 0, burn rate 1, fo"
          + "recast MET at 50, budget 100 % | share of PT1H slices with ratio >= 95, empty "
          + "slices bad over 4 observations, 2 meeting | {counted=3, slices bad=2, slices g"
          + "ood=2, slices without events=1} | [2025-06-02T01:00:00Z: ratio 90 % (90/100), "
          + "bad, 2025-06-02T00:00:00Z: ratio 99 % (99/100), good]",
      "ts<=5 obj<=40 BAD 2025-06-02T03:30:00Z",
          "latency six hours share of PT1H slices with ratio <= 5, empty slices bad: ON_T"
          + "RACK (running, as of 2025-06-02T03:30:00Z) 0 % (required <= 40 %), margin 40, "
          + "budget allowed 1.6 slices, used 0 (0 %), left 1.6, burn rate 0, forecast MET a"
          + "t 0, budget 0 % | share of PT1H slices with ratio <= 5, empty slices bad over "
          + "4 observations, 0 meeting | {counted=3, slices bad=4, slices good=0, slices wi"
          + "thout events=1} | [2025-06-02T03:00:00Z: ratio 100 % (100/100), bad, 2025-06-0"
          + "2T00:00:00Z: ratio 99 % (99/100), bad]",
      "rts obj>=90 BAD 2025-06-02T03:30:00Z",
          "latency six hours mean ratio of PT1H slices, empty slices bad: AT_RISK (runnin"
          + "g, as of 2025-06-02T03:30:00Z) 72.25 % (required >= 90 %), margin -17.75, budg"
          + "et allowed 0.4 slices, used 1.11 (277.5 %), left -0.71, burn rate 2.775, forec"
          + "ast BREACHED at 72.25, budget 277.5 % | mean ratio of PT1H slices, empty slice"
          + "s bad over 4 observations | {counted=3, slices=4, slices without events=1} | ["
          + "2025-06-02T01:00:00Z: ratio 90 % (90/100), 2025-06-02T00:00:00Z: ratio 99 % (9"
          + "9/100)]",
      "rts obj<=60 BAD 2025-06-02T03:30:00Z",
          "latency six hours mean ratio of PT1H slices, empty slices bad: AT_RISK (runnin"
          + "g, as of 2025-06-02T03:30:00Z) 72.25 % (required <= 60 %), margin -12.25, budg"
          + "et allowed 2.4 slices, used 2.89 (120.42 %), left -0.49, burn rate 1.2042, for"
          + "ecast BREACHED at 72.25, budget 120.42 % | mean ratio of PT1H slices, empty sl"
          + "ices bad over 4 observations | {counted=3, slices=4, slices without events=1} "
          + "| [2025-06-02T01:00:00Z: ratio 90 % (90/100), 2025-06-02T00:00:00Z: ratio 99 %"
          + " (99/100)]",
      "ts>=95 obj>=50 BAD 2025-06-02T06:00:00Z",
          "latency six hours share of PT1H slices with ratio >= 95, empty slices bad: BRE"
          + "ACHED 33.333333 % (required >= 50 %), margin -16.666667, budget allowed 3 slic"
          + "es, used 4 (133.34 %), left -1, burn rate 1.3334 | share of PT1H slices with r"
          + "atio >= 95, empty slices bad over 6 observations, 2 meeting | {counted=4, slic"
          + "es bad=4, slices good=2, slices without events=2} | [2025-06-02T04:00:00Z: rat"
          + "io 50 % (50/100), bad, 2025-06-02T01:00:00Z: ratio 90 % (90/100), bad]",
      "ts<=5 obj<=40 BAD 2025-06-02T06:00:00Z",
          "latency six hours share of PT1H slices with ratio <= 5, empty slices bad: MET "
          + "0 % (required <= 40 %), margin 40, budget allowed 2.4 slices, used 0 (0 %), le"
          + "ft 2.4, burn rate 0 | share of PT1H slices with ratio <= 5, empty slices bad o"
          + "ver 6 observations, 0 meeting | {counted=4, slices bad=6, slices good=0, slice"
          + "s without events=2} | [2025-06-02T03:00:00Z: ratio 100 % (100/100), bad, 2025-"
          + "06-02T00:00:00Z: ratio 99 % (99/100), bad]",
      "rts obj>=90 BAD 2025-06-02T06:00:00Z",
          "latency six hours mean ratio of PT1H slices, empty slices bad: BREACHED 56.5 %"
          + " (required >= 90 %), margin -33.5, budget allowed 0.6 slices, used 2.61 (435 %"
          + "), left -2.01, burn rate 4.35 | mean ratio of PT1H slices, empty slices bad ov"
          + "er 6 observations | {counted=4, slices=6, slices without events=2} | [2025-06-"
          + "02T04:00:00Z: ratio 50 % (50/100), 2025-06-02T01:00:00Z: ratio 90 % (90/100)]",
      "rts obj<=60 BAD 2025-06-02T06:00:00Z",
          "latency six hours mean ratio of PT1H slices, empty slices bad: MET (budget low"
          + ") 56.5 % (required <= 60 %), margin 3.5, budget allowed 3.6 slices, used 3.39 "
          + "(94.17 %), left 0.21, burn rate 0.9417 | mean ratio of PT1H slices, empty slic"
          + "es bad over 6 observations | {counted=4, slices=6, slices without events=2} | "
          + "[2025-06-02T04:00:00Z: ratio 50 % (50/100), 2025-06-02T01:00:00Z: ratio 90 % ("
          + "90/100)]");

  @Test
  void everyIndicatorComparisonEmptySliceRuleAndCutoff() {
    Map<String, String> actual = new LinkedHashMap<>();
    for (Indicator.EmptySlices e : Indicator.EmptySlices.values()) {
      for (Instant asOf : new Instant[] {utc("2025-06-02T03:30"), utc("2025-06-02T06:00")}) {
        String when = " " + e + " " + asOf;
        actual.put("ts>=95 obj>=50" + when,
            run(Indicator.timeslices(HOUR, Comparison.GREATER_OR_EQUAL, dec("95"))
                    .withEmptySlices(e),
                Comparison.GREATER_OR_EQUAL, "50", asOf));
        actual.put("ts<=5 obj<=40" + when,
            run(Indicator.timeslices(HOUR, Comparison.LESS_OR_EQUAL, dec("5"))
                    .withEmptySlices(e),
                Comparison.LESS_OR_EQUAL, "40", asOf));
        actual.put("rts obj>=90" + when,
            run(Indicator.ratioTimeslices(HOUR).withEmptySlices(e),
                Comparison.GREATER_OR_EQUAL, "90", asOf));
        actual.put("rts obj<=60" + when,
            run(Indicator.ratioTimeslices(HOUR).withEmptySlices(e),
                Comparison.LESS_OR_EQUAL, "60", asOf));
      }
    }
    assertEquals(EXPECTED.size() / 2, actual.size());
    for (int i = 0; i < EXPECTED.size(); i += 2) {
      assertEquals(EXPECTED.get(i + 1), actual.get(EXPECTED.get(i)), EXPECTED.get(i));
    }
  }

  @Test
  void runningTimeslices_breachedOnlyWhenTheSlicesLeftCannotLiftTheShare() {
    // at 03:30 slices 0 and 1 are over (good, bad; slice 2 without events is skipped) and 3
    // are not: at best 4 good of 5, 80 %
    Instant asOf = utc("2025-06-02T03:30");
    Indicator perSlice = Indicator.timeslices(HOUR, Comparison.GREATER_OR_EQUAL, dec("95"));
    String at80 = run(perSlice, Comparison.GREATER_OR_EQUAL, "80", asOf);
    assertEquals("latency six hours share of PT1H slices with ratio >= 95: AT_RISK",
        at80.substring(0, at80.indexOf(" (running")));
    String above80 = run(perSlice, Comparison.GREATER_OR_EQUAL, "80.1", asOf);
    assertEquals("latency six hours share of PT1H slices with ratio >= 95: BREACHED",
        above80.substring(0, above80.indexOf(" (running")));
  }

  private static TargetResult result(Indicator indicator, Comparison c, String objective,
      Instant asOf, long[]... counts) {
    MeasurementAccumulator acc =
        MeasurementAccumulator.of(measurement(indicator, c, objective).build(), ALWAYS_UTC,
            SIX_HOURS, asOf, EvaluationOptions.builder().worstRecords(10).build());
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] != null) {
        acc.add(EventCount.of(Interval.of(START.plus(Duration.ofHours(i)), Duration.ofMinutes(1)),
            counts[i][0], counts[i][1]));
      }
    }
    return acc.result();
  }

  @Test
  void slicesWithoutEvents_evenWhenCountedWithATotalOfZero() {
    Instant over = utc("2025-06-02T06:00");
    long[] none = {0, 0};
    for (Indicator.EmptySlices e : Indicator.EmptySlices.values()) {
      Indicator ts =
          Indicator.timeslices(HOUR, Comparison.GREATER_OR_EQUAL, dec("95")).withEmptySlices(e);
      Indicator rts = Indicator.ratioTimeslices(HOUR).withEmptySlices(e);
      TargetResult withZero =
          result(ts, Comparison.GREATER_OR_EQUAL, "50", over, new long[] {99, 100}, none);
      TargetResult without =
          result(ts, Comparison.GREATER_OR_EQUAL, "50", over, new long[] {99, 100});
      assertEquals(without.achieved(), withZero.achieved(), "ts " + e);
      assertEquals(without.measurement(), withZero.measurement(), "ts " + e);
      TargetResult rWithZero =
          result(rts, Comparison.GREATER_OR_EQUAL, "50", over, new long[] {99, 100}, none);
      TargetResult rWithout =
          result(rts, Comparison.GREATER_OR_EQUAL, "50", over, new long[] {99, 100});
      assertEquals(rWithout.achieved(), rWithZero.achieved(), "rts " + e);
      assertEquals(rWithout.status(), rWithZero.status(), "rts " + e);
    }
    // only a slice with a total of zero: no data unless empty slices are judged
    TargetResult skip =
        result(Indicator.ratioTimeslices(HOUR), Comparison.GREATER_OR_EQUAL, "50", over, none);
    assertEquals(ComplianceStatus.NO_DATA, skip.status());
    TargetResult tsSkip =
        result(Indicator.timeslices(HOUR, Comparison.GREATER_OR_EQUAL, dec("95")),
            Comparison.GREATER_OR_EQUAL, "50", over, none);
    assertEquals(ComplianceStatus.NO_DATA, tsSkip.status());
  }

  @Test
  void sliceRecords_carryGoodOrBad() {
    TargetResult r =
        result(Indicator.timeslices(HOUR, Comparison.GREATER_OR_EQUAL, dec("95")),
            Comparison.GREATER_OR_EQUAL, "50", utc("2025-06-02T06:00"),
            new long[] {99, 100}, new long[] {90, 100});
    assertEquals(java.util.List.of(ReasonCode.SLICE_BAD, ReasonCode.SLICE_GOOD),
        r.explanation().counted().stream().map(ExplainedRecord::code).toList());
  }

  @Test
  void oneSliceWithEventsAndOneEmptyOver_isJudged() {
    // at 01:30 slice 0 is over and empty, slice 1 is running with events
    for (Indicator.EmptySlices e : new Indicator.EmptySlices[] {
        Indicator.EmptySlices.GOOD, Indicator.EmptySlices.BAD}) {
      TargetResult r =
          result(Indicator.timeslices(HOUR, Comparison.GREATER_OR_EQUAL, dec("95"))
                  .withEmptySlices(e),
              Comparison.GREATER_OR_EQUAL, "50", utc("2025-06-02T01:30"), null,
              new long[] {99, 100});
      assertEquals(2, r.measurement().orElseThrow().observations(), e.toString());
      // judged, not "no data": 2 slices, the empty one good (100 %) or bad (50 %)
      assertEquals(
          e == Indicator.EmptySlices.GOOD ? "ON_TRACK Optional[100]" : "ON_TRACK Optional[50]",
          r.status() + " " + r.achieved(), e.toString());
    }
  }

  @Test
  void runningGoodEmptySlices_countAsGoodSlicesOver() {
    // at 03:30 slices 0 (good), 1 (bad) and 2 (empty, good) are over, 3 are not: at best
    // 5 good of 6
    Instant asOf = utc("2025-06-02T03:30");
    Indicator perSlice =
        Indicator.timeslices(HOUR, Comparison.GREATER_OR_EQUAL, dec("95"))
            .withEmptySlices(Indicator.EmptySlices.GOOD);
    long[][] counts = {{99, 100}, {90, 100}, null, {100, 100}};
    assertEquals(ComplianceStatus.AT_RISK,
        result(perSlice, Comparison.GREATER_OR_EQUAL, "83.3", asOf, counts).status());
    assertEquals(ComplianceStatus.BREACHED,
        result(perSlice, Comparison.GREATER_OR_EQUAL, "83.4", asOf, counts).status());
  }

  @Test
  void aPeriodOfExactlyLongMaxValueSlices_isAccepted() {
    PeriodRange longest =
        PeriodRange.of("longest",
            Interval.of(utc("1950-01-01T00:00"), Duration.ofNanos(Long.MAX_VALUE)));
    Indicator nanos = Indicator.ratioTimeslices(Duration.ofNanos(1));
    MeasurementAccumulator.of(measurement(nanos, Comparison.GREATER_OR_EQUAL, "50").build(),
        ALWAYS_UTC, longest, utc("1960-01-01T00:00"));
    PeriodRange longer =
        PeriodRange.of("longer",
            Interval.of(utc("1950-01-01T00:00"), Duration.ofNanos(Long.MAX_VALUE).plusNanos(1)));
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> MeasurementAccumulator.of(
                measurement(nanos, Comparison.GREATER_OR_EQUAL, "50").build(), ALWAYS_UTC,
                longer, utc("1960-01-01T00:00")));
    assertEquals("A period can have at most 9223372036854775807 time slices: longer has"
        + " 9223372036854775808 slices of PT0.000000001S", e.getMessage());
  }
}
