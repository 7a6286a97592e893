package dev.servicelevel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.AgreementChain;
import dev.servicelevel.agreement.AgreementKind;
import dev.servicelevel.agreement.TargetRef;
import dev.servicelevel.agreement.Party;
import dev.servicelevel.agreement.Service;
import dev.servicelevel.agreement.AvailabilityTarget;
import dev.servicelevel.agreement.ServiceWindow;
import dev.servicelevel.calendar.BusinessCalendar;
import dev.servicelevel.evaluation.AvailabilityFigures;
import dev.servicelevel.evaluation.Compliance;
import dev.servicelevel.evaluation.CreditLine;
import dev.servicelevel.evaluation.CreditResult;
import dev.servicelevel.evaluation.ErrorBudget;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.ExplainedRecord;
import dev.servicelevel.evaluation.Explanation;
import dev.servicelevel.evaluation.Forecast;
import dev.servicelevel.evaluation.Fraction;
import dev.servicelevel.evaluation.MeasurementFigures;
import dev.servicelevel.evaluation.Observations;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.OverallScore;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.ReasonCode;
import dev.servicelevel.evaluation.TargetResult;
import dev.servicelevel.evaluation.TerminationFinding;
import dev.servicelevel.evaluation.TicketFigures;
import dev.servicelevel.evaluation.UnevaluableRecord;
import dev.servicelevel.evaluation.WindowComparison;
import dev.servicelevel.evaluation.chain.ChainAnalysis;
import dev.servicelevel.evaluation.chain.ChainBreach;
import dev.servicelevel.evaluation.chain.WeakLink;
import dev.servicelevel.evaluation.timer.GoalChange;
import dev.servicelevel.evaluation.timer.ThresholdStatus;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.evaluation.timer.TicketTimers;
import dev.servicelevel.evaluation.timer.TimerCycle;
import dev.servicelevel.evaluation.timer.TimerResult;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;
import tools.jackson.databind.JsonNode;

/**
 * Every public accessor of the result types has its JSON field: the accessors are found by
 * reflection and compared with the field names actually written (the union over documents that
 * together fill every optional), so that a new accessor without a JSON field fails here instead
 * of drifting silently. The exclusions are listed, each with its reason.
 */
class ResultsJsonFieldsTest {

  /**
   * Accessors that deliberately have no field of their own, with the reason; anything else
   * missing fails the test.
   */
  private static final Map<String, String> EXCLUDED =
      Map.of(
          "TimerResult#current", "the last element of cycles",
          "PeriodRange#interval", "written as start and end",
          "Explanation#records", "a stream over counted, then excluded",
          "Fraction#signum", "the sign of numerator",
          "Fraction#toBigDecimalExact", "the rounded decimal is written beside each fraction",
          "WindowComparison#results", "written as targetIds: the results stand in the report");

  /** Fields written beyond the accessors (a document's head, a second view of a value). */
  private static final Map<String, Set<String>> EXTRA =
      Map.of(
          "PeriodReport", Set.of("apiVersion", "kind"),
          "TimerResult", Set.of("apiVersion", "kind"),
          "MeasurementFigures", Set.of("indicatorKind"),
          "WindowComparison", Set.of("targetIds"));

  /** Where the objects of each result type stand in the documents ({@code *}: any index). */
  private static final Map<Class<?>, List<String>> PLACES = places();

  private static Map<Class<?>, List<String>> places() {
    Map<Class<?>, List<String>> m = new LinkedHashMap<>();
    m.put(PeriodReport.class, List.of("PeriodReport:"));
    m.put(TargetResult.class, List.of("PeriodReport:/results/*", "ChainAnalysis:/breaches/*/result"));
    m.put(PeriodRange.class, List.of("PeriodReport:/results/*/period", "PeriodReport:/credit/period"));
    m.put(ErrorBudget.class, List.of("PeriodReport:/results/*/budget"));
    m.put(Forecast.class, List.of("PeriodReport:/results/*/forecast"));
    m.put(Explanation.class, List.of("PeriodReport:/results/*/explanation"));
    m.put(
        ExplainedRecord.class,
        List.of(
            "PeriodReport:/results/*/explanation/counted/*",
            "PeriodReport:/results/*/explanation/excluded/*"));
    m.put(AvailabilityFigures.class, List.of("PeriodReport:/results/*/availability"));
    m.put(TicketFigures.class, List.of("PeriodReport:/results/*/tickets"));
    m.put(MeasurementFigures.class, List.of("PeriodReport:/results/*/measurement"));
    m.put(UnevaluableRecord.class, List.of("PeriodReport:/unevaluable/*"));
    m.put(CreditResult.class, List.of("PeriodReport:/credit"));
    m.put(CreditLine.class, List.of("PeriodReport:/credit/lines/*"));
    m.put(OverallScore.class, List.of("PeriodReport:/score"));
    m.put(WindowComparison.class, List.of("PeriodReport:/windowComparisons/*"));
    m.put(
        Fraction.class,
        List.of("PeriodReport:/results/*/exactAchieved", "PeriodReport:/score/exactServices/*"));
    m.put(TimerResult.class, List.of("TimerResult:"));
    m.put(TimerCycle.class, List.of("TimerResult:/cycles/*"));
    m.put(GoalChange.class, List.of("TimerResult:/cycles/*/goalChanges/*"));
    m.put(ThresholdStatus.class, List.of("TimerResult:/cycles/*/thresholds/*"));
    m.put(ChainBreach.class, List.of("ChainAnalysis:/breaches/*"));
    m.put(WeakLink.class, List.of("ChainAnalysis:/weakLinks/*"));
    m.put(TerminationFinding.class, List.of("TerminationFindings:/findings/*"));
    return m;
  }

  @Test
  void everyPublicAccessorOfTheResultTypesHasAJsonField() {
    List<JsonNode> docs = documents();
    List<String> missing = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<Class<?>, List<String>> e : PLACES.entrySet()) {
      String type = e.getKey().getSimpleName();
      Set<String> written = new TreeSet<>();
      for (String place : e.getValue()) {
        String kind = place.substring(0, place.indexOf(':'));
        String[] path = place.substring(place.indexOf(':') + 1).split("/");
        for (JsonNode doc : docs) {
          if (doc.get("kind").asString().equals(kind)) {
            collect(doc, path, 1, written);
          }
        }
      }
      assertFalse(written.isEmpty(), "no object of " + type + " in the documents");
      Set<String> accessors = accessors(e.getKey());
      for (String a : accessors) {
        if (!written.contains(a) && !EXCLUDED.containsKey(type + "#" + a)) {
          missing.add(type + "#" + a);
        }
      }
      for (String w : written) {
        if (!accessors.contains(w) && !EXTRA.getOrDefault(type, Set.of()).contains(w)) {
          unknown.add(type + " field " + w);
        }
      }
    }
    assertEquals(List.of(), missing, "public accessors without a JSON field");
    assertEquals(List.of(), unknown, "JSON fields named after no accessor");
  }

  @Test
  void exclusionsNameRealAccessors() {
    for (String key : EXCLUDED.keySet()) {
      String type = key.substring(0, key.indexOf('#'));
      Class<?> c =
          PLACES.keySet().stream()
              .filter(k -> k.getSimpleName().equals(type))
              .findFirst()
              .orElseThrow();
      assertTrue(accessors(c).contains(key.substring(key.indexOf('#') + 1)), key);
    }
  }

  @Test
  void fractionsAreWrittenInLowestTermsAsStrings() {
    PeriodReport r = ResultFixtures.runningMarch();
    JsonNode n = DataJson.MAPPER.readTree(ResultsJson.toJsonLine(r));
    TargetResult prime = r.result("shop-prime").orElseThrow();
    JsonNode prime1 = n.get("results").get(0);
    Fraction exact = prime.exactAchieved().orElseThrow();
    assertEquals(exact.numerator().toString(), prime1.get("exactAchieved").get("numerator")
        .asString());
    assertEquals(exact.denominator().toString(), prime1.get("exactAchieved").get("denominator")
        .asString());
    assertTrue(prime1.get("exactBurnRate").get("numerator").isString());
    Fraction margin =
        Fraction.of(
            new BigDecimal(new BigInteger(prime1.get("exactMargin").get("numerator").asString())),
            new BigDecimal(
                new BigInteger(prime1.get("exactMargin").get("denominator").asString())));
    assertEquals(prime.exactMargin().orElseThrow(), margin);
    assertTrue(margin.signum() < 0, "the outage breaks 99.9 %: " + margin);
    assertEquals(
        prime.budgetExhaustion().orElseThrow().toString(),
        prime1.get("budgetExhaustion").asString());
  }

  @Test
  void explainedRecordsCarryTheirCodeAndFigures() {
    JsonNode n =
        DataJson.MAPPER.readTree(ResultsJson.toJsonLine(ResultFixtures.march()));
    JsonNode inc1 = n.get("results").get(0).get("explanation").get("counted").get(0);
    assertEquals("INC-1", inc1.get("id").asString());
    assertEquals(ReasonCode.OUTAGE_COUNTED.name(), inc1.get("code").asString());
    assertEquals("3000", inc1.get("figures").get("windowSeconds").asString());
    assertEquals("1", inc1.get("figures").get("impact").asString());
    for (JsonNode doc : documents()) {
      for (JsonNode code : doc.findValues("code")) {
        ReasonCode.valueOf(code.asString()); // every code written is a ReasonCode's name
      }
    }
  }

  @Test
  void goalChangesCarryTheTimeBefore() {
    TimerResult r =
        TicketTimers.evaluate(
            ResultFixtures.reprioritisedTicket(),
            ResultFixtures.RESPOND,
            ResultFixtures.PRIME.calendar(),
            ResultFixtures.MID_MARCH);
    JsonNode n = DataJson.MAPPER.readTree(ResultsJson.toJsonLine(r));
    JsonNode change = n.get("cycles").get(0).get("goalChanges").get(0);
    GoalChange g = r.current().goalChanges().get(0);
    assertEquals(Duration.ofMinutes(10), g.elapsedBefore());
    assertEquals("PT10M", change.get("elapsedBefore").asString());
    assertEquals("PT10M", change.get("wallClockBefore").asString());
    assertEquals(
        r.current().firstStartedAt().orElseThrow().toString(),
        n.get("cycles").get(0).get("firstStartedAt").asString());
  }

  // ---- the documents ----

  /** Documents that together give every optional field of every result type a value. */
  static List<JsonNode> documents() {
    List<String> texts = new ArrayList<>();
    texts.add(ResultsJson.toJson(ResultFixtures.march()));
    texts.add(ResultsJson.toJson(ResultFixtures.runningMarch()));
    texts.add(ResultsJson.toJson(twoWindows()));
    List<TicketHistory> tickets =
        List.of(ResultFixtures.pausedTicket(), ResultFixtures.reprioritisedTicket());
    for (TicketHistory h : tickets) {
      for (Instant asOf :
          List.of(
              ResultFixtures.at("2025-03-04T09:30"),
              ResultFixtures.at("2025-03-06T09:20"),
              ResultFixtures.AS_OF)) {
        texts.add(
            ResultsJson.toJson(
                TicketTimers.evaluate(
                    h, ResultFixtures.RESPOND, ResultFixtures.PRIME.calendar(), asOf)));
      }
    }
    PeriodReport sla = ResultFixtures.march();
    PeriodReport ola =
        PeriodAccumulator.of(ResultFixtures.OLA, ResultFixtures.MARCH, ResultFixtures.AS_OF)
            .add(
                Outage.of(
                    "HOST-1",
                    "hosting",
                    Interval.of(ResultFixtures.at("2025-03-04T10:00"), Duration.ofMinutes(50))))
            .report();
    texts.add(
        ResultsJson.chainToJson(
            ChainAnalysis.breaches(ResultFixtures.CHAIN, List.of(sla, ola)),
            ChainAnalysis.weakLinks(ResultFixtures.CHAIN)));
    Agreement weakOla =
        Agreement.builder()
            .id("weak-ola")
            .kind(AgreementKind.OLA)
            .title("Weak operations")
            .provider(Party.of("ops", "Operations"))
            .customer(Party.of("shopit", "ShopIT GmbH"))
            .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
            .zone(ResultFixtures.BERLIN)
            .addServices(Service.of("hosting", "Hosting"))
            .addWindows(ResultFixtures.PRIME)
            .addTargets(
                AvailabilityTarget.builder()
                    .id("hosting")
                    .service("hosting")
                    .window("prime")
                    .minimum(new BigDecimal("99.5"))
                    .addSupports(TargetRef.of("shop-sla", "shop-prime"))
                    .build())
            .build();
    texts.add(
        ResultsJson.chainToJson(
            List.of(),
            ChainAnalysis.weakLinks(AgreementChain.of(ResultFixtures.SLA, weakOla))));
    List<PeriodReport> months =
        Compliance.evaluate(
            ResultFixtures.SLA,
            dev.servicelevel.agreement.ReportingPeriod.calendarMonth(),
            LocalDateRange.of(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 1)),
            ResultFixtures.AS_OF.plus(Duration.ofDays(40)),
            Observations.builder()
                .outages(
                    List.of(
                        Outage.of(
                            "INC-3",
                            "shop",
                            Interval.of(
                                ResultFixtures.at("2025-03-04T10:00"), Duration.ofHours(5))),
                        Outage.of(
                            "INC-4",
                            "shop",
                            Interval.of(
                                ResultFixtures.at("2025-04-08T10:00"), Duration.ofHours(5)))))
                .build(),
            EvaluationOptions.defaults());
    texts.add(ResultsJson.terminationToJson(Compliance.termination(ResultFixtures.SLA, months)));
    List<JsonNode> docs = new ArrayList<>();
    texts.forEach(t -> docs.add(DataJson.MAPPER.readTree(t)));
    return docs;
  }

  /** A report comparing one service's availability in two windows. */
  private static PeriodReport twoWindows() {
    Agreement sla =
        Agreement.builder()
            .id("windows")
            .kind(AgreementKind.SLA)
            .title("Two windows")
            .provider(Party.of("shopit", "ShopIT GmbH"))
            .customer(Party.of("eco", "Eco AG"))
            .validity(LocalDateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)))
            .zone(ResultFixtures.BERLIN)
            .addServices(Service.of("shop", "Online shop"))
            .addWindows(
                ResultFixtures.PRIME,
                ServiceWindow.of("always", BusinessCalendar.alwaysOpen(ResultFixtures.BERLIN)))
            .addTargets(
                AvailabilityTarget.builder()
                    .id("shop-prime")
                    .service("shop")
                    .window("prime")
                    .minimum(new BigDecimal("99.9"))
                    .build(),
                AvailabilityTarget.builder()
                    .id("shop-always")
                    .service("shop")
                    .window("always")
                    .minimum(new BigDecimal("99.5"))
                    .build())
            .build();
    return PeriodAccumulator.of(sla, ResultFixtures.MARCH, ResultFixtures.AS_OF).report();
  }

  private static void collect(JsonNode n, String[] path, int i, Set<String> names) {
    if (n == null) {
      return;
    }
    if (i == path.length) {
      assertTrue(n.isObject(), "not an object: " + String.join("/", path));
      names.addAll(n.propertyNames());
      return;
    }
    if (path[i].equals("*")) {
      n.values().forEach(c -> collect(c, path, i + 1, names));
    } else {
      collect(n.get(path[i]), path, i + 1, names);
    }
  }

  /**
   * The public instance accessors of a type (no parameters, a value returned), named as
   * ResultsJson names their fields: {@code isComplete} is {@code complete}.
   */
  static Set<String> accessors(Class<?> type) {
    Set<String> names = new TreeSet<>();
    for (Method m : type.getMethods()) {
      if (Modifier.isStatic(m.getModifiers())
          || m.getParameterCount() != 0
          || m.getReturnType() == void.class
          || m.isSynthetic()
          || m.getDeclaringClass() == Object.class
          || m.getName().equals("toString")
          || m.getName().equals("hashCode")) {
        continue;
      }
      String name = m.getName();
      if ((m.getReturnType() == boolean.class)
          && name.startsWith("is")
          && name.length() > 2
          && Character.isUpperCase(name.charAt(2))) {
        name = Character.toLowerCase(name.charAt(2)) + name.substring(3);
      }
      names.add(name);
    }
    return names;
  }
}
