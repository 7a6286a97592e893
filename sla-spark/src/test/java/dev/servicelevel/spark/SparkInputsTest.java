package dev.servicelevel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.servicelevel.agreement.Agreement;
import dev.servicelevel.agreement.OutageCause;
import dev.servicelevel.evaluation.EvaluationOptions;
import dev.servicelevel.evaluation.Outage;
import dev.servicelevel.evaluation.PeriodAccumulator;
import dev.servicelevel.evaluation.PeriodReport;
import dev.servicelevel.evaluation.Sample;
import dev.servicelevel.evaluation.UnevaluableRecord;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

/** Bad rows, many agreements in one job, and the checks of the arguments. */
class SparkInputsTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Timestamp ts(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }

  private static Row event(String agreement, String ticket, Timestamp at, Long seq, String type,
      String priority, String status) {
    return RowFactory.create(agreement, ticket, at, seq, type, priority, status);
  }

  /** Reports computed directly from the library's records, one per period. */
  private static List<PeriodReport> direct(
      SyntheticMonth month, long tickets, List<PeriodSpec> periods, List<Outage> extra) {
    List<PeriodReport> reports = new ArrayList<>();
    for (PeriodSpec p : periods) {
      int c = month.agreements.stream().map(Agreement::id).collect(Collectors.toList())
          .indexOf(p.agreementId());
      PeriodAccumulator acc =
          PeriodAccumulator.of(month.agreements.get(c), p.date(), p.asOf());
      month.outages(c).forEach(acc::add);
      if (c == 0) {
        extra.forEach(acc::add);
      }
      for (Sample s : month.samples(c)) {
        acc.add("latency", s);
      }
      for (long i = c; i < tickets; i += month.customers) {
        acc.add(month.history(i));
      }
      reports.add(acc.report());
    }
    return reports;
  }

  @Test
  void badRowsAreRejectedAndListedAsInOneProcess() {
    SyntheticMonth month = new SyntheticMonth(3, 2);
    String a = SyntheticMonth.agreementId(0);
    List<Row> tickets = new ArrayList<>();
    for (long i = 0; i < 400; i++) {
      tickets.addAll(SyntheticMonth.eventRows(3, 2, i));
    }
    Timestamp oct = ts("2025-10-07T08:00:00Z");
    tickets.add(event("nobody", "T-x", oct, 0L, "created", "P1", "open"));
    tickets.add(event(null, "T-y", oct, 0L, "created", "P1", "open"));
    tickets.add(event(a, "T-bad", oct, 0L, "created", "P1", "open"));
    tickets.add(event(a, "T-bad", null, 1L, "agent-reply", null, null));
    tickets.add(event(a, "T-bad", ts("2025-10-07T09:00:00Z"), 2L, "resolved", null, "resolved"));
    tickets.add(event(a, "T-blank", oct, 0L, "  ", "P1", "open"));
    tickets.add(event(a, null, oct, 0L, "created", "P2", "open"));
    tickets.add(event(a, null, oct, 1L, "resolved", null, "resolved"));
    tickets.add(event(a, "T-2500", ts("2500-01-01T00:00:00Z"), 0L, "created", "P1", "open"));

    List<Row> outages = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      outages.addAll(month.outageRows(c));
    }
    Timestamp s = ts("2025-10-08T10:00:00Z");
    Timestamp e = ts("2025-10-08T11:00:00Z");
    outages.add(RowFactory.create(a, "O-back", "shop", e, s, null, null, null));
    outages.add(RowFactory.create(a, "O-where", "warehouse", s, e, null, null, null));
    outages.add(RowFactory.create(a, "O-alien", "shop", s, e, "alien-invasion", null, null));
    outages.add(RowFactory.create(a, "O-big", "shop", s, e, null, null, "2"));
    outages.add(RowFactory.create(a, "O-text", "shop", s, e, null, null, "abc"));

    List<Row> samples = new ArrayList<>();
    for (int c = 0; c < 2; c++) {
      samples.addAll(month.sampleRows(c));
    }
    samples.add(RowFactory.create(a, "latency", s, "abc"));
    samples.add(RowFactory.create(a, "latency", s, "1E+999"));
    samples.add(RowFactory.create(a, "nope", s, "120"));
    samples.add(RowFactory.create(a, "latency", null, "120"));

    Dataset<Row> t = spark.createDataFrame(tickets, SparkSchemas.TICKET_EVENTS).repartition(3);
    Dataset<Row> o = spark.createDataFrame(outages, SparkSchemas.OUTAGES).repartition(2);
    Dataset<Row> m = spark.createDataFrame(samples, SparkSchemas.SAMPLES).repartition(3);
    SparkReports result =
        SparkCompliance.reports(t, o, m, month.agreements, month.periods());

    SparkReports oneProcess =
        SparkCompliance.inOneProcess(
            tickets, SparkSchemas.TICKET_EVENTS, outages, SparkSchemas.OUTAGES, samples,
            SparkSchemas.SAMPLES, month.agreements, month.periods(),
            EvaluationOptions.defaults());
    assertEquals(oneProcess, result);

    List<String> rejected =
        result.rejected().stream().map(RejectedRow::toString).collect(Collectors.toList());
    assertEquals(14, result.rejectedCount(), rejected::toString);
    assertEquals(14, rejected.size());
    String all = String.join("\n", rejected);
    for (String fragment :
        List.of(
            "TICKET nobody T-x: No agreement with this id is evaluated: nobody",
            "TICKET  T-y: Column agreement_id must not be null",
            "TICKET ecoshop-sla T-bad: Column at must not be null",
            "TICKET ecoshop-sla T-blank: Event at 2025-10-07T08:00:00Z is rejected by the library:"
                + " Event type must not be blank",
            "TICKET ecoshop-sla : Column ticket_id must not be null (2 rows)",
            "TICKET ecoshop-sla T-2500: Column at must be within 1900-01-01T00:00:00Z and"
                + " 2400-01-01T00:00:00Z: 2500-01-01T00:00:00Z",
            "OUTAGE ecoshop-sla O-back: Outage must end after it starts",
            "OUTAGE ecoshop-sla O-where: Agreement has no service with this id: warehouse",
            "OUTAGE ecoshop-sla O-big: Outage is rejected by the library:",
            "OUTAGE ecoshop-sla O-text: Column impact must be a decimal number: 'abc'",
            "SAMPLE ecoshop-sla latency: Column value must be a decimal number: 'abc'",
            "SAMPLE ecoshop-sla latency: Column value must have at most 18 digits",
            "SAMPLE ecoshop-sla nope: Agreement has no measurement target with this id: nope")) {
      assertTrue(all.contains(fragment), () -> "missing " + fragment + " in\n" + all);
    }
    assertTrue(all.contains("SAMPLE ecoshop-sla latency: Column at must not be null"), all);

    // an outage of a cause the agreement does not define is the report's unevaluable record
    Outage alien =
        Outage.builder()
            .id("O-alien")
            .service("shop")
            .interval(Interval.of(s.toInstant(), e.toInstant()))
            .cause(OutageCause.of("alien-invasion", false, RowRecords.UNDEFINED_CAUSE))
            .build();
    PeriodReport first = result.reports().get(0);
    assertTrue(
        first.unevaluable().stream()
            .anyMatch(r -> r.kind() == UnevaluableRecord.Kind.OUTAGE && r.id().equals("O-alien")),
        first.unevaluable()::toString);
    assertEquals(direct(month, 400, month.periods(), List.of(alien)), result.reports());
  }

  @Test
  void manyAgreementsAndPeriodsInOneJob() {
    SyntheticMonth month = new SyntheticMonth(5, 12);
    List<PeriodSpec> periods = new ArrayList<>();
    for (Agreement ag : month.agreements) {
      periods.add(PeriodSpec.of(ag.id(), SyntheticMonth.MONTH, SyntheticMonth.AS_OF));
      periods.add(
          PeriodSpec.of(ag.id(), LocalDate.of(2025, 11, 1), Instant.parse("2025-12-01T00:00:00Z")));
    }
    SparkReports result =
        SparkCompliance.reports(
            month.ticketEvents(spark, 4_000, 3), month.outages(spark), month.samples(spark),
            month.agreements, periods);
    assertEquals(24, result.reports().size());
    assertEquals(0, result.rejectedCount());
    assertEquals(direct(month, 4_000, periods, List.of()), result.reports());
    assertEquals(result.reports().get(3), result.report(periods.get(3)).orElseThrow());
  }

  @Test
  void argumentsAreChecked() {
    SyntheticMonth month = new SyntheticMonth(1, 1);
    Dataset<Row> t = spark.createDataFrame(List.of(), SparkSchemas.TICKET_EVENTS);
    Dataset<Row> o = spark.createDataFrame(List.of(), SparkSchemas.OUTAGES);
    Dataset<Row> m = spark.createDataFrame(List.of(), SparkSchemas.SAMPLES);
    List<Agreement> agreements = month.agreements;
    List<PeriodSpec> periods = month.periods();

    NullPointerException npe =
        assertThrows(NullPointerException.class,
            () -> SparkCompliance.reports(null, o, m, agreements, periods));
    assertEquals("ticketEvents", npe.getMessage());

    Dataset<Row> noTicketId = t.drop("ticket_id");
    IllegalArgumentException x =
        assertThrows(IllegalArgumentException.class,
            () -> SparkCompliance.reports(noTicketId, o, m, agreements, periods));
    assertTrue(x.getMessage().startsWith("Ticket events lack a required column: ticket_id"),
        x.getMessage());

    Dataset<Row> doubles =
        m.withColumn("value", m.col("value").cast(DataTypes.DoubleType));
    x = assertThrows(IllegalArgumentException.class,
        () -> SparkCompliance.reports(t, o, doubles, agreements, periods));
    assertEquals(
        "Samples column has a type the schema does not allow (docs/spark.md): value double",
        x.getMessage());

    Dataset<Row> extra = o.withColumn("colour", o.col("service"));
    x = assertThrows(IllegalArgumentException.class,
        () -> SparkCompliance.reports(t, extra, m, agreements, periods));
    assertTrue(x.getMessage().startsWith("Outages have a column the schema does not define: colour"),
        x.getMessage());

    Dataset<Row> intField = t.withColumn("team", t.col("seq"));
    x = assertThrows(IllegalArgumentException.class,
        () -> SparkCompliance.reports(intField, o, m, agreements, periods));
    assertTrue(x.getMessage().contains("neither a documented column nor a STRING field: team"),
        x.getMessage());

    x = assertThrows(IllegalArgumentException.class,
        () -> SparkCompliance.reports(t, o, m, agreements,
            List.of(PeriodSpec.of("other", SyntheticMonth.MONTH, SyntheticMonth.AS_OF))));
    assertTrue(x.getMessage().startsWith("Period names no agreement of the job: other"),
        x.getMessage());

    x = assertThrows(IllegalArgumentException.class,
        () -> SparkCompliance.reports(t, o, m, List.of(agreements.get(0), agreements.get(0)),
            periods));
    assertEquals("Two agreements share an id: ecoshop-sla", x.getMessage());

    Agreement other = agreements.get(0).withId("other-sla");
    x = assertThrows(IllegalArgumentException.class,
        () -> SparkCompliance.reports(t, o, m, List.of(agreements.get(0), other), periods));
    assertEquals("Agreement has no period to evaluate: other-sla", x.getMessage());

    x = assertThrows(IllegalArgumentException.class,
        () -> SparkCompliance.reports(t, o, m, agreements,
            List.of(PeriodSpec.of("ecoshop-sla", LocalDate.of(2030, 1, 1),
                SyntheticMonth.AS_OF))));
    assertTrue(x.getMessage().contains("outside the agreement's validity"), x.getMessage());

    // empty inputs: every report completes, nothing rejected
    SparkReports empty = SparkCompliance.reports(t, o, m, agreements, periods);
    assertEquals(
        List.of(PeriodAccumulator.of(agreements.get(0), SyntheticMonth.MONTH, SyntheticMonth.AS_OF)
            .report()),
        empty.reports());
    assertEquals(0, empty.rejectedCount());
  }

  @Test
  void csvStringsReadAsTheSchemaSays() {
    SyntheticMonth month = new SyntheticMonth(9, 1);
    StructType stringTickets = new StructType()
        .add("agreement_id", DataTypes.StringType)
        .add("ticket_id", DataTypes.StringType)
        .add("at", DataTypes.StringType)
        .add("event", DataTypes.StringType)
        .add("priority", DataTypes.StringType)
        .add("status", DataTypes.StringType);
    List<Row> rows = List.of(
        RowFactory.create("ecoshop-sla", "T-1", "2025-10-07T10:00:00+02:00", "created", "P1",
            "open"),
        RowFactory.create("ecoshop-sla", "T-1", "2025-10-07T10:50:00+02:00", "agent-reply", null,
            null),
        RowFactory.create("ecoshop-sla", "T-1", "2025-10-07 10:50", "resolved", null,
            "resolved"));
    SparkReports result = SparkCompliance.reports(
        spark.createDataFrame(rows, stringTickets),
        spark.createDataFrame(List.of(), SparkSchemas.OUTAGES),
        spark.createDataFrame(List.of(), SparkSchemas.SAMPLES),
        month.agreements, month.periods());
    assertEquals(1, result.rejectedCount());
    assertEquals(
        "TICKET ecoshop-sla T-1: Column at must be an RFC 3339 instant with offset:"
            + " '2025-10-07 10:50'",
        result.rejected().get(0).toString());
  }
}
