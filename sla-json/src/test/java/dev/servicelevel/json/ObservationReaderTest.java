package dev.servicelevel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.agreement.ReportingPeriod;
import dev.servicelevel.evaluation.EventCount;
import dev.servicelevel.evaluation.Observations;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodRange;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.timer.TicketEvent;
import dev.servicelevel.evaluation.timer.TicketHistory;
import dev.servicelevel.testkit.ComplianceScenarios;
import dev.servicelevel.testkit.QuickTheoriesGens;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class ObservationReaderTest {

  private static final PeriodRange MARCH =
      PeriodRange.of(ReportingPeriod.calendarMonth(), LocalDate.of(2025, 3, 1), ZoneOffset.UTC);
  private static final Instant T0 = Instant.parse("2025-03-04T10:00:00Z");

  private static ReadSummary lines(String text, ObservationSink sink) {
    return ObservationReader.defaults().readLines(new StringReader(text), "obs.jsonl", sink);
  }

  private static ObservationProblem onlyProblem(String line) {
    ReadSummary s = lines(line, new Collected());
    assertEquals(1, s.rejected(), () -> s.problems().toString());
    return s.problems().get(0);
  }

  // ---- round trips ----

  @Test
  void roundTrip_jsonLinesAndDocumentGiveEqualRecords() {
    qt().withExamples(60)
        .forAll(
            QuickTheoriesGens.of(
                r ->
                    Observations.builder()
                        .outages(ComplianceScenarios.outages(r, MARCH, 8))
                        .tickets(ComplianceScenarios.tickets(r, MARCH, 8))
                        .samples("latency", ComplianceScenarios.samples(r, MARCH, 8))
                        .counts("checkout", counts(r))
                        .build()))
        .checkAssert(
            o -> {
              StringWriter lines = new StringWriter();
              ObservationsJson.writeLines(o, lines);
              Collected a = new Collected();
              ReadSummary s = lines(lines.toString(), a);
              assertTrue(s.isClean(), s.problems()::toString);
              assertSame(o, a);

              StringWriter doc = new StringWriter();
              ObservationsJson.writeDocument(o, doc);
              Collected b = new Collected();
              ReadSummary d =
                  ObservationReader.defaults()
                      .readDocument(new StringReader(doc.toString()), "obs.json", b);
              assertTrue(d.isClean(), d.problems()::toString);
              assertSame(o, b);
              assertEquals(s.records(), d.records());
            });
  }

  private static List<EventCount> counts(java.util.random.RandomGenerator r) {
    List<EventCount> list = new ArrayList<>();
    for (int i = r.nextInt(6); i > 0; i--) {
      list.add(ComplianceScenarios.eventCount(r, MARCH));
    }
    return list;
  }

  private static void assertSame(Observations o, Collected c) {
    assertEquals(o.outages().get(0), c.outages);
    assertEquals(o.tickets().get(0), c.tickets);
    assertEquals(o.samples().get("latency").get(0), c.samples.getOrDefault("latency", List.of()));
    assertEquals(o.counts().get("checkout").get(0), c.counts.getOrDefault("checkout", List.of()));
  }

  @Test
  void roundTrip_keepsScaleOptionalFieldsAndClearedFields() {
    Outage o =
        Outage.builder()
            .id("CHG-88")
            .service("shop")
            .interval(Interval.of(T0, Duration.ofHours(2)))
            .cause(OutageCause.PLANNED_MAINTENANCE)
            .announcedAt(T0.minus(Duration.ofDays(8)))
            .impact(new BigDecimal("0.50"))
            .build();
    TicketHistory t =
        TicketHistory.of(
            "T-1",
            List.of(
                TicketEvent.of(T0, "created", Map.of("priority", "P1", "status", "open")),
                TicketEvent.builder().at(T0.plusSeconds(60)).addClearedFields("assignee").build()));
    Sample big = Sample.of(T0, new BigDecimal("1E+3"));
    Collected c = new Collected();
    lines(
        ObservationsJson.toJsonLine(o) + "\n" + ObservationsJson.toJsonLine(t) + "\r\n"
            + ObservationsJson.toJsonLine("latency", big) + "\n\n",
        c);
    assertEquals(List.of(o), c.outages);
    assertEquals(List.of(t), c.tickets);
    assertEquals(List.of(big), c.samples.get("latency"));
    assertEquals(
        "{\"record\":\"outage\",\"id\":\"CHG-88\",\"service\":\"shop\","
            + "\"start\":\"2025-03-04T10:00:00Z\",\"end\":\"2025-03-04T12:00:00Z\","
            + "\"cause\":\"PLANNED_MAINTENANCE\",\"announcedAt\":\"2025-02-24T10:00:00Z\","
            + "\"impact\":\"0.50\"}",
        ObservationsJson.toJsonLine(o));
  }

  @Test
  void read_acceptsExactNumbersOffsetsAndExtensions() {
    Collected c = new Collected();
    ReadSummary s =
        lines(
            "{\"record\":\"sample\",\"target\":\"latency\",\"at\":\"2025-03-04T11:00:00+01:00\","
                + "\"value\":0.100000000000000005,\"x-host\":{\"a\":[1]}}\n",
            c);
    assertTrue(s.isClean(), s.problems()::toString);
    assertEquals(1, s.lines());
    assertEquals(
        List.of(Sample.of(T0, new BigDecimal("0.100000000000000005"))),
        c.samples.get("latency"));
  }

  // ---- bad lines: rejected with line and pointer, the read goes on ----

  @Test
  void badLine_isRejectedWithItsLineAndPointerAndTheReadGoesOn() {
    String good = ObservationsJson.toJsonLine("latency", Sample.of(T0, BigDecimal.TEN));
    Collected c = new Collected();
    ReadSummary s =
        lines(
            good + "\n"
                + "{\"record\":\"ticket\",\"id\":\"T-9\",\"events\":[{\"at\":\"2025-03-04T10:00:00Z\"},"
                + "{\"at\":\"yesterday\"}]}\n"
                + "not json\n"
                + good + "\n",
            c);
    assertEquals(4, s.lines());
    assertEquals(2, s.records());
    assertEquals(2, s.rejected());
    ObservationProblem p = s.problems().get(0);
    assertEquals(2, p.line());
    assertEquals("/events/1/at", p.pointer());
    assertTrue(p.message().startsWith("events[].at must be an RFC 3339 instant"), p.message());
    assertTrue(p.message().endsWith(": yesterday"), p.message());
    assertEquals(3, s.problems().get(1).line());
    assertTrue(s.problems().get(1).message().startsWith("Not valid JSON at column"));
    assertEquals(2, c.samples.get("latency").size());
  }

  @Test
  void badValues_nameTheFieldAndTheRule() {
    ObservationProblem p =
        onlyProblem(
            "{\"record\":\"sample\",\"target\":\"l\",\"at\":\"2025-03-04T10:00:00Z\","
                + "\"value\":1e400}");
    assertEquals("/value", p.pointer());
    assertTrue(p.message().startsWith("value must have at most 18 digits after the point"));

    p = onlyProblem("{\"record\":\"sample\",\"target\":\"l\",\"at\":\"2025-03-04T10:00:00Z\","
        + "\"value\":\"0x10\"}");
    assertEquals("value must be a decimal number such as \"0.5\" or 12.25: 0x10", p.message());

    p = onlyProblem("{\"record\":\"count\",\"target\":\"c\",\"start\":\"2025-03-04T10:00:00Z\","
        + "\"end\":\"2025-03-04T10:01:00Z\",\"counted\":5,\"total\":4}");
    assertEquals("", p.pointer());
    assertTrue(p.message().startsWith("Event count must have 0 <= counted <= total"));

    p = onlyProblem("{\"record\":\"count\",\"target\":\"c\",\"start\":\"2025-03-04T10:00:00Z\","
        + "\"end\":\"2025-03-04T10:01:00Z\",\"counted\":1.5,\"total\":4}");
    assertEquals("/counted", p.pointer());
    assertEquals("counted must be a whole JSON number: 1.5", p.message());

    p = onlyProblem("{\"record\":\"outage\",\"id\":\"O\",\"service\":\"s\","
        + "\"start\":\"2025-03-04T10:00:00Z\",\"end\":\"2025-03-04T09:00:00Z\"}");
    assertEquals("/end", p.pointer());
    assertTrue(p.message().startsWith("end must not be before start"));

    p = onlyProblem("{\"record\":\"outage\",\"id\":\"O\",\"service\":\"s\",\"cause\":\"ALIENS\","
        + "\"start\":\"2025-03-04T10:00:00Z\",\"end\":\"2025-03-04T11:00:00Z\"}");
    assertEquals("/cause", p.pointer());
    assertTrue(p.message().startsWith("cause must be one of [PLANNED_MAINTENANCE"));
    assertTrue(p.message().endsWith(": ALIENS"));

    p = onlyProblem("{\"record\":\"sample\",\"target\":\"l\",\"at\":\"1800-01-01T00:00:00Z\","
        + "\"value\":1}");
    assertEquals("/at", p.pointer());
    assertTrue(p.message().startsWith("at must be within 1900-01-01T00:00:00Z"), p.message());
  }

  @Test
  void strictness_unknownMissingDuplicateAndForeignFields() {
    ObservationProblem p =
        onlyProblem("{\"record\":\"sample\",\"target\":\"l\",\"at\":\"2025-03-04T10:00:00Z\","
            + "\"valeu\":1}");
    assertEquals("/valeu", p.pointer());
    assertTrue(p.message().startsWith("Unknown field (extensions start with x-): valeu"));

    p = onlyProblem("{\"record\":\"sample\",\"target\":\"l\",\"at\":\"2025-03-04T10:00:00Z\"}");
    assertEquals("A sample record must have the field value", p.message());

    p = onlyProblem("{\"record\":\"sample\",\"target\":\"l\",\"at\":\"2025-03-04T10:00:00Z\","
        + "\"value\":1,\"value\":2}");
    assertTrue(p.message().contains("Duplicate Object property \"value\""), p.message());

    p = onlyProblem("{\"record\":\"sample\",\"target\":\"l\",\"at\":\"2025-03-04T10:00:00Z\","
        + "\"value\":1,\"service\":\"shop\"}");
    assertEquals("/service", p.pointer());
    assertEquals("A sample record has no field service", p.message());

    p = onlyProblem("{\"record\":\"incident\"}");
    assertEquals("/record", p.pointer());
    assertEquals("record must be outage, ticket, sample or count: incident", p.message());

    p = onlyProblem("[1,2]");
    assertEquals("A record must be a JSON object: array", p.message());

    p = onlyProblem("{\"record\":\"ticket\",\"id\":\"T\",\"events\":[]} {}");
    assertEquals("A line must hold one JSON object, but more follows it", p.message());
  }

  @Test
  void sinkRefusal_isAProblemOfItsLine() {
    List<TicketHistory> tickets = new ArrayList<>();
    ReadSummary s =
        lines(
            ObservationsJson.toJsonLine("latency", Sample.of(T0, BigDecimal.ONE)) + "\n"
                + ObservationsJson.toJsonLine(TicketHistory.of("T-1", List.of())) + "\n",
            ObservationSink.tickets(tickets::add));
    assertEquals(1, tickets.size());
    assertEquals(1, s.rejected());
    assertEquals("This reader takes no samples: target latency", s.problems().get(0).message());
  }

  // ---- limits ----

  @Test
  void longLine_isRejectedWithoutBeingHeld() {
    String good = ObservationsJson.toJsonLine("l", Sample.of(T0, BigDecimal.ONE));
    ReadSummary s =
        ObservationReader.defaults()
            .withMaxLineChars(good.length())
            .readLines(
                new StringReader(good + "\r\n" + "{\"x-pad\":\"" + "a".repeat(100_000) + "\"}\n"
                    + good),
                "obs.jsonl",
                new Collected());
    assertEquals(2, s.records());
    assertEquals(
        List.of(ObservationProblem.of("obs.jsonl", 2, "",
            "Line is longer than " + good.length() + " characters")),
        s.problems());
  }

  @Test
  void tooManyRejected_stopsTheReadWithASummary() {
    String text = "x\n".repeat(5);
    ObservationsException e =
        assertThrows(
            ObservationsException.class,
            () ->
                ObservationReader.defaults()
                    .withMaxRejected(2)
                    .withMaxProblemsListed(1)
                    .readLines(new StringReader(text), "bad.jsonl", new Collected()));
    assertTrue(
        e.getMessage()
            .startsWith("Read of bad.jsonl stopped at line 3: more than 2 records were rejected"
                + " (bad.jsonl: 3 lines, 0 records, 3 rejected)\n  bad.jsonl:1: Not valid JSON"),
        e.getMessage());
    assertEquals(1, e.summary().problems().size());
  }

  @Test
  void options_rejectOutOfRangeValues() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ObservationReader.defaults().withMaxRejected(-1));
    assertEquals("Rejected records must be at least 0: -1", e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ObservationReader.defaults().withMaxLineChars(0));
    assertThrows(
        IllegalArgumentException.class,
        () -> ObservationReader.defaults().withMaxProblemsListed(-1));
  }

  @Test
  void streaming_linesMadeOnDemandPassThroughOneAtATime() {
    // A reader that makes lines on demand: nothing but the reader's buffers holds them.
    String line =
        ObservationsJson.toJsonLine("latency", Sample.of(T0, new BigDecimal("212.5"))) + "\n";
    long n = 100_000;
    java.io.Reader endless =
        new java.io.Reader() {
          long left = n * line.length();

          @Override
          public int read(char[] buf, int off, int len) {
            if (left == 0) {
              return -1;
            }
            int k = (int) Math.min(len, left);
            for (int i = 0; i < k; i++) {
              buf[off + i] = line.charAt((int) ((n * line.length() - left + i) % line.length()));
            }
            left -= k;
            return k;
          }

          @Override
          public void close() {}
        };
    long[] seen = {0};
    ReadSummary s =
        ObservationReader.defaults()
            .readLines(
                endless,
                "endless",
                new ObservationSink() {
                  @Override
                  public void sample(String targetId, Instant at, BigDecimal value) {
                    seen[0]++;
                  }
                });
    assertEquals(n, s.records());
    assertEquals(n, seen[0]);
  }

  // ---- documents ----

  @Test
  void document_badRecordIsRejectedWithItsPointerAndTheReadGoesOn() {
    String doc =
        "{\"apiVersion\":\"servicelevel.dev/v1\",\"kind\":\"Observations\",\"records\":[\n"
            + ObservationsJson.toJsonLine("l", Sample.of(T0, BigDecimal.ONE)) + ",\n"
            + "{\"record\":\"sample\",\"target\":\"l\",\"at\":\"2025-03-04T10:00:00Z\","
            + "\"value\":{\"deep\":[1,{\"a\":2}]}},\n"
            + "{\"record\":\"ticket\",\"id\":\"T\",\"events\":[{\"at\":[1,[2]]}]},\n"
            + ObservationsJson.toJsonLine("l", Sample.of(T0, BigDecimal.TEN)) + "\n]}";
    Collected c = new Collected();
    ReadSummary s =
        ObservationReader.defaults().readDocument(new StringReader(doc), "obs.json", c);
    assertEquals(2, s.records());
    assertEquals(2, s.rejected());
    assertEquals(
        ObservationProblem.of(
            "obs.json", 3, "/records/1/value", "value must be a decimal string or number: object"),
        s.problems().get(0));
    assertEquals("/records/2/events/0/at", s.problems().get(1).pointer());
    assertEquals(4, s.problems().get(1).line());
    assertEquals(2, c.samples.get("l").size());
  }

  @Test
  void document_frameErrorsAndSyntaxErrorsStopTheRead() {
    ObservationsException e =
        assertThrows(
            ObservationsException.class,
            () ->
                ObservationReader.defaults()
                    .readDocument(
                        new StringReader("{\"apiVersion\":\"servicelevel.dev/v2\"}"),
                        "o.json",
                        new Collected()));
    assertTrue(
        e.getMessage()
            .startsWith("Read of o.json stopped at line 1: apiVersion must be servicelevel.dev/v1:"
                + " servicelevel.dev/v2"),
        e.getMessage());
    assertEquals("/apiVersion", e.summary().problems().get(0).pointer());

    e = assertThrows(
        ObservationsException.class,
        () ->
            ObservationReader.defaults()
                .readDocument(
                    new StringReader("{\"records\":[]}"), "o.json", new Collected()));
    assertTrue(e.getMessage().contains("apiVersion and kind must come before records"));

    Collected c = new Collected();
    e = assertThrows(
        ObservationsException.class,
        () ->
            ObservationReader.defaults()
                .readDocument(
                    new StringReader(
                        "{\"apiVersion\":\"servicelevel.dev/v1\",\"kind\":\"Observations\","
                            + "\"records\":[\n"
                            + ObservationsJson.toJsonLine("l", Sample.of(T0, BigDecimal.ONE))
                            + ",\n{\"record\": oops}]}"),
                    "o.json",
                    c));
    assertTrue(e.getMessage().startsWith("Read of o.json stopped at line 3: Not valid JSON"),
        e.getMessage());
    assertEquals(1, e.summary().records());
    assertEquals(1, c.samples.get("l").size());
  }

  @Test
  void nullArguments_areNamed() {
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> ObservationReader.defaults().readLines(new StringReader(""), null,
                new Collected()));
    assertEquals("source", e.getMessage());
    Iterator<String> unused = List.<String>of().iterator();
    assertTrue(!unused.hasNext());
  }
}
