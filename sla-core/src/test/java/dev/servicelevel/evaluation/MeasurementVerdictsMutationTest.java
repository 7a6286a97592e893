package dev.servicelevel.evaluation;

import static dev.servicelevel.evaluation.ComplianceFixtures.dec;
import static dev.servicelevel.evaluation.ComplianceFixtures.measurement;
import static dev.servicelevel.evaluation.ComplianceFixtures.utc;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.servicelevel.agreement.Comparison;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * Every verdict of the sample and ratio indicators, found unpinned by mutation testing:
 * percentiles (p90 and p100), mean, maximum, occurrences and ratio, at least and at most, a
 * running period and a finished one, with records outside the window's hours and after the
 * cutoff. The window opens 08:00 to 18:00 on weekdays; the period is the first week of June
 * 2025 (Monday 2 to Monday 9); two records are kept.
 */
class MeasurementVerdictsMutationTest {

  private static final BusinessCalendar OFFICE = ComplianceFixtures.WEEKDAYS_8_TO_18;
  private static final PeriodRange WEEK = ComplianceFixtures.JUNE_WEEK;
  private static final Instant START = WEEK.interval().getStart();
  private static final Instant RUNNING = utc("2025-06-04T12:00");
  private static final Instant OVER = utc("2025-06-09T00:00");

  /** Values at 09:00 + i hours on successive days (some at night, some after Wednesday noon). */
  private static final int[] VALUES = {120, 80, 300, 250, 90, 400, 150, 200, 60, 310};

  private static String samples(Indicator indicator, Comparison c, String objective,
      Instant asOf) {
    MeasurementAccumulator acc =
        MeasurementAccumulator.of(measurement(indicator, c, objective).build(), OFFICE,
            WEEK, asOf, EvaluationOptions.builder().worstRecords(2).build());
    for (int i = 0; i < VALUES.length; i++) {
      acc.add(START.plus(Duration.ofHours(9 + 7L * i)), dec(Integer.toString(VALUES[i])));
    }
    return show(acc.result());
  }

  private static String ratio(Comparison c, String objective, Instant asOf) {
    MeasurementAccumulator acc =
        MeasurementAccumulator.of(measurement(Indicator.ratio(), c, objective).build(), OFFICE,
            WEEK, asOf, EvaluationOptions.builder().worstRecords(2).build());
    for (int i = 0; i < VALUES.length; i++) {
      acc.add(EventCount.of(Interval.of(START.plus(Duration.ofHours(9 + 7L * i)),
          Duration.ofMinutes(1)), 1000 - VALUES[i] / 10, 1000));
    }
    return show(acc.result());
  }

  private static String show(TargetResult r) {
    return r.toString() + " | " + r.measurement().orElseThrow() + " | "
        + r.explanation().reasonCounts() + " | " + r.explanation().counted() + " | "
        + r.explanation().excluded() + " | " + r.exactAchieved() + " | " + r.budgetExhaustion();
  }

  private static Map<String, String> actual() {
    Map<String, String> actual = new LinkedHashMap<>();
    for (Instant asOf : new Instant[] {RUNNING, OVER}) {
      String when = " " + asOf;
      for (Comparison c : List.of(Comparison.GREATER_OR_EQUAL, Comparison.LESS_THAN)) {
        String k = " " + c.symbol() + when;
        actual.put("p90 200" + k, samples(Indicator.percentile(dec("90")), c, "200", asOf));
        actual.put("p100 300" + k, samples(Indicator.percentile(dec("100")), c, "300", asOf));
        actual.put("mean 150" + k, samples(Indicator.mean(), c, "150", asOf));
        actual.put("max 300" + k, samples(Indicator.max(), c, "300", asOf));
        actual.put("occ<=200 60" + k,
            samples(Indicator.samplesMeeting(Comparison.LESS_OR_EQUAL, dec("200")), c, "60",
                asOf));
        actual.put("ratio 98" + k, ratio(c, "98", asOf));
      }
    }
    return actual;
  }

  private static final List<String> EXPECTED =
      List.of(
      "p90 200 >= 2025-06-04T12:00:00Z",
          "latency week p90: ON_TRACK (budget low) (running, as of 2025-06-04T12:00:00Z) "
          + "200 (required >= 200), margin 0, budget allowed 3 samples, used 3 (100 %), lef"
          + "t 0, burn rate 1, forecast MET at 200, budget 100 % | p90 over 4 observations,"
          + " 1 meeting | {meeting=1, missing=3, outside window hours=4} | [2025-06-02T16:0"
          + "0:00Z: 80 misses >= 200, 2025-06-03T13:00:00Z: 90 misses >= 200] | [2025-06-04"
          + "T03:00:00Z: outside window hours, 2025-06-03T06:00:00Z: outside window hours] "
          + "| Optional[200] | Optional.empty",
      "p100 300 >= 2025-06-04T12:00:00Z",
          "latency week p100: AT_RISK (running, as of 2025-06-04T12:00:00Z) 200 (required"
          + " >= 300), margin -100, budget allowed 3 samples, used 4 (133.34 %), left -1, b"
          + "urn rate 1.3334, forecast BREACHED at 200, budget 133.34 % | p100 over 4 obser"
          + "vations, 0 meeting | {missing=4, outside window hours=4} | [2025-06-02T16:00:0"
          + "0Z: 80 misses >= 300, 2025-06-03T13:00:00Z: 90 misses >= 300] | [2025-06-04T03"
          + ":00:00Z: outside window hours, 2025-06-03T06:00:00Z: outside window hours] | O"
          + "ptional[200] | Optional[2025-06-07T06:00:00Z]",
      "mean 150 >= 2025-06-04T12:00:00Z",
          "latency week mean: AT_RISK (running, as of 2025-06-04T12:00:00Z) 122.5 (requir"
          + "ed >= 150), margin -27.5, forecast BREACHED at 122.5 | mean over 4 observation"
          + "s | {counted=4, outside window hours=4} | [2025-06-02T16:00:00Z: 80 misses >= "
          + "150, 2025-06-03T13:00:00Z: 90 misses >= 150] | [2025-06-04T03:00:00Z: outside "
          + "window hours, 2025-06-03T06:00:00Z: outside window hours] | Optional[245/2] | "
          + "Optional.empty",
      "max 300 >= 2025-06-04T12:00:00Z",
          "latency week max: AT_RISK (running, as of 2025-06-04T12:00:00Z) 200 (required "
          + ">= 300), margin -100, budget allowed 3 samples, used 4 (133.34 %), left -1, bu"
          + "rn rate 1.3334, forecast BREACHED at 200, budget 133.34 % | max over 4 observa"
          + "tions, 0 meeting | {missing=4, outside window hours=4} | [2025-06-02T16:00:00Z"
          + ": 80 misses >= 300, 2025-06-03T13:00:00Z: 90 misses >= 300] | [2025-06-04T03:0"
          + "0:00Z: outside window hours, 2025-06-03T06:00:00Z: outside window hours] | Opt"
          + "ional[200] | Optional[2025-06-07T06:00:00Z]",
      "occ<=200 60 >= 2025-06-04T12:00:00Z",
          "latency week share of samples <= 200: ON_TRACK (running, as of 2025-06-04T12:0"
          + "0:00Z) 100 % (required >= 60 %), margin 40, budget allowed 1.6 samples, used 0"
          + " (0 %), left 1.6, burn rate 0, forecast MET at 100, budget 0 % | share of samp"
          + "les <= 200 over 4 observations, 4 meeting | {meeting=4, outside window hours=4"
          + "} | [2025-06-04T10:00:00Z: 200 meets <= 200, 2025-06-02T09:00:00Z: 120 meets <"
          + "= 200] | [2025-06-03T20:00:00Z: outside window hours, 2025-06-02T23:00:00Z: ou"
          + "tside window hours] | Optional[100] | Optional.empty",
      "ratio 98 >= 2025-06-04T12:00:00Z",
          "latency week ratio: ON_TRACK (running, as of 2025-06-04T12:00:00Z) 98.775 % (r"
          + "equired >= 98 %), margin 0.775, budget allowed 80 events, used 49 (61.25 %), l"
          + "eft 31, burn rate 0.6125, forecast MET at 98.775, budget 61.25 % | ratio over "
          + "4000 observations, 3951 meeting | {counted=4, outside window hours=4} | [2025-"
          + "06-04T10:00:00Z/2025-06-04T10:01:00Z: 980 of 1000 events counted, 2025-06-02T0"
          + "9:00:00Z/2025-06-02T09:01:00Z: 988 of 1000 events counted] | [2025-06-03T20:00"
          + ":00Z: outside window hours, 2025-06-02T23:00:00Z: outside window hours] | Opti"
          + "onal[3951/40] | Optional.empty",
      "p90 200 < 2025-06-04T12:00:00Z",
          "latency week p90: AT_RISK (running, as of 2025-06-04T12:00:00Z) 200 (required "
          + "< 200), margin 0, budget allowed 0 samples, used 1, left -1, forecast BREACHED"
          + " at 200 | p90 over 4 observations, 3 meeting | {meeting=3, missing=1, outside "
          + "window hours=4} | [2025-06-04T10:00:00Z: 200 misses < 200, 2025-06-02T09:00:00"
          + "Z: 120 meets < 200] | [2025-06-03T20:00:00Z: outside window hours, 2025-06-02T"
          + "23:00:00Z: outside window hours] | Optional[200] | Optional.empty",
      "p100 300 < 2025-06-04T12:00:00Z",
          "latency week p100: ON_TRACK (running, as of 2025-06-04T12:00:00Z) 200 (require"
          + "d < 300), margin 100, budget allowed 0 samples, used 0, left 0, forecast MET a"
          + "t 200 | p100 over 4 observations, 4 meeting | {meeting=4, outside window hours"
          + "=4} | [2025-06-04T10:00:00Z: 200 meets < 300, 2025-06-02T09:00:00Z: 120 meets "
          + "< 300] | [2025-06-03T20:00:00Z: outside window hours, 2025-06-02T23:00:00Z: ou"
          + "tside window hours] | Optional[200] | Optional.empty",
      "mean 150 < 2025-06-04T12:00:00Z",
          "latency week mean: ON_TRACK (running, as of 2025-06-04T12:00:00Z) 122.5 (requi"
          + "red < 150), margin 27.5, forecast MET at 122.5 | mean over 4 observations | {c"
          + "ounted=4, outside window hours=4} | [2025-06-04T10:00:00Z: 200 misses < 150, 2"
          + "025-06-02T09:00:00Z: 120 meets < 150] | [2025-06-03T20:00:00Z: outside window "
          + "hours, 2025-06-02T23:00:00Z: outside window hours] | Optional[245/2] | Optiona"
          + "l.empty",
      "max 300 < 2025-06-04T12:00:00Z",
          "latency week max: ON_TRACK (running, as of 2025-06-04T12:00:00Z) 200 (required"
          + " < 300), margin 100, budget allowed 0 samples, used 0, left 0, forecast MET at"
          + " 200 | max over 4 observations, 4 meeting | {meeting=4, outside window hours=4"
          + "} | [2025-06-04T10:00:00Z: 200 meets < 300, 2025-06-02T09:00:00Z: 120 meets < "
          + "300] | [2025-06-03T20:00:00Z: outside window hours, 2025-06-02T23:00:00Z: outs"
          + "ide window hours] | Optional[200] | Optional.empty",
      "occ<=200 60 < 2025-06-04T12:00:00Z",
          "latency week share of samples <= 200: AT_RISK (running, as of 2025-06-04T12:00"
          + ":00Z) 100 % (required < 60 %), margin -40, budget allowed 2.4 samples, used 4 "
          + "(166.67 %), left -1.6, burn rate 1.6667, forecast BREACHED at 100, budget 166."
          + "67 % | share of samples <= 200 over 4 observations, 4 meeting | {meeting=4, ou"
          + "tside window hours=4} | [2025-06-04T10:00:00Z: 200 meets <= 200, 2025-06-02T09"
          + ":00:00Z: 120 meets <= 200] | [2025-06-03T20:00:00Z: outside window hours, 2025"
          + "-06-02T23:00:00Z: outside window hours] | Optional[100] | Optional[2025-06-06T"
          + "04:48:00Z]",
      "ratio 98 < 2025-06-04T12:00:00Z",
          "latency week ratio: AT_RISK (running, as of 2025-06-04T12:00:00Z) 98.775 % (re"
          + "quired < 98 %), margin -0.775, budget allowed 3920 events, used 3951 (100.8 %)"
          + ", left -31, burn rate 1.008, forecast BREACHED at 98.775, budget 100.8 % | rat"
          + "io over 4000 observations, 3951 meeting | {counted=4, outside window hours=4} "
          + "| [2025-06-02T16:00:00Z/2025-06-02T16:01:00Z: 992 of 1000 events counted, 2025"
          + "-06-03T13:00:00Z/2025-06-03T13:01:00Z: 991 of 1000 events counted] | [2025-06-"
          + "04T03:00:00Z: outside window hours, 2025-06-03T06:00:00Z: outside window hours"
          + "] | Optional[3951/40] | Optional[2025-06-08T22:40:54.669703873Z]",
      "p90 200 >= 2025-06-09T00:00:00Z",
          "latency week p90: MET (budget low) 200 (required >= 200), margin 0, budget all"
          + "owed 4 samples, used 4 (100 %), left 0, burn rate 1 | p90 over 5 observations,"
          + " 1 meeting | {meeting=1, missing=4, outside window hours=5} | [2025-06-04T17:0"
          + "0:00Z: 60 misses >= 200, 2025-06-02T16:00:00Z: 80 misses >= 200] | [2025-06-04"
          + "T03:00:00Z: outside window hours, 2025-06-03T06:00:00Z: outside window hours] "
          + "| Optional[200] | Optional.empty",
      "p100 300 >= 2025-06-09T00:00:00Z",
          "latency week p100: BREACHED 200 (required >= 300), margin -100, budget allowed"
          + " 4 samples, used 5 (125 %), left -1, burn rate 1.25 | p100 over 5 observations"
          + ", 0 meeting | {missing=5, outside window hours=5} | [2025-06-04T17:00:00Z: 60 "
          + "misses >= 300, 2025-06-02T16:00:00Z: 80 misses >= 300] | [2025-06-04T03:00:00Z"
          + ": outside window hours, 2025-06-03T06:00:00Z: outside window hours] | Optional"
          + "[200] | Optional.empty",
      "mean 150 >= 2025-06-09T00:00:00Z",
          "latency week mean: BREACHED 110 (required >= 150), margin -40 | mean over 5 ob"
          + "servations | {counted=5, outside window hours=5} | [2025-06-04T17:00:00Z: 60 m"
          + "isses >= 150, 2025-06-02T16:00:00Z: 80 misses >= 150] | [2025-06-04T03:00:00Z:"
          + " outside window hours, 2025-06-03T06:00:00Z: outside window hours] | Optional["
          + "110] | Optional.empty",
      "max 300 >= 2025-06-09T00:00:00Z",
          "latency week max: BREACHED 200 (required >= 300), margin -100, budget allowed "
          + "4 samples, used 5 (125 %), left -1, burn rate 1.25 | max over 5 observations, "
          + "0 meeting | {missing=5, outside window hours=5} | [2025-06-04T17:00:00Z: 60 mi"
          + "sses >= 300, 2025-06-02T16:00:00Z: 80 misses >= 300] | [2025-06-04T03:00:00Z: "
          + "outside window hours, 2025-06-03T06:00:00Z: outside window hours] | Optional[2"
          + "00] | Optional.empty",
      "occ<=200 60 >= 2025-06-09T00:00:00Z",
          "latency week share of samples <= 200: MET 100 % (required >= 60 %), margin 40,"
          + " budget allowed 2 samples, used 0 (0 %), left 2, burn rate 0 | share of sample"
          + "s <= 200 over 5 observations, 5 meeting | {meeting=5, outside window hours=5} "
          + "| [2025-06-04T10:00:00Z: 200 meets <= 200, 2025-06-02T09:00:00Z: 120 meets <= "
          + "200] | [2025-06-03T20:00:00Z: outside window hours, 2025-06-05T00:00:00Z: outs"
          + "ide window hours] | Optional[100] | Optional.empty",
      "ratio 98 >= 2025-06-09T00:00:00Z",
          "latency week ratio: MET 98.9 % (required >= 98 %), margin 0.9, budget allowed "
          + "100 events, used 55 (55 %), left 45, burn rate 0.55 | ratio over 5000 observat"
          + "ions, 4945 meeting | {counted=5, outside window hours=5} | [2025-06-04T10:00:0"
          + "0Z/2025-06-04T10:01:00Z: 980 of 1000 events counted, 2025-06-02T09:00:00Z/2025"
          + "-06-02T09:01:00Z: 988 of 1000 events counted] | [2025-06-03T20:00:00Z: outside"
          + " window hours, 2025-06-05T00:00:00Z: outside window hours] | Optional[989/10] "
          + "| Optional.empty",
      "p90 200 < 2025-06-09T00:00:00Z",
          "latency week p90: BREACHED 200 (required < 200), margin 0, budget allowed 0 sa"
          + "mples, used 1, left -1 | p90 over 5 observations, 4 meeting | {meeting=4, miss"
          + "ing=1, outside window hours=5} | [2025-06-04T10:00:00Z: 200 misses < 200, 2025"
          + "-06-02T09:00:00Z: 120 meets < 200] | [2025-06-03T20:00:00Z: outside window hou"
          + "rs, 2025-06-05T00:00:00Z: outside window hours] | Optional[200] | Optional.emp"
          + "ty",
      "p100 300 < 2025-06-09T00:00:00Z",
          "latency week p100: MET 200 (required < 300), margin 100, budget allowed 0 samp"
          + "les, used 0, left 0 | p100 over 5 observations, 5 meeting | {meeting=5, outsid"
          + "e window hours=5} | [2025-06-04T10:00:00Z: 200 meets < 300, 2025-06-02T09:00:0"
          + "0Z: 120 meets < 300] | [2025-06-03T20:00:00Z: outside window hours, 2025-06-05"
          + "T00:00:00Z: outside window hours] | Optional[200] | Optional.empty",
      "mean 150 < 2025-06-09T00:00:00Z",
          "latency week mean: MET 110 (required < 150), margin 40 | mean over 5 observati"
          + "ons | {counted=5, outside window hours=5} | [2025-06-04T10:00:00Z: 200 misses "
          + "< 150, 2025-06-02T09:00:00Z: 120 meets < 150] | [2025-06-03T20:00:00Z: outside"
          + " window hours, 2025-06-05T00:00:00Z: outside window hours] | Optional[110] | O"
          + "ptional.empty",
      "max 300 < 2025-06-09T00:00:00Z",
          "latency week max: MET 200 (required < 300), margin 100, budget allowed 0 sampl"
          + "es, used 0, left 0 | max over 5 observations, 5 meeting | {meeting=5, outside "
          + "window hours=5} | [2025-06-04T10:00:00Z: 200 meets < 300, 2025-06-02T09:00:00Z"
          + ": 120 meets < 300] | [2025-06-03T20:00:00Z: outside window hours, 2025-06-05T0"
          + "0:00:00Z: outside window hours] | Optional[200] | Optional.empty",
      "occ<=200 60 < 2025-06-09T00:00:00Z",
          "latency week share of samples <= 200: BREACHED 100 % (required < 60 %), margin"
          + " -40, budget allowed 3 samples, used 5 (166.67 %), left -2, burn rate 1.6667 |"
          + " share of samples <= 200 over 5 observations, 5 meeting | {meeting=5, outside "
          + "window hours=5} | [2025-06-04T10:00:00Z: 200 meets <= 200, 2025-06-02T09:00:00"
          + "Z: 120 meets <= 200] | [2025-06-03T20:00:00Z: outside window hours, 2025-06-05"
          + "T00:00:00Z: outside window hours] | Optional[100] | Optional.empty",
      "ratio 98 < 2025-06-09T00:00:00Z",
          "latency week ratio: BREACHED 98.9 % (required < 98 %), margin -0.9, budget all"
          + "owed 4900 events, used 4945 (100.92 %), left -45, burn rate 1.0092 | ratio ove"
          + "r 5000 observations, 4945 meeting | {counted=5, outside window hours=5} | [202"
          + "5-06-04T17:00:00Z/2025-06-04T17:01:00Z: 994 of 1000 events counted, 2025-06-02"
          + "T16:00:00Z/2025-06-02T16:01:00Z: 992 of 1000 events counted] | [2025-06-04T03:"
          + "00:00Z: outside window hours, 2025-06-03T06:00:00Z: outside window hours] | Op"
          + "tional[989/10] | Optional.empty");

  @Test
  void everyIndicatorComparisonAndCutoff() {
    Map<String, String> actual = actual();
    assertEquals(EXPECTED.size() / 2, actual.size());
    for (int i = 0; i < EXPECTED.size(); i += 2) {
      assertEquals(EXPECTED.get(i + 1), actual.get(EXPECTED.get(i)), EXPECTED.get(i));
    }
  }
}
