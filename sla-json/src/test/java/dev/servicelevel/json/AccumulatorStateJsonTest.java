package dev.servicelevel.json;

import static dev.servicelevel.json.ResultFixtures.MARCH;
import static dev.servicelevel.json.ResultFixtures.SLA;
import static dev.servicelevel.json.ResultFixtures.at;
import static dev.servicelevel.json.ResultFixtures.dec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.Indicator;
import dev.servicelevel.agreement.MeasurementTarget;
import dev.servicelevel.agreement.MetricTarget;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.evaluation.AccumulatorState;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.testkit.AgreementGens;
import dev.servicelevel.testkit.ComplianceScenarios;
import dev.servicelevel.testkit.QuickTheoriesGens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/**
 * The JSON form of the accumulator state (issue 14, items 6 and 7): a golden file, the round
 * trip, strict reading with located problems, and the round trip over the testkit's generators.
 */
class AccumulatorStateJsonTest {

  static final Instant MID_MARCH = Instant.parse("2025-03-16T12:00:00Z");
  static final EvaluationOptions TWO = EvaluationOptions.builder().worstRecords(2).build();
  /** The ticket timer's count of met timers in the indented JSON, once. */
  static final String MET = "\n    \"met\" : 1,";
  /** The impact of the third downtime step in the indented JSON, once. */
  static final String IMPACT = "\"at\" : \"2025-03-12T11:00:00Z\",\n      \"impact\" : \"0.5\"";

  /** A running March of {@link ResultFixtures#SLA} with records for every target. */
  static PeriodAccumulator march() {
    PeriodAccumulator acc = PeriodAccumulator.of(SLA, MARCH, MID_MARCH, TWO);
    acc.add(Outage.of("INC-1", "shop",
        Interval.of(at("2025-03-04T10:00"), Duration.ofMinutes(50))));
    acc.add(Outage.builder().id("CHG-7").service("shop")
        .interval(Interval.of(at("2025-03-09T06:00"), Duration.ofHours(4)))
        .cause(OutageCause.PLANNED_MAINTENANCE).announcedAt(at("2025-03-01T09:00")).build());
    acc.add(Outage.builder().id("INC-2").service("shop")
        .interval(Interval.of(at("2025-03-12T12:00"), Duration.ofMinutes(20)))
        .impact(dec("0.5")).build());
    acc.add(Outage.builder().id("INC-3").service("shop")
        .interval(Interval.of(at("2025-03-13T12:00"), Duration.ofMinutes(20)))
        .cause(OutageCause.of("VOLCANO", false, "Undeclared")).build());
    acc.add(TicketHistory.of("T-1", List.of(
        TicketEvent.of(at("2025-03-03T09:00"), "created", Map.of("priority", "P1")),
        TicketEvent.of(at("2025-03-03T09:50"), "agent-reply"))));
    acc.add(TicketHistory.of("T-2", List.of(
        TicketEvent.of(at("2025-03-04T09:00"), "created", Map.of("priority", "P1")),
        TicketEvent.of(at("2025-03-04T09:10"), "agent-reply"))));
    acc.add(TicketHistory.of("T-3", List.of(
        TicketEvent.of(at("2025-03-16T13:00"), "created", Map.of("priority", "P2")))));
    for (int i = 0; i < 6; i++) {
      acc.add("latency", at("2025-03-05T10:00").plusSeconds(60L * i),
          dec(i == 5 ? "450.5" : String.valueOf(120 + 10 * i)));
    }
    acc.add("latency", at("2025-03-09T03:00"), dec("90"));
    acc.add("checkout", EventCount.of(
        Interval.of(at("2025-03-05T10:00"), Duration.ofHours(1)), 995, 1000));
    acc.add("checkout", EventCount.of(
        Interval.of(at("2025-03-06T10:00"), Duration.ofHours(1)), 2000, 2000));
    return acc;
  }

  @Test
  void golden() {
    Golden.assertMatches("accumulator-state.json", AccumulatorStateJson.write(march().state()));
  }

  @Test
  void roundTrip_inEveryVariant() {
    PeriodAccumulator acc = march();
    AccumulatorState state = acc.state();
    String json = AccumulatorStateJson.write(state);
    assertEquals(state, AccumulatorStateJson.read(json));
    String line = AccumulatorStateJson.writeLine(state);
    assertFalse(line.contains("\n"), line);
    assertEquals(state, AccumulatorStateJson.read(line));
    assertEquals(line, new String(AccumulatorStateJson.writeBytes(state), StandardCharsets.UTF_8));
    assertEquals(state, AccumulatorStateJson.read(AccumulatorStateJson.writeBytes(state)));
    assertEquals(
        acc.report(),
        PeriodAccumulator.restore(SLA, MARCH, MID_MARCH, TWO, AccumulatorStateJson.read(json))
            .report());
    assertTrue(json.startsWith("{\n  \"format\" : \"servicelevel.dev/accumulator-state/v1\","),
        json);
    assertTrue(json.contains("\"impact\" : \"0.5\""), json);
    assertTrue(json.contains("\"asOf\" : \"2025-03-16T12:00:00Z\""), json);
  }

  private static Problem rejected(String json) {
    DocumentException e =
        assertThrows(DocumentException.class, () -> AccumulatorStateJson.read(json));
    assertEquals(1, e.problems().size(), e.getMessage());
    return e.problems().get(0);
  }

  @Test
  void strict_unknownField() {
    String json = AccumulatorStateJson.write(march().state())
        .replace(MET, MET + "\n    \"mett\" : 1,");
    Problem p = rejected(json);
    assertEquals("/targets/1/mett", p.pointer());
    assertEquals("unknown-field", p.rule());
    assertEquals(
        "Accumulator state has a part this format does not define: /targets/1/mett", p.message());
    assertTrue(p.line() > 1, p.toString());
  }

  @Test
  void strict_decimalAsNumber_andCountAsDecimal() {
    String json = AccumulatorStateJson.write(march().state());
    Problem p = rejected(json.replace(IMPACT, IMPACT.replace("\"0.5\"", "0.5")));
    assertEquals("/targets/0/downtime/2/impact", p.pointer());
    assertEquals("type", p.rule());
    assertEquals("Accumulator state part /targets/0/downtime/2/impact must be a whole number"
        + " from 0 to 9223372036854775807 (decimals are strings): 0.5", p.message());
    Problem q = rejected(json.replace(MET, MET.replace("1", "\"1\"")));
    assertEquals("/targets/1/met", q.pointer());
    assertEquals("type", q.rule());
    Problem r = rejected(json.replace(IMPACT, IMPACT.replace("\"0.5\"", "1")));
    assertEquals("Accumulator state part /targets/0/downtime/2/impact must be a decimal in text"
        + " form such as \"99.95\": 1", r.message());
    assertTrue(r.line() > 1 && r.column() > 1, r.toString());
  }

  @Test
  void strict_missingPart_andNull() {
    String json = AccumulatorStateJson.write(march().state());
    Problem p = rejected(json.replace(MET, ""));
    assertEquals("required", p.rule());
    assertEquals("Accumulator state lacks the part /targets/1/met, which is required",
        p.message());
    Problem q = rejected(json.replace(MET, MET.replace("1", "null")));
    assertEquals("type", q.rule());
    assertEquals("Accumulator state part /targets/1/met must not be null", q.message());
  }

  @Test
  void strict_format() {
    String json = AccumulatorStateJson.write(march().state());
    Problem p = rejected(json.replace("accumulator-state/v1", "accumulator-state/v2"));
    assertEquals("/format", p.pointer());
    assertEquals("document", p.rule());
    assertEquals("Accumulator state has format servicelevel.dev/accumulator-state/v2; this"
        + " library reads servicelevel.dev/accumulator-state/v1", p.message());
    Problem q = rejected(json.replace("\"format\" : \"servicelevel.dev/accumulator-state/v1\",",
        ""));
    assertEquals("required", q.rule());
    assertEquals("type", rejected("[1, 2]").rule());
    assertEquals("syntax", rejected("{\"format\": ").rule());
    DocumentException e = assertThrows(DocumentException.class,
        () -> AccumulatorStateJson.read(new byte[] {'{', (byte) 0xFF, '}'}));
    assertEquals("encoding", e.problems().get(0).rule());
  }

  @Test
  void strict_outOfBounds() {
    String json = AccumulatorStateJson.write(march().state());
    Problem p = rejected(json.replace("\"asOf\" : \"2025-03-16T12:00:00Z\"",
        "\"asOf\" : \"2525-03-16T12:00:00Z\""));
    assertEquals("/asOf", p.pointer());
    assertEquals("format", p.rule());
    assertEquals("Accumulator state part /asOf must be an instant within 1900-01-01T00:00:00Z"
        + " and 2400-01-01T00:00:00Z: 2525-03-16T12:00:00Z", p.message());
  }

  @Test
  void nulls_areNamed() {
    assertEquals("json", assertThrows(NullPointerException.class,
        () -> AccumulatorStateJson.read((String) null)).getMessage());
    assertEquals("json", assertThrows(NullPointerException.class,
        () -> AccumulatorStateJson.read((byte[]) null)).getMessage());
    assertEquals("state", assertThrows(NullPointerException.class,
        () -> AccumulatorStateJson.write(null)).getMessage());
  }

  // ---- over the testkit's generators ---------------------------------------------------------

  static AccumulatorState generated(RandomGenerator r) {
    while (true) {
      try {
        return tryGenerated(r);
      } catch (java.time.DateTimeException | IllegalArgumentException e) {
        // a first period beyond the supported range, or empty (a date a zone skips): another
      }
    }
  }

  private static AccumulatorState tryGenerated(RandomGenerator r) {
    Agreement agreement = AgreementGens.sla(r);
    LocalDate date = agreement.validity().getStart();
    PeriodRange month = PeriodRange.of(ReportingPeriod.calendarMonth(), date, agreement.zone());
    Instant asOf = month.start().plus(Duration.ofHours(r.nextInt(24 * 45)));
    PeriodAccumulator acc = PeriodAccumulator.of(agreement, date, asOf,
        EvaluationOptions.builder().worstRecords(r.nextInt(4)).build());
    String service = agreement.services().get(0).id();
    for (Outage o : ComplianceScenarios.outages(r, month, 10)) {
      acc.add(withService(o, service));
    }
    ComplianceScenarios.tickets(r, month, 10).forEach(acc::add);
    for (MetricTarget t : agreement.targets()) {
      if (t instanceof MeasurementTarget) {
        Indicator indicator = ((MeasurementTarget) t).indicator();
        if (indicator.kind() == Indicator.Kind.RATIO || indicator.isSliced()) {
          for (int i = r.nextInt(10); i > 0; i--) {
            acc.add(t.id(), ComplianceScenarios.eventCount(r, month));
          }
        } else {
          for (Sample s : ComplianceScenarios.samples(r, month, 20)) {
            acc.add(t.id(), s);
          }
        }
      }
    }
    return acc.state();
  }

  @Test
  void generatedStates_readBackEqual() {
    qt().withExamples(RoundTripPropertiesTest.EXAMPLES)
        .forAll(QuickTheoriesGens.of(AccumulatorStateJsonTest::generated))
        .checkAssert(
            s -> {
              String json = AccumulatorStateJson.write(s);
              assertEquals(s, AccumulatorStateJson.read(json), json);
              assertEquals(s, AccumulatorStateJson.read(AccumulatorStateJson.writeBytes(s)));
            });
  }

  /** The outage, of another service. */
  static Outage withService(Outage o, String service) {
    Outage.Builder b = Outage.builder().id(o.id()).service(service).interval(o.interval())
        .impact(o.impact()).announcedInAdvance(o.announcedInAdvance());
    o.cause().ifPresent(b::cause);
    o.announcedAt().ifPresent(b::announcedAt);
    return b.build();
  }
}
